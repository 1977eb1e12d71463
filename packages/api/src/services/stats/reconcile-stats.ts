import type { Db } from "@ums/db";

import { refreshLearningStats } from "@ums/db/derived";

export interface ReconcileStatsResult {
  usersChecked: number;
  usersRepaired: number;
}

/** Users per statement: big enough to be quick, small enough to keep each transaction short. */
const batchSize = 500;

/**
 * The reconciliation job (every STATS_UPDATE_INTERVAL): recomputes every user's statistics from the
 * ledger with the same statement the write path uses, and writes the rows that differ — repairs of
 * anything that went wrong, and the week/month roll-over for users with no new events.
 */
export async function reconcileStats(deps: {
  db: Db;
  now: () => Date;
}): Promise<ReconcileStatsResult> {
  let usersChecked = 0;
  let usersRepaired = 0;
  let after: string | undefined;
  for (;;) {
    const users = await deps.db.user.findMany({
      where: after === undefined ? {} : { id: { gt: after } },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true },
    });
    if (users.length === 0) break;
    const ids = users.map((user) => user.id);
    usersRepaired += (await refreshLearningStats(deps.db, ids, deps.now())).length;
    usersChecked += ids.length;
    after = ids.at(-1);
  }
  return { usersChecked, usersRepaired };
}
