import { PassThrough, Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";

import type { Db } from "@ums/db";
import { createOrganization, createTestDatabase } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import { createExampleOrganization } from "./example-organization";
import { exportOrganizationUsers } from "./export-users";
import { describeImportFile, importFiles } from "./import-files";
import { createImportRun, importProgress, importTotals } from "./import-run";
import { ImportRunSuperseded, runImport } from "./run-import";
import { stringSink } from "./text-sink";
import { writeJsonLines } from "./write-export";

const source = await createTestDatabase();
const target = await createTestDatabase();
const { organization: example } = await createExampleOrganization(source.db);

async function exportJsonLines(db: Db, organizationId: string) {
  const sink = stringSink();
  await writeJsonLines(exportOrganizationUsers(db, { organizationId, pageSize: 2 }), sink);
  return sink.text();
}

interface ImportTextOptions {
  organizationId: string;
  dryRun?: boolean;
  status?: "KEEP" | "ACTIVE" | "PENDING";
  batchSize?: number;
}

/** Imports `text` as users.jsonl; the run's totals, and its rejections grouped by line. */
async function importText(db: Db, text: string, options: ImportTextOptions) {
  const result = await importFiles(
    db,
    {
      organizationId: options.organizationId,
      createdBy: null,
      format: "JSONL",
      sources: [{ kind: "users", name: "users.jsonl", open: () => Readable.from([text]) }],
      options: { dryRun: options.dryRun ?? false, newUserStatus: options.status ?? "KEEP" },
    },
    options.batchSize === undefined ? {} : { batchSize: options.batchSize },
  );
  const rows = await db.importRejection.findMany({
    where: { run_id: result.runId },
    orderBy: { id: "asc" },
  });
  const rejections: { line: number; problems: { path: string; message: string }[] }[] = [];
  for (const row of rows) {
    const problem = { path: row.field, message: row.message };
    const last = rejections.at(-1);
    if (last?.line === row.line) last.problems.push(problem);
    else rejections.push({ line: row.line, problems: [problem] });
  }
  return { status: result.status, ...importTotals(result.progress), rejections };
}

/** Every row of the tables an import writes, to prove that an import changed nothing. */
async function snapshot(db: Db) {
  const tables = [
    "users",
    "user_profiles",
    "learning_preferences",
    "learning_stats",
    "user_skills",
    "user_goals",
    "user_activities",
    "learning_events",
  ];
  const rows: Record<string, unknown> = {};
  for (const table of tables) {
    rows[table] = await db.$queryRawUnsafe(
      `SELECT to_jsonb(t)::text AS row FROM "${table}" t ORDER BY t."id"`,
    );
  }
  return rows;
}

const exported = await exportJsonLines(source.db, example.id);
const line = (email: string) => {
  const found = exported.split("\n").find((text) => text.includes(`{"email":"${email}"`));
  if (found === undefined) throw new Error(`no line for ${email}`);
  return JSON.parse(found) as Record<string, unknown>;
};
/** A user of the example under another e-mail and username, without relations to anyone. */
const variant = (email: string, changes: Record<string, unknown> = {}) =>
  JSON.stringify({
    ...line("zoe.new@example.academy"),
    email,
    username: null,
    ...changes,
  });

const copy = await createOrganization(target.db, { name: "Copy", slug: "copy" });

describe("the JSON Lines import", () => {
  it("round trip: export, import into an empty organization, export again gives the same bytes", async () => {
    const result = await importText(target.db, exported, {
      organizationId: copy.id,
      batchSize: 2,
    });
    expect(result).toMatchObject({ rows: 3, created: 3, updated: 0, unchanged: 0, rejected: 0 });
    expect(await exportJsonLines(target.db, copy.id)).toBe(exported);

    // Statistics derived from the imported events by the live rules.
    const ada = await target.db.user.findUniqueOrThrow({
      where: { email: "ada.lovelace@example.academy" },
      select: { learning_stats: true, status: true },
    });
    expect(ada.learning_stats).toMatchObject({
      points_earned: 250,
      total_learning_time: 90,
      total_assessments_taken: 1,
      total_courses_enrolled: 1,
    });
    expect(ada.status).toBe("ACTIVE");
    // No credentials: imported users sign in after an invitation or a password reset.
    expect(await target.db.userCredential.count()).toBe(0);
  });

  it("is idempotent: a second import finds everything unchanged and writes nothing", async () => {
    const before = await snapshot(target.db);
    const result = await importText(target.db, exported, { organizationId: copy.id });
    expect(result).toMatchObject({ rows: 3, created: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect(await snapshot(target.db)).toEqual(before);
  });

  it("updates only what differs", async () => {
    const changed = exported.replace('"first_name":"Zoë"', '"first_name":"Zoe"');
    const result = await importText(target.db, changed, { organizationId: copy.id });
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 2, rejected: 0 });
    const zoe = await target.db.user.findUniqueOrThrow({
      where: { email: "zoe.new@example.academy" },
    });
    expect(zoe.first_name).toBe("Zoe");
  });

  it("reports bad lines by line number, field and reason, and imports the good ones", async () => {
    const org = await createOrganization(target.db, { name: "Bad lines", slug: "bad-lines" });
    const adaLine = line("ada.lovelace@example.academy");
    const text = [
      variant("good.one@bad.example"),
      "{not json",
      variant("not-an-email"),
      JSON.stringify({
        ...adaLine,
        email: "phone@bad.example",
        username: null,
        profile: { ...(adaLine.profile as object), phone_number: "12345" },
        skills: [],
        activities: [],
        learning_events: [],
      }),
      variant("extra@bad.example", { nickname: "x" }),
      variant("good.two@bad.example"),
      "",
    ].join("\n");
    const result = await importText(target.db, text, { organizationId: org.id });
    expect(result).toMatchObject({ rows: 6, created: 2, rejected: 4 });
    expect(result.rejections.map(({ line, problems }) => [line, problems[0]?.path])).toEqual([
      [2, ""],
      [3, "email"],
      [4, "profile.phone_number"],
      [5, ""],
    ]);
    expect(result.rejections[0]?.problems[0]?.message).toMatch(/^not valid JSON/);
    expect(result.rejections[1]?.problems[0]?.message).toBe("must be a valid e-mail address");
    expect(result.rejections[3]?.problems[0]?.message).toMatch(/nickname/);
    expect(await target.db.user.count({ where: { organization_id: org.id } })).toBe(2);
  });

  it("refuses an e-mail of another organization without moving or revealing it", async () => {
    const before = await snapshot(source.db);
    const result = await importText(source.db, variant("outsider@other.example"), {
      organizationId: example.id,
    });
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 0, rejected: 1 });
    expect(result.rejections[0]?.problems).toEqual([
      { path: "email", message: "e-mail already in use" },
    ]);
    expect(await snapshot(source.db)).toEqual(before);
  });

  it("a dry run reports what would happen and writes nothing", async () => {
    const org = await createOrganization(target.db, { name: "Dry", slug: "dry" });
    const text = [variant("new@dry.example"), variant("outsider@bad-lines.invalid")].join("\n");
    const before = await snapshot(target.db);
    const result = await importText(target.db, text, { organizationId: org.id, dryRun: true });
    expect(result).toMatchObject({ created: 2, rejected: 0 });
    expect(await snapshot(target.db)).toEqual(before);

    // The copy's Zoe was renamed above: the file's "Zoë" would update her, and does not.
    const again = await importText(target.db, exported, { organizationId: copy.id, dryRun: true });
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(await snapshot(target.db)).toEqual(before);
  });

  it("imports users as PENDING when asked", async () => {
    const org = await createOrganization(target.db, { name: "Pending", slug: "pending" });
    await importText(target.db, variant("active@pending.example", { status: "ACTIVE" }), {
      organizationId: org.id,
      status: "PENDING",
    });
    const user = await target.db.user.findUniqueOrThrow({
      where: { email: "active@pending.example" },
    });
    expect(user.status).toBe("PENDING");
  });

  it("writes each batch in one transaction: a failure mid-batch leaves that batch unwritten", async () => {
    const org = await createOrganization(target.db, { name: "Batches", slug: "batches" });
    await target.db.$executeRawUnsafe(`
      CREATE FUNCTION fail_on_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.title = 'boom' THEN RAISE EXCEPTION 'boom goal refused'; END IF;
        RETURN NEW;
      END $$`);
    await target.db.$executeRawUnsafe(
      `CREATE TRIGGER fail_on_boom BEFORE INSERT ON "user_goals" FOR EACH ROW EXECUTE FUNCTION fail_on_boom()`,
    );
    const goal = (line("ada.lovelace@example.academy").goals as object[])[0];
    const text = [
      variant("one@batches.example"),
      variant("two@batches.example", { goals: [{ ...goal, title: "boom" }] }),
      variant("three@batches.example"),
    ].join("\n");
    const result = await importText(target.db, text, { organizationId: org.id, batchSize: 2 });
    await target.db.$executeRawUnsafe(`DROP TRIGGER fail_on_boom ON "user_goals"`);

    expect(result).toMatchObject({ created: 1, rejected: 2 });
    expect(result.rejections.map((row) => row.line)).toEqual([1, 2]);
    expect(result.rejections[0]?.problems[0]?.message).toMatch(/transaction of its batch failed/);
    const emails = await target.db.user.findMany({
      where: { organization_id: org.id },
      select: { email: true },
    });
    expect(emails).toEqual([{ email: "three@batches.example" }]);
  });

  it("a runner whose run was resumed elsewhere stops without writing more", async () => {
    const org = await createOrganization(target.db, { name: "Two runners", slug: "two-runners" });
    const text = ["a", "b", "c"].map((name) => variant(`${name}@two-runners.example`)).join("\n");
    const source = {
      kind: "users" as const,
      name: "users.jsonl",
      open: () => Readable.from([text]),
    };
    const run = await createImportRun(target.db, {
      organizationId: org.id,
      createdBy: null,
      format: "JSONL",
      files: [await describeImportFile(source)],
      options: {},
    });
    // The first runner reads its first line, then its file stalls (a hung process).
    const stalled = new PassThrough();
    const [first, ...rest] = text.split("\n");
    stalled.write(`${first}\n`);
    const firstRunner = runImport(target.db, run.id, { open: () => stalled, batchSize: 1 });
    for (let waited = 0; waited < 10_000; waited += 20) {
      const { progress } = await target.db.importRun.findUniqueOrThrow({ where: { id: run.id } });
      if ((importProgress.parse(progress).checkpoint?.records ?? 0) >= 1) break;
      await sleep(20);
    }
    // Thought dead, the run is resumed by another runner, which finishes it.
    const second = await runImport(target.db, run.id, { open: source.open, batchSize: 1 });
    expect(second.status).toBe("SUCCEEDED");
    expect(importTotals(second.progress)).toMatchObject({ rows: 3, created: 3 });

    // The first runner wakes up: it stops at its next batch and changes nothing.
    stalled.end(`${rest.join("\n")}\n`);
    await expect(firstRunner).rejects.toThrow(ImportRunSuperseded);
    const after = await target.db.importRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(after.status).toBe("SUCCEEDED");
    expect(importTotals(importProgress.parse(after.progress))).toMatchObject({ rows: 3 });
    expect(await target.db.user.count({ where: { organization_id: org.id } })).toBe(3);
  });
});
