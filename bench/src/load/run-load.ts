import autocannon from "autocannon";

import type { Scenario } from "./scenarios";
import { percentile } from "../report/stats";

export interface LoadResult {
  requests: number;
  errors: number;
  /** successful requests per second */
  rps: number;
  /** successful work units per second (events for batches) */
  unitsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** the first unexpected status, to tell a failing scenario from a slow one */
  firstErrorStatus: number | undefined;
}

/**
 * Runs one scenario against `baseUrl` with `connections` concurrent connections for `seconds`.
 * Latencies are taken from every response (autocannon's summary has no p95).
 */
export async function runLoad(options: {
  baseUrl: string;
  target: string;
  scenario: Scenario;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const { scenario, target } = options;
  let next = 0;
  const latencies: number[] = [];
  let ok = 0;
  let errors = 0;
  let firstErrorStatus: number | undefined;
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: options.baseUrl,
      connections: options.connections,
      duration: options.seconds,
      requests: [
        {
          setupRequest: (request) => {
            const spec = scenario.request(next, target);
            next += 1;
            return {
              ...request,
              method: spec.method,
              path: spec.path,
              headers: {
                authorization: `Bearer ${spec.token}`,
                ...(spec.body === undefined ? {} : { "content-type": "application/json" }),
              },
              ...(spec.body === undefined ? {} : { body: spec.body }),
            };
          },
        },
      ],
    },
    (error: unknown, result: autocannon.Result) => {
      if (error) fail(error);
      else finish(result);
    },
  );
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (statusCode >= 200 && statusCode < 300) ok += 1;
    else {
      errors += 1;
      firstErrorStatus ??= statusCode;
    }
  });
  const result = await done;
  const seconds = result.duration > 0 ? result.duration : options.seconds;
  latencies.sort((a, b) => a - b);
  return {
    requests: ok + errors,
    errors: errors + result.errors + result.timeouts,
    rps: ok / seconds,
    unitsPerSecond: (ok * scenario.unitsPerRequest) / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    firstErrorStatus,
  };
}
