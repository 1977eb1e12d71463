/**
 * `--trace-queries`: counts and times every statement this process sends through node-postgres
 * (Prisma's driver adapter included: it uses the same `pg` module), by kind, e.g. `SELECT users`,
 * `INSERT user_profiles`, `BEGIN`. The time is from the call to the answer as the client sees it
 * (round trip + server), so import time minus query time is the JavaScript side: parsing,
 * validation, Prisma's query building and result mapping.
 */
import pg from "pg";

export interface QueryKindStats {
  kind: string;
  count: number;
  total_ms: number;
  mean_ms: number;
  /** parameters sent, summed (the size of the batch's statements) */
  parameters: number;
}

/** `INSERT INTO "public"."users" …` → `INSERT users`. */
export function queryKind(sql: string): string {
  const text = sql.slice(0, 300).trim();
  const verb = (/^\w+/.exec(text)?.[0] ?? "?").toUpperCase();
  const table = /\b(?:FROM|INTO|UPDATE)\s+(?:"?\w+"?\.)?"?(\w+)"?/i.exec(text)?.[1];
  return table === undefined ? verb : `${verb} ${table}`;
}

interface QueryConfigLike {
  text?: string;
  values?: unknown[];
}

/** Starts counting; `stop` restores the driver and returns the statistics, slowest kind first. */
export function traceQueries(): { stop: () => QueryKindStats[] } {
  const prototype = pg.Client.prototype as unknown as {
    query: (...args: unknown[]) => unknown;
  };
  const original = prototype.query;
  const stats = new Map<string, QueryKindStats>();
  const record = (kind: string, started: number, parameters: number) => {
    const entry = stats.get(kind) ?? { kind, count: 0, total_ms: 0, mean_ms: 0, parameters: 0 };
    entry.count += 1;
    entry.total_ms += performance.now() - started;
    entry.parameters += parameters;
    stats.set(kind, entry);
  };
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const [first] = args;
    const config: QueryConfigLike = typeof first === "string" ? { text: first } : (first ?? {});
    const values = Array.isArray(args[1]) ? args[1] : config.values;
    const kind = queryKind(config.text ?? "");
    const started = performance.now();
    const result = original.apply(this, args);
    if (result instanceof Promise) {
      void result.then(
        () => {
          record(kind, started, values?.length ?? 0);
        },
        () => {
          record(`${kind} (failed)`, started, values?.length ?? 0);
        },
      );
    }
    return result;
  };
  return {
    stop: () => {
      prototype.query = original;
      return [...stats.values()]
        .map((entry) => ({
          ...entry,
          total_ms: Math.round(entry.total_ms),
          mean_ms: Math.round((entry.total_ms / entry.count) * 1000) / 1000,
        }))
        .sort((a, b) => b.total_ms - a.total_ms);
    },
  };
}
