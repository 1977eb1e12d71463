import { Readable } from "node:stream";

import type { Actor } from "../../auth/actor";
import { createTestDatabase } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import { createContextInner } from "../../context";
import { callerAs, createWorld, expectRefused, testSettings } from "../../testing";
import { importReport, importReportPageSize } from "./import-report";
import { startImport } from "./start-import";

const { db } = await createTestDatabase();
const world = await createWorld(db);

/** A queued CSV run of organization A or B, started by its admin. */
async function queuedRun(
  organization: "a" | "b",
  files: Record<string, string> = { users: "email\n" },
) {
  const actor = world[organization].orgAdmin;
  return startImport(createContextInner({ db, actor, settings: testSettings }), {
    format: "CSV",
    files: Object.entries(files).map(([kind, content]) => ({
      kind,
      name: `${kind}.csv`,
      stream: Readable.from([Buffer.from(content)]),
    })),
  });
}

const reportOf = async (actor: Actor, importId: string) => {
  const report = await importReport(
    createContextInner({ db, actor, settings: testSettings }),
    importId,
  );
  // Decoded keeping the byte order mark, which Response.text() would drop.
  const bytes = await new Response(report.body).arrayBuffer();
  return {
    filename: report.filename,
    text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes),
  };
};

describe("imports.list", () => {
  it("pages through the organization's runs, newest first, and never another's", async () => {
    const own = [];
    for (let i = 0; i < 5; i++) own.push(await queuedRun("a"));
    await queuedRun("b");
    const api = callerAs(db, world.a.orgAdmin);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await api.imports.list({
        limit: 2,
        ...(cursor === undefined ? {} : { cursor }),
      });
      for (const item of page.items) {
        expect(item.organization_id).toBe(world.a.organizationId);
        seen.push(item.id);
      }
      if (page.next_cursor === null) break;
      cursor = page.next_cursor;
    }
    expect(seen).toEqual(expect.arrayContaining(own.map((run) => run.id)));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, 5)).toEqual(own.map((run) => run.id).reverse());

    await expectRefused(api.imports.list({ organization_id: world.b.organizationId }), "NOT_FOUND");
    await expectRefused(api.imports.list({ cursor: "nonsense" }), "VALIDATION_FAILED", "cursor");
  });

  it("lets super admins see every organization's runs, or one's, filtered by status", async () => {
    const b = await queuedRun("b");
    const api = callerAs(db, world.superAdmin);
    const all = await api.imports.list({ limit: 100 });
    expect(new Set(all.items.map((item) => item.organization_id))).toEqual(
      new Set([world.a.organizationId, world.b.organizationId]),
    );
    const onlyB = await api.imports.list({ organization_id: world.b.organizationId, limit: 100 });
    expect(onlyB.items.map((item) => item.id)).toContain(b.id);
    expect(onlyB.items.every((item) => item.organization_id === world.b.organizationId)).toBe(true);
    await api.imports.cancel({ import_id: b.id });
    const cancelled = await api.imports.list({ status: "CANCELLED", limit: 100 });
    expect(cancelled.items.map((item) => item.id)).toEqual([b.id]);
  });
});

describe("imports.get", () => {
  it("shows files, options, progress, totals and the first 20 rejections", async () => {
    const run = await queuedRun("a", { users: "email\n", goals: "email,title\n" });
    await db.importRun.update({
      where: { id: run.id },
      data: {
        status: "RUNNING",
        progress: {
          files: {
            users: { rows: 30, created: 20, updated: 2, unchanged: 3, rejected: 5 },
            goals: { rows: 25, created: 0, updated: 0, unchanged: 0, rejected: 25 },
          },
          bytes_read: 12,
          checkpoint: { kind: "goals", records: 25 },
        },
      },
    });
    await db.importRejection.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        run_id: run.id,
        kind: i < 5 ? "users" : "goals",
        line: i + 2,
        email: `person${i}@example.test`,
        field: "title",
        message: "must not be empty",
      })),
    });
    const details = await callerAs(db, world.a.orgAdmin).imports.get({ import_id: run.id });
    expect(details).toMatchObject({
      id: run.id,
      status: "RUNNING",
      files: [
        { kind: "users", name: "users.csv" },
        { kind: "goals", name: "goals.csv" },
      ],
      progress: { bytes_read: 12, files: { users: { rows: 30 }, goals: { rejected: 25 } } },
      totals: { rows: 55, created: 20, updated: 2, unchanged: 3, rejected: 30 },
      created_by_user: { id: world.a.orgAdmin.userId },
      created_at: expect.stringMatching(/Z$/) as string,
    });
    expect(details.progress).not.toHaveProperty("checkpoint");
    expect(details.rejections).toHaveLength(20);
    expect(details.rejections[0]).toEqual({
      kind: "users",
      line: 2,
      email: "person0@example.test",
      field: "title",
      message: "must not be empty",
    });
  });

  it("is 404 for another organization's run, and for services without users:read 403", async () => {
    const run = await queuedRun("b");
    await expectRefused(
      callerAs(db, world.a.orgAdmin).imports.get({ import_id: run.id }),
      "NOT_FOUND",
    );
    await expectRefused(
      callerAs(db, world.a.keyAllScopes).imports.get({ import_id: run.id }),
      "NOT_FOUND",
    );
    await expectRefused(
      callerAs(db, world.b.keyNoScopes).imports.get({ import_id: run.id }),
      "FORBIDDEN",
    );
    await expectRefused(
      callerAs(db, world.b.learner).imports.get({ import_id: run.id }),
      "FORBIDDEN",
    );
    const seen = await callerAs(db, world.b.keyAllScopes).imports.get({ import_id: run.id });
    expect(seen.id).toBe(run.id);
  });
});

