import type { Db } from "@ums/db";
import { observeDirectSql } from "@ums/db/testing";

/** A plan line reading the index `name` (a pattern), whichever way PostgreSQL reads it. */
export const indexScan = (name: string) =>
  new RegExp(`(Index (?:Only )?Scan(?: Backward)? using|Bitmap Index Scan on) ${name} `);

export interface ExplainOptions {
  /**
   * "indexes" (default): sequential scans disabled, so the plan shows whether an index CAN answer
   * the query, even on a few rows. "planner": the planner's own choice, for tests that load
   * enough rows (and ANALYZE) for that choice to be the one production makes.
   */
  plans?: "indexes" | "planner";
  /** Run each statement (EXPLAIN ANALYZE): the plans then show the rows each node read. */
  analyze?: boolean;
}

/**
 * Runs `act` against a client that records the raw queries whose SQL contains `marker` (a column
 * alias only the page query of a list uses), sent through Prisma or directly (`directSql`), then
 * EXPLAINs each with its own parameters.
 */
export async function explainRecordedQueries(
  database: Db,
  marker: string,
  act: (spy: Db) => Promise<void>,
  options: ExplainOptions = {},
): Promise<{ sql: string; plan: string }[]> {
  const recorded: { text: string; values: readonly unknown[] }[] = [];
  const record = (text: string, values: readonly unknown[]) => {
    if (text.includes(marker)) recorded.push({ text, values });
  };
  const spy = database.$extends({
    query: {
      $queryRaw({ args, query }) {
        record(args.text, args.values);
        return query(args);
      },
    },
  }) as unknown as Db;
  observeDirectSql(spy, database, record);
  await act(spy);

  return database.$transaction(async (tx) => {
    if (options.plans !== "planner") await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    const plans: { sql: string; plan: string }[] = [];
    for (const query of recorded) {
      const lines = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN ${options.analyze ? "(ANALYZE, TIMING OFF, BUFFERS OFF) " : ""}${query.text}`,
        ...query.values,
      );
      plans.push({ sql: query.text, plan: lines.map((line) => line["QUERY PLAN"]).join("\n") });
    }
    return plans;
  });
}

/**
 * The rows an EXPLAIN ANALYZE plan read from `table`: what its scans of the table returned and
 * what they filtered out (PostgreSQL prints both per loop), over every loop.
 */
export function rowsRead(plan: string, table: string): number {
  const scanOfTable = new RegExp(` on ${table}(?: \\w+)?\\s+\\(cost=`);
  let total = 0;
  let loops = 0;
  for (const line of plan.split("\n")) {
    const actual = /\(actual rows=([\d.]+) loops=(\d+)\)/.exec(line);
    if (actual !== null) {
      loops = scanOfTable.test(line) ? Number(actual[2]) : 0;
      total += Number(actual[1]) * loops;
      continue;
    }
    const removed = /Rows Removed by (?:Filter|Index Recheck): (\d+)/.exec(line);
    if (removed !== null) total += Number(removed[1]) * loops;
  }
  return Math.round(total);
}
