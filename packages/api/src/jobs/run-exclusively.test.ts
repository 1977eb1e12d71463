import { createPrismaClient } from "@ums/db";
import { createTestDatabase } from "@ums/db/testing";
import { afterAll, describe, expect, it } from "vitest";

import { advisoryLockKey, runExclusively } from "./run-exclusively";

const { db, url } = await createTestDatabase();
// A second client with its own pool: another worker process, as far as PostgreSQL can tell.
const otherWorker = createPrismaClient(url, { maxConnections: 3 });
afterAll(async () => {
  await otherWorker.$disconnect();
});

/** A promise and the function that settles it. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<undefined>((resolve) => {
    open = () => {
      resolve(undefined);
    };
  });
  return { open, opened };
}

describe("runExclusively", () => {
  it("runs the work once when two workers start the same job at once; the other skips", async () => {
    let runs = 0;
    const release = gate();
    const work = async () => {
      runs += 1;
      await release.opened;
      return "done";
    };
    const first = runExclusively(db, "test-job", work);
    const second = runExclusively(otherWorker, "test-job", work);
    // Whichever ran holds the lock until released, so the first to settle is the one skipped.
    const settled = await Promise.race([first, second]);
    expect(settled).toEqual({ skipped: true });
    release.open();
    const outcomes = await Promise.all([first, second]);
    expect(runs).toBe(1);
    expect(outcomes).toContainEqual({ skipped: false, result: "done" });
    expect(outcomes).toContainEqual({ skipped: true });
  });

  it("lets the job run again once the run holding it has finished", async () => {
    let runs = 0;
    const work = () => Promise.resolve(++runs);
    expect(await runExclusively(db, "sequential-job", work)).toEqual({ skipped: false, result: 1 });
    expect(await runExclusively(otherWorker, "sequential-job", work)).toEqual({
      skipped: false,
      result: 2,
    });
  });

  it("does not hold other jobs back", async () => {
    const release = gate();
    const long = runExclusively(db, "long-job", () => release.opened);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await runExclusively(otherWorker, "short-job", () => Promise.resolve(1))).toEqual({
      skipped: false,
      result: 1,
    });
    expect(await runExclusively(otherWorker, "long-job", () => Promise.resolve(2))).toEqual({
      skipped: true,
    });
    release.open();
    expect(await long).toEqual({ skipped: false, result: undefined });
  });

  it("releases the lock when the work fails, and passes the failure on", async () => {
    const failure = new Error("purge failed");
    await expect(runExclusively(db, "failing-job", () => Promise.reject(failure))).rejects.toThrow(
      failure,
    );
    expect(await runExclusively(otherWorker, "failing-job", () => Promise.resolve("ok"))).toEqual({
      skipped: false,
      result: "ok",
    });
  });

  it("runs the work outside the lock's transaction, so it commits as it goes", async () => {
    const seen = await runExclusively(db, "visible-job", async () => {
      await db.organization.create({ data: { name: "Committed", slug: "committed-by-job" } });
      // Another connection sees the row before the job ends: it is not held in a transaction.
      return otherWorker.organization.count({ where: { slug: "committed-by-job" } });
    });
    expect(seen).toEqual({ skipped: false, result: 1 });
  });

  it("derives a stable 64-bit key from the job name", () => {
    expect(advisoryLockKey("purge-activities")).toBe(advisoryLockKey("purge-activities"));
    expect(advisoryLockKey("purge-activities")).not.toBe(advisoryLockKey("reconcile-stats"));
    const key = advisoryLockKey("reconcile-stats");
    expect(key >= -(2n ** 63n) && key < 2n ** 63n).toBe(true);
  });
});
