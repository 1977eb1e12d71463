import type { JobDeps } from "./job";

const dayMs = 86_400_000;

export interface PurgeActivitiesOptions {
  /** rows deleted per statement (default 5,000): each batch is its own short transaction */
  batchSize?: number;
}

/**
 * The instant before which activity log entries are purged: ACTIVITY_RETENTION_DAYS × 24 hours
 * before `now`.
 */
export function activityRetentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * dayMs);
}

/**
 * Deletes the activity log entries older than ACTIVITY_RETENTION_DAYS, in batches of `batchSize`
 * (DELETE … WHERE id IN (SELECT id … LIMIT n), repeated until a batch comes back short), so no
 * statement locks or writes more than a batch's worth of rows. Returns how many it deleted.
 *
 * "Older than" is strict: an entry created exactly at the cut-off (exactly N days old, to the
 * millisecond) is kept, and goes on the next run. Safe to run again or alongside another purge:
 * a row is deleted once whatever the interleaving.
 */
export async function purgeOldActivities(
  { db, now, settings }: JobDeps,
  { batchSize = 5000 }: PurgeActivitiesOptions = {},
): Promise<number> {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a whole number above 0, not ${batchSize}`);
  }
  const cutoff = activityRetentionCutoff(now(), settings.ACTIVITY_RETENTION_DAYS).toISOString();
  let deleted = 0;
  for (;;) {
    // Timestamps are stored in UTC without a zone (Prisma's DateTime); compare in UTC.
    const count = await db.$executeRaw`
      DELETE FROM "user_activities"
      WHERE "id" IN (
        SELECT "id" FROM "user_activities"
        WHERE "created_at" < (${cutoff}::timestamptz AT TIME ZONE 'UTC')
        LIMIT ${batchSize}
      )`;
    deleted += count;
    if (count < batchSize) return deleted;
  }
}
