import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

import type { Db } from "@ums/db";
import { parseSettings } from "@ums/db/settings";
import { createOrganization, createTestDatabase, createUserWithDetails } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import { createContextInner } from "../context";
import {
  createImportRun,
  importFileKinds,
  importProgress,
  importTotals,
} from "../services/data-transfer/import-run";
import { startImport } from "../services/imports/start-import";
import { testSettings, userActor } from "../testing";
import { runImportsJob } from "./jobs";
import { runImports } from "./run-imports";

const csvDirectory = new URL("../../examples/data-transfer/csv/", import.meta.url);
const examplePath = fileURLToPath(
  new URL("../../examples/data-transfer/users.jsonl", import.meta.url),
);
const exampleEmails = (await readFile(examplePath, "utf8"))
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => (JSON.parse(line) as { email: string }).email);

/** A fresh database with an organization and its admin, who uploads users.jsonl. */
async function organizationWithUpload() {
  const { db } = await createTestDatabase();
  const organization = await createOrganization(db);
  const admin = await createUserWithDetails(db, {
    organization_id: organization.id,
    role: "ORG_ADMIN",
  });
  const run = await startImport(
    createContextInner({ db, actor: userActor(admin), settings: testSettings }),
    {
      format: "JSONL",
      files: [{ kind: "users", name: "users.jsonl", stream: createReadStream(examplePath) }],
    },
  );
  return { db, organization, run };
}

const deps = (db: Db, now = () => new Date()) => ({ db, now, settings: testSettings });

const statusOf = async (db: Db, id: string) =>
  (await db.importRun.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe("the run-imports job", () => {
  it("works a queued JSON Lines upload to SUCCEEDED, with its users imported", async () => {
    const { db, organization, run } = await organizationWithUpload();
    expect(run.status).toBe("QUEUED");

    expect(await runImports(deps(db))).toEqual({
      succeeded: 1,
      failed: 0,
      cancelled: 0,
      skipped: 0,
      purgedChunks: 0,
    });
    const done = await db.importRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(done).toMatchObject({ status: "SUCCEEDED", error: null });
    expect(done.finished_at).toBeInstanceOf(Date);
    expect(done.progress).toMatchObject({
      files: { users: { rows: exampleEmails.length, created: exampleEmails.length, rejected: 0 } },
    });
    const users = await db.user.findMany({
      where: { organization_id: organization.id, email: { in: exampleEmails } },
      select: { email: true },
    });
    expect(users.map((user) => user.email).sort()).toEqual([...exampleEmails].sort());

    // Nothing left to do: the next tick changes nothing.
    expect(await runImports(deps(db))).toMatchObject({ succeeded: 0, failed: 0 });
  });

  it("works the example CSV set (a file of every kind) to the same users", async () => {
    const { db } = await createTestDatabase();
    const organization = await createOrganization(db);
    const admin = await createUserWithDetails(db, {
      organization_id: organization.id,
      role: "ORG_ADMIN",
    });
    const run = await startImport(
      createContextInner({ db, actor: userActor(admin), settings: testSettings }),
      {
        format: "CSV",
        files: importFileKinds.map((kind) => ({
          kind,
          name: `${kind}.csv`,
          stream: createReadStream(fileURLToPath(new URL(`${kind}.csv`, csvDirectory))),
        })),
      },
    );
    expect(await runImports(deps(db))).toMatchObject({ succeeded: 1, failed: 0 });
    const done = await db.importRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(done).toMatchObject({ status: "SUCCEEDED", error: null });
    expect(importTotals(importProgress.parse(done.progress))).toMatchObject({ rejected: 0 });
    const imported = await db.user.findMany({
      where: { organization_id: organization.id, email: { in: exampleEmails } },
      select: { email: true, _count: { select: { skills: true, goals: true } } },
    });
    expect(imported).toHaveLength(exampleEmails.length);
    expect(imported.some((user) => user._count.skills > 0 && user._count.goals > 0)).toBe(true);
  });

  it("resumes a run whose heartbeat is old, and leaves alone one still beating or cancelled", async () => {
    const { db, run } = await organizationWithUpload();
    const now = new Date();
    await db.importRun.update({
      where: { id: run.id },
      data: { status: "RUNNING", heartbeat_at: new Date(now.getTime() - 30_000) },
    });
    expect(await runImports(deps(db, () => now))).toMatchObject({ succeeded: 0 });
    expect(await statusOf(db, run.id)).toBe("RUNNING");

    await db.importRun.update({
      where: { id: run.id },
      data: { heartbeat_at: new Date(now.getTime() - 3 * 60_000) },
    });
    expect(await runImports(deps(db, () => now))).toMatchObject({ succeeded: 1 });
    expect(await statusOf(db, run.id)).toBe("SUCCEEDED");

    const { db: other, run: cancelled } = await organizationWithUpload();
    await other.importRun.update({ where: { id: cancelled.id }, data: { status: "CANCELLED" } });
    expect(await runImports(deps(other))).toMatchObject({ succeeded: 0, failed: 0 });
    expect(await statusOf(other, cancelled.id)).toBe("CANCELLED");
  });

  it("leaves the command line's runs (files on its own disk, none stored) alone", async () => {
    const { db } = await createTestDatabase();
    const organization = await createOrganization(db);
    const run = await createImportRun(db, {
      organizationId: organization.id,
      createdBy: null,
      format: "JSONL",
      files: [{ kind: "users", name: "users.jsonl", bytes: 10, sha256: "0".repeat(64) }],
      options: {},
    });
    expect(await runImports(deps(db))).toMatchObject({ succeeded: 0, failed: 0 });
    expect(await statusOf(db, run.id)).toBe("QUEUED");
  });

  it("deletes the files of runs ended more than IMPORT_FILE_RETENTION ago, and only those", async () => {
    const { db, run } = await organizationWithUpload();
    await runImports(deps(db));
    const chunks = () => db.importFileChunk.count({ where: { run_id: run.id } });
    expect(await chunks()).toBe(1);

    const settings = parseSettings({ IMPORT_FILE_RETENTION: "1h" });
    const later = (ms: number) => () => new Date(Date.now() + ms);
    expect(await runImports({ db, now: later(30 * 60_000), settings })).toMatchObject({
      purgedChunks: 0,
    });
    expect(await runImports({ db, now: later(2 * 3_600_000), settings })).toMatchObject({
      purgedChunks: 1,
    });
    expect(await chunks()).toBe(0);
    // The run, its counts and its report stay.
    expect(await statusOf(db, run.id)).toBe("SUCCEEDED");
  });

  it("fails a run whose files are gone, saying why", async () => {
    const { db, run } = await organizationWithUpload();
    // As if a run had been re-queued after its files were deleted.
    await db.importRun.update({ where: { id: run.id }, data: { status: "RUNNING" } });
    await db.importFileChunk.deleteMany({ where: { run_id: run.id, seq: { gt: 0 } } });
    await db.importFileChunk.updateMany({ where: { run_id: run.id }, data: { kind: "skills" } });
    expect(await runImports(deps(db, () => new Date(Date.now() + 3 * 60_000)))).toMatchObject({
      failed: 1,
    });
    const failed = await db.importRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(failed).toMatchObject({ status: "FAILED" });
    expect(failed.error).toMatch(/not stored/);
  });

  it("is registered to look every 5 seconds", () => {
    expect(runImportsJob.intervalMs(testSettings)).toBe(5_000);
  });
});
