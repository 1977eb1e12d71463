import { createHash } from "node:crypto";

import type { Db } from "@ums/db";

export type ExclusiveOutcome<T> = { skipped: true } | { skipped: false; result: T };

export interface RunExclusivelyOptions {
  /**
   * How long the lock may be held (default 6 hours). Past it, the transaction holding the lock is
   * closed, so the work must finish well within it.
   */
  timeoutMs?: number;
}

/** The advisory-lock key of a job: 64 bits of SHA-256 of its name, the same in every process. */
export function advisoryLockKey(jobName: string): bigint {
  return createHash("sha256").update(`ums.job:${jobName}`).digest().readBigInt64BE(0);
}

/**
 * Runs `work` unless another process (or this one) is already running the job `jobName`, in which
 * case it returns `{ skipped: true }` at once without waiting.
 *
 * The lock is a PostgreSQL transaction-level advisory lock (pg_try_advisory_xact_lock), taken in
 * an interactive transaction: Prisma pools connections, and a session-level lock taken on one
 * pooled connection could not be reliably released from another. The transaction keeps its one
 * connection, and the lock, until `work` settles; then it ends and the lock goes with it, even when
 * `work` throws or the process dies. `work` itself runs on the ordinary client, outside that
 * transaction, so it can commit in as many small transactions as it likes.
 */
export async function runExclusively<T>(
  db: Db,
  jobName: string,
  work: () => Promise<T>,
  options: RunExclusivelyOptions = {},
): Promise<ExclusiveOutcome<T>> {
  const key = advisoryLockKey(jobName);
  return db.$transaction(
    async (tx): Promise<ExclusiveOutcome<T>> => {
      const [row] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(${key}::bigint) AS locked`;
      if (row?.locked !== true) return { skipped: true };
      return { skipped: false, result: await work() };
    },
    { maxWait: 10_000, timeout: options.timeoutMs ?? 6 * 3_600_000 },
  );
}
