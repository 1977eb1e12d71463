import type { JobDefinition } from "@ums/api/jobs";
import { testSettings } from "@ums/api/testing";
import { createPrismaClient } from "@ums/db";
import { createTestDatabase } from "@ums/db/testing";
import { afterAll, describe, expect, it } from "vitest";

import { startWorker, startWorkerSafely, type Worker } from "./start-worker";

const { db, url } = await createTestDatabase();
// The second worker's own Prisma client: two workers, as two processes would run them.
const otherDb = createPrismaClient(url, { maxConnections: 3 });
afterAll(async () => {
  await otherDb.$disconnect();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The rows pg-boss keeps for queue `name`: one per job sent and accepted. */
const jobRows = (name: string) =>
  db.$queryRaw<{ state: string; singleton_on: Date }[]>`
    SELECT state::text AS state, singleton_on FROM pgboss.job
    WHERE name = ${name} ORDER BY singleton_on`;

/** Two workers on one database, each with its own Prisma client, pg-boss and copy of `job`. */
async function twoWorkers(makeJob: (worker: "A" | "B") => JobDefinition) {
  const lines: string[] = [];
  const errors: string[] = [];
  const common = {
    url,
    settings: testSettings,
    pollingIntervalSeconds: 0.5,
    log: (line: string) => lines.push(line),
    logError: (line: string) => errors.push(line),
  };
  const workers: Worker[] = await Promise.all([
    startWorker({ ...common, db, jobs: [makeJob("A")] }),
    startWorker({ ...common, db: otherDb, jobs: [makeJob("B")] }),
  ]);
  return {
    lines,
    errors,
    stop: () => Promise.all(workers.map((worker) => worker.stop())),
  };
}

describe("the job worker", () => {
  it("runs a job once per interval slot when two workers schedule it", async () => {
    const runs: { worker: "A" | "B"; at: number }[] = [];
    const { lines, errors, stop } = await twoWorkers((worker) => ({
      name: "count-slots",
      intervalMs: () => 1000,
      run: () => {
        runs.push({ worker, at: Date.now() });
        return Promise.resolve({ run: runs.length });
      },
    }));
    await sleep(4200);
    await stop();

    const rows = await jobRows("count-slots");
    const completed = rows.filter((row) => row.state === "completed");
    // Both workers sent the job twice a second; pg-boss kept one per one-second slot...
    const slots = rows.map((row) => row.singleton_on.getTime());
    expect(new Set(slots).size).toBe(rows.length);
    for (const slot of slots) expect(slot % 1000).toBe(0);
    // ...and each job that ran, ran once, on one worker.
    expect(runs.length).toBe(completed.length);
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(runs.length).toBeLessThanOrEqual(6);
    expect(errors).toEqual([]);
    expect(lines.filter((line) => line.startsWith("Job count-slots: done in"))).toHaveLength(
      runs.length,
    );
    expect(lines.filter((line) => line.startsWith("Job worker started:"))).toEqual([
      "Job worker started: count-slots every 1s",
      "Job worker started: count-slots every 1s",
    ]);
  });

  it("never runs a job twice at once: a run that outlasts its slot makes the next one skip", async () => {
    let running = 0;
    let mostAtOnce = 0;
    let runs = 0;
    const { lines, errors, stop } = await twoWorkers(() => ({
      name: "slow-job",
      intervalMs: () => 1000,
      run: async () => {
        runs += 1;
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        await sleep(1600);
        running -= 1;
      },
    }));
    await sleep(4200);
    await stop();

    expect(errors).toEqual([]);
    expect(mostAtOnce).toBe(1);
    expect(runs).toBeGreaterThanOrEqual(2);
    const skipped = lines.filter(
      (line) => line === "Job slow-job: skipped, another worker is running it",
    );
    expect(skipped.length).toBeGreaterThan(0);
  });

  it("logs a failing job, which pg-boss marks failed, and keeps going", async () => {
    const { lines, errors, stop } = await twoWorkers(() => ({
      name: "failing-job",
      intervalMs: () => 60_000,
      run: () => Promise.reject(new Error("nothing works")),
    }));
    await sleep(1500);
    await stop();

    expect(errors.length).toBeGreaterThan(0);
    for (const line of errors) expect(line).toMatch(/^Job failing-job: failed after \d+ ms/);
    expect(lines.some((line) => line.includes("done"))).toBe(false);
    const [row] = await jobRows("failing-job");
    expect(row?.state).toMatch(/^(retry|failed)$/);
  });

  it("runs the registry's jobs by default, with the real clock", async () => {
    const lines: string[] = [];
    const worker = await startWorker({
      url,
      db,
      settings: testSettings,
      pollingIntervalSeconds: 0.5,
      log: (line) => lines.push(line),
      logError: (line, error) => lines.push(`${line} ${String(error)}`),
    });
    await sleep(1500);
    await worker.stop();
    expect(lines[0]).toMatch(/^Job worker started: purge-activities every 1d/);
    expect(lines).toContainEqual(
      expect.stringMatching(/^Job purge-activities: done in \d+ ms \{"deleted":0\}$/),
    );
  });

  it("does not take the process down when it cannot start", async () => {
    const errors: string[] = [];
    const worker = await startWorkerSafely({
      url: "postgresql://x:y@127.0.0.1:1/none",
      db,
      settings: testSettings,
      jobs: [],
      logError: (line) => errors.push(line),
    });
    expect(worker).toBeUndefined();
    expect(errors).toEqual([expect.stringMatching(/^Job worker could not start/)]);
  });
});
