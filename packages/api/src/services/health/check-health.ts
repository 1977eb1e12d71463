import type { Db } from "@ums/db";

/** The answer to "can this process do its work?", as every health endpoint returns it. */
export interface HealthReport {
  status: "ok" | "degraded";
  database: { status: "up" | "down"; latency_ms: number };
  uptime_s: number;
}

export interface CheckHealthOptions {
  /** Only `$queryRaw` is used, so a transaction client or a narrower stand-in works too. */
  db: Pick<Db, "$queryRaw">;
  /** Longest wait for the database (default 2 s): a health check must answer even when it hangs. */
  timeoutMs?: number;
}

const defaultTimeoutMs = 2_000;

/**
 * Checks that the database answers a `SELECT 1` within the timeout.
 * Never throws: a failure is itself the answer (degraded, database down), so every caller can
 * always respond, and a load balancer sees the problem instead of a hung or failed request.
 */
export async function checkHealth({
  db,
  timeoutMs = defaultTimeoutMs,
}: CheckHealthOptions): Promise<HealthReport> {
  const started = performance.now();
  // Started inside a promise chain so that even a synchronous throw counts as "down".
  const query = Promise.resolve().then(() => db.$queryRaw`SELECT 1`);
  const up = await settlesWithin(query, timeoutMs);
  const latencyMs = performance.now() - started;
  return {
    status: up ? "ok" : "degraded",
    database: { status: up ? "up" : "down", latency_ms: Math.round(latencyMs * 10) / 10 },
    uptime_s: Math.floor(process.uptime()),
  };
}

/** true when `work` resolves within `ms`; false when it rejects or takes longer. */
async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => {
      resolve(false);
    }, ms);
  });
  try {
    // The rejection handler also covers a late failure after the timeout won the race.
    return await Promise.race([
      work.then(
        () => true,
        () => false,
      ),
      timedOut,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
