import { spawn } from "node:child_process";
import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

import { createOrganization, createTestDatabase } from "@ums/db/testing";
import { afterAll, describe, expect, it } from "vitest";

import { importFiles } from "./import-files";
import { importProgress, importTotals } from "./import-run";
import { writeSyntheticUsersCsv } from "./synthetic-users";

/**
 * The import at scale, against the real database: a run killed with SIGKILL resumes after its
 * last written batch, and a 100,000-row file goes through in flat memory.
 */

const { db, url } = await createTestDatabase();
const folder = await mkdtemp(path.join(tmpdir(), "ums-import-"));
const packageRoot = fileURLToPath(new URL("../../..", import.meta.url));

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/**
 * A full garbage collection, so that a heap sample is what the import holds, not garbage waiting
 * for a collection (which V8 times as it likes; a high-water mark of the heap is noise).
 */
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const usersCsv = (file: string) => [
  { kind: "users" as const, name: "users.csv", open: () => createReadStream(file) },
];

describe("the import at scale", () => {
  it("resumes a run killed mid-way (SIGKILL) after its last written batch", async () => {
    const org = await createOrganization(db, { name: "Killed", slug: "killed" });
    const file = path.join(folder, "killed.csv");
    const count = 20_000;
    await writeSyntheticUsersCsv(file, count, "killed.example");

    // node itself (not the tsx launcher, whose child would outlive a SIGKILL of the launcher).
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "scripts/import.ts",
        "--org",
        "killed",
        "--users",
        file,
        "--batch-size",
        "100",
      ],
      { cwd: packageRoot, env: { ...process.env, USER_DATABASE_URL: url }, stdio: "ignore" },
    );
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // Kill it once a few batches are written (the checkpoint is written with each batch).
    let checkpoint = 0;
    for (let waited = 0; checkpoint < 1_000 && waited < 60_000; waited += 20) {
      const run = await db.importRun.findFirst({ where: { organization_id: org.id } });
      checkpoint = run === null ? 0 : (importProgress.parse(run.progress).checkpoint?.records ?? 0);
      if (checkpoint < 1_000) await sleep(20);
    }
    child.kill("SIGKILL");
    await exited;

    const killed = await db.importRun.findFirstOrThrow({ where: { organization_id: org.id } });
    const progress = importProgress.parse(killed.progress);
    expect(killed.status).toBe("RUNNING"); // nobody marked it: the process died
    expect(progress.checkpoint?.records).toBeGreaterThanOrEqual(1_000);
    expect(progress.checkpoint?.records).toBeLessThan(count);
    // The checkpoint and the users were written together: exactly the counted users exist.
    const written = await db.user.count({ where: { organization_id: org.id } });
    expect(written).toBe(progress.files.users?.created);
    expect(written).toBe(progress.checkpoint?.records);

    // Running the same import again, once its heartbeat is stale, resumes that run.
    const later = new Date(Date.now() + 5 * 60_000);
    const resumed = await importFiles(
      db,
      {
        organizationId: org.id,
        createdBy: null,
        format: "CSV",
        sources: usersCsv(file),
        options: { dryRun: false, newUserStatus: "KEEP" },
      },
      { now: () => later, batchSize: 1_000 },
    );
    expect(resumed).toMatchObject({ runId: killed.id, resumed: true, status: "SUCCEEDED" });
    // Every row counted once: the records before the checkpoint were skipped, not re-read.
    expect(importTotals(resumed.progress)).toEqual({
      rows: count,
      created: count,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
    expect(await db.user.count({ where: { organization_id: org.id } })).toBe(count);
  }, 180_000);

  it("imports 100,000 rows with memory flat: the heap does not grow with the rows read", async () => {
    const org = await createOrganization(db, { name: "Large", slug: "large" });
    const file = path.join(folder, "large.csv");
    const count = 100_000;
    await writeSyntheticUsersCsv(file, count, "large.example");

    const samples: { rows: number; heap: number }[] = [];
    let batches = 0;
    const result = await importFiles(
      db,
      {
        organizationId: org.id,
        createdBy: null,
        format: "CSV",
        sources: usersCsv(file),
        options: { dryRun: false, newUserStatus: "KEEP" },
      },
      {
        batchSize: 1_000,
        onProgress: (progress) => {
          batches += 1;
          if (batches % 5 !== 0) return;
          collectGarbage();
          samples.push({ rows: importTotals(progress).rows, heap: process.memoryUsage().heapUsed });
        },
      },
    );
    expect(result.status).toBe("SUCCEEDED");
    expect(importTotals(result.progress)).toMatchObject({ rows: count, created: count });

    // What the heap holds after a collection, over the last half of the file against the first
    // quarter's: holding the rows read (≈ 30 MB of text, several times that as objects) would
    // grow it by far more than the 16 MB allowed for the two batches in flight and noise.
    const retained = (from: number, to: number) =>
      Math.max(...samples.filter((s) => s.rows > from && s.rows <= to).map((s) => s.heap));
    const early = retained(0, count / 4);
    const late = retained(count / 2, count);
    expect(samples.length).toBeGreaterThanOrEqual(18);
    expect(late - early).toBeLessThan(16 * 1024 * 1024);
    expect(await db.user.count({ where: { organization_id: org.id } })).toBe(count);
    expect(await db.userProfile.count({ where: { user: { organization_id: org.id } } })).toBe(
      count,
    );
  }, 300_000);
});
