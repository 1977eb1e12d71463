import { randomUUID } from "node:crypto";

import type { Db, Prisma } from "@ums/db";
import { createActivity, createTestDatabase, createUser } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import { testSettings } from "../testing";
import { jobs, purgeActivitiesJob } from "./jobs";
import { activityRetentionCutoff, purgeOldActivities } from "./purge-activities";

const { db } = await createTestDatabase();

const day = 86_400_000;
const now = new Date("2025-06-15T12:00:00.000Z");
const settings = { ...testSettings, ACTIVITY_RETENTION_DAYS: 30 };
const cutoff = activityRetentionCutoff(now, 30);
const deps = { db, now: () => now, settings };

const remainingIds = async () =>
  (await db.userActivity.findMany({ select: { id: true } })).map((row) => row.id).sort();

/** A client that records how many rows each DELETE statement removed. */
function countingDeletes(database: Db) {
  const batches: number[] = [];
  const client = database.$extends({
    query: {
      async $executeRaw({ args, query }) {
        const count = (await query(args)) as number;
        if (args.sql.includes("DELETE")) batches.push(count);
        return count;
      },
    },
  }) as unknown as Db;
  return { client, batches };
}

describe("purgeOldActivities", () => {
  it("puts the cut-off ACTIVITY_RETENTION_DAYS × 24 hours before now", () => {
    expect(cutoff.toISOString()).toBe("2025-05-16T12:00:00.000Z");
    expect(activityRetentionCutoff(now, 365).getTime()).toBe(now.getTime() - 365 * day);
  });

  it("deletes exactly the entries older than the cut-off; one exactly at it stays", async () => {
    await db.userActivity.deleteMany();
    const user = await createUser(db);
    const other = await createUser(db);
    const entry = async (createdAt: Date, userId = user.id) =>
      (await createActivity(db, { user_id: userId, created_at: createdAt })).id;

    const old = [
      await entry(new Date(cutoff.getTime() - 1)),
      await entry(new Date(cutoff.getTime() - day)),
      await entry(new Date("2019-01-01T00:00:00Z"), other.id),
    ];
    const kept = [
      await entry(cutoff),
      await entry(new Date(cutoff.getTime() + 1)),
      await entry(new Date(now.getTime() - day), other.id),
      await entry(now),
      // a clock running behind the database's: "in the future" is not old either
      await entry(new Date(now.getTime() + day)),
    ];

    expect(await purgeOldActivities(deps)).toBe(old.length);
    expect(await remainingIds()).toEqual([...kept].sort());
    // Nothing else is touched, and a second run finds nothing to do.
    expect(await db.user.count({ where: { id: { in: [user.id, other.id] } } })).toBe(2);
    expect(await purgeOldActivities(deps)).toBe(0);

    // A day later, the entry that sat exactly at the cut-off (and the next one) have aged out.
    const later = new Date(now.getTime() + day);
    expect(await purgeOldActivities({ ...deps, now: () => later })).toBe(2);
    expect(await remainingIds()).toEqual(kept.slice(2).sort());
  });

  it("works in bounded batches until none is left", async () => {
    await db.userActivity.deleteMany();
    const user = await createUser(db);
    const rows = (count: number, from: Date): Prisma.UserActivityCreateManyInput[] =>
      Array.from({ length: count }, (_, i) => ({
        id: randomUUID(),
        user_id: user.id,
        activity_type: "SIGNED_IN",
        created_at: new Date(from.getTime() + i * 1000),
      }));
    const oldRows = rows(1234, new Date(cutoff.getTime() - 10 * day));
    const newRows = rows(321, new Date(cutoff.getTime() + 1000));
    await db.userActivity.createMany({ data: [...oldRows, ...newRows] });

    const { client, batches } = countingDeletes(db);
    expect(await purgeOldActivities({ ...deps, db: client }, { batchSize: 300 })).toBe(1234);
    expect(batches).toEqual([300, 300, 300, 300, 34]);
    expect(await remainingIds()).toEqual(newRows.map((row) => row.id ?? "").sort());

    // A count that is a multiple of the batch size ends with an empty batch, and stops there.
    await db.userActivity.createMany({ data: rows(600, new Date(cutoff.getTime() - day)) });
    const exact = countingDeletes(db);
    expect(await purgeOldActivities({ ...deps, db: exact.client }, { batchSize: 300 })).toBe(600);
    expect(exact.batches).toEqual([300, 300, 0]);
  });

  it("deletes each row once when two purges run at the same time", async () => {
    await db.userActivity.deleteMany();
    const user = await createUser(db);
    await db.userActivity.createMany({
      data: Array.from({ length: 500 }, (_, i) => ({
        user_id: user.id,
        activity_type: "SIGNED_IN" as const,
        created_at: new Date(cutoff.getTime() - (i + 1) * 1000),
      })),
    });
    const counts = await Promise.all([
      purgeOldActivities(deps, { batchSize: 50 }),
      purgeOldActivities(deps, { batchSize: 50 }),
    ]);
    expect(counts[0] + counts[1]).toBe(500);
    expect(await db.userActivity.count()).toBe(0);
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses batchSize %j", async (batchSize) => {
    await expect(purgeOldActivities(deps, { batchSize })).rejects.toThrow(RangeError);
  });

  it("is the purge-activities job, run daily, reporting what it deleted", async () => {
    await db.userActivity.deleteMany();
    await createActivity(db, { created_at: new Date(cutoff.getTime() - 1) });
    expect(jobs).toContain(purgeActivitiesJob);
    expect(purgeActivitiesJob.name).toBe("purge-activities");
    expect(purgeActivitiesJob.intervalMs(settings)).toBe(day);
    expect(await purgeActivitiesJob.run(deps)).toEqual({ deleted: 1 });
  });
});