describe("imports.cancel", () => {
  it("cancels a queued or running run once; an ended one is 409", async () => {
    const api = callerAs(db, world.a.orgAdmin);
    const queued = await queuedRun("a");
    const cancelled = await api.imports.cancel({ import_id: queued.id });
    expect(cancelled).toMatchObject({
      status: "CANCELLED",
      finished_at: expect.any(String) as string,
    });
    await expectRefused(api.imports.cancel({ import_id: queued.id }), "CONFLICT", "status");

    const running = await queuedRun("a");
    await db.importRun.update({ where: { id: running.id }, data: { status: "RUNNING" } });
    expect((await api.imports.cancel({ import_id: running.id })).status).toBe("CANCELLED");

    const done = await queuedRun("a");
    await db.importRun.update({ where: { id: done.id }, data: { status: "SUCCEEDED" } });
    await expectRefused(api.imports.cancel({ import_id: done.id }), "CONFLICT", "status");
  });

  it("is 404 for another organization's run, which stays as it was", async () => {
    const run = await queuedRun("b");
    await expectRefused(
      callerAs(db, world.a.orgAdmin).imports.cancel({ import_id: run.id }),
      "NOT_FOUND",
    );
    const key = { ...world.b.keyAllScopes, scopes: ["users:read" as const] };
    await expectRefused(callerAs(db, key).imports.cancel({ import_id: run.id }), "FORBIDDEN");
    expect((await db.importRun.findUniqueOrThrow({ where: { id: run.id } })).status).toBe("QUEUED");
  });
});

describe("importReport", () => {
  it("is a CSV for spreadsheets: the counts per file and in total, then every rejected row", async () => {
    const run = await queuedRun("a", { users: "email\n", skills: "email\n" });
    await db.importRun.update({
      where: { id: run.id },
      data: {
        status: "SUCCEEDED",
        progress: {
          files: {
            users: { rows: 3, created: 1, updated: 1, unchanged: 0, rejected: 1 },
            skills: { rows: 1, created: 0, updated: 0, unchanged: 0, rejected: 1 },
          },
          bytes_read: 12,
          checkpoint: null,
        },
      },
    });
    await db.importRejection.createMany({
      data: [
        {
          run_id: run.id,
          kind: "users",
          line: 3,
          email: "=cmd@example.test",
          field: "",
          message: 'row has "quotes", commas',
        },
        {
          run_id: run.id,
          kind: "skills",
          line: 2,
          email: null,
          field: "proficiency_level",
          message: "must be one of BEGINNER",
        },
      ],
    });
    const { filename, text } = await reportOf(world.a.orgAdmin, run.id);
    expect(filename).toMatch(/^import-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}-report\.csv$/);
    expect(text).toBe(
      [
        "\uFEFFfile,rows,created,updated,unchanged,rejected",
        "users.csv,3,1,1,0,1",
        "skills.csv,1,0,0,0,1",
        "total,4,1,1,0,2",
        "",
        "file,line,email,field,reason",
        // A cell that starts like a formula is kept as text.
        `users.csv,3,'=cmd@example.test,,"row has ""quotes"", commas"`,
        "skills.csv,2,,proficiency_level,must be one of BEGINNER",
        "",
      ].join("\r\n"),
    );
  });

  it("streams every rejection, past one page, in the order they were found", async () => {
    const run = await queuedRun("a");
    const count = importReportPageSize * 2 + 7;
    await db.importRejection.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        run_id: run.id,
        kind: "users",
        line: i + 2,
        email: null,
        field: "email",
        message: "is missing",
      })),
    });
    const lines = (await reportOf(world.a.orgAdmin, run.id)).text.trimEnd().split("\r\n");
    const rows = lines.slice(lines.indexOf("file,line,email,field,reason") + 1);
    expect(rows).toHaveLength(count);
    expect(rows.at(-1)).toBe(`users.csv,${count + 1},,email,is missing`);
  });

  it("is 404 for another organization's run and refused to those who may not see imports", async () => {
    const run = await queuedRun("b");
    await expectRefused(reportOf(world.a.orgAdmin, run.id), "NOT_FOUND");
    await expectRefused(reportOf(world.b.learner, run.id), "FORBIDDEN");
    await expectRefused(reportOf(null, run.id), "UNAUTHENTICATED");
    expect((await reportOf(world.superAdmin, run.id)).text).toMatch(/^\uFEFFfile,rows/);
  });
});
