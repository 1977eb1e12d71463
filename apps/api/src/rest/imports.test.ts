import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

import { runImports } from "@ums/api/jobs";
import { testSettings } from "@ums/api/testing";
import { parseSettings } from "@ums/db/settings";
import { createApiKey, createTestDatabase, createUserWithDetails } from "@ums/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createResponseValidator, jwtFor, restTestSettings, startTestServer } from "./testing";

/**
 * The import doors of the REST API over the running server: `POST /imports` (a multipart upload,
 * streamed into the database), the procedures that follow a run, and the CSV report; with the
 * limits, refusals and organization boundaries. JSON responses are checked against the document.
 */

const { db } = await createTestDatabase();
const validate = createResponseValidator();
/** Uploads of at most 16 KB here, so that the limit is quick to reach. */
const settings = parseSettings({
  AUTH_JWT_SECRET: restTestSettings.AUTH_JWT_SECRET ?? "",
  RATE_LIMIT_PER_MINUTE: "100000",
  RATE_LIMIT_PER_IP_PER_MINUTE: "100000",
  IMPORT_MAX_UPLOAD_BYTES: "16384",
});
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  server = await startTestServer(db, settings);
});
afterAll(async () => {
  await server.close();
});

const usersJsonl = await readFile(
  fileURLToPath(
    new URL("../../../../packages/api/examples/data-transfer/users.jsonl", import.meta.url),
  ),
);

async function people() {
  const admin = await createUserWithDetails(db, { role: "ORG_ADMIN" });
  const learner = await createUserWithDetails(db, { organization_id: admin.organization_id });
  const otherAdmin = await createUserWithDetails(db, { role: "ORG_ADMIN" });
  const { key } = await createApiKey(db, {
    organization_id: admin.organization_id,
    scopes: ["users:read", "users:write"],
  });
  const { key: readOnlyKey } = await createApiKey(db, {
    organization_id: admin.organization_id,
    scopes: ["users:read"],
  });
  return {
    organizationId: admin.organization_id,
    admin: await jwtFor(admin.id),
    learner: await jwtFor(learner.id),
    otherAdmin: await jwtFor(otherAdmin.id),
    key,
    readOnlyKey,
  };
}

type Part =
  [name: string, value: string] | [name: string, content: Uint8Array | string, file: string];

/** A form with its parts in the order given (fields first, as the door expects). */
function form(parts: Part[]): FormData {
  const data = new FormData();
  for (const [name, value, file] of parts) {
    if (file === undefined) data.append(name, value);
    else data.append(name, new Blob([value]), file);
  }
  return data;
}

async function upload(
  token: string | undefined,
  body: FormData | string,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${server.baseUrl}/imports`, {
    method: "POST",
    body,
    headers: { ...(token === undefined ? {} : { authorization: `Bearer ${token}` }), ...headers },
  });
  const json = (await response.json()) as Record<string, unknown>;
  validate("POST", "/imports", response.status, json);
  return { status: response.status, headers: response.headers, body: json };
}

async function get(token: string, path: string, template: string) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as Record<string, unknown>;
  validate("GET", template, response.status, body);
  return { status: response.status, headers: response.headers, body };
}

const errorOf = (body: Record<string, unknown>) =>
  body.error as { code: string; details?: { path: string; message: string }[] };

const stored = async () => ({
  runs: await db.importRun.count(),
  chunks: await db.importFileChunk.count(),
});

describe("POST /imports", () => {
  it("queues a JSON Lines upload (202, Location); the worker imports it; the report downloads", async () => {
    const who = await people();
    const { status, headers, body } = await upload(
      who.admin,
      form([
        ["format", "jsonl"],
        ["new_user_status", "pending"],
        ["users", usersJsonl, "users.jsonl"],
      ]),
    );
    expect(status).toBe(202);
    expect(body).toMatchObject({
      status: "QUEUED",
      format: "JSONL",
      organization_id: who.organizationId,
      new_user_status: "PENDING",
      files: [{ kind: "users", name: "users.jsonl", bytes: usersJsonl.length }],
    });
    const id = String(body.id);
    expect(headers.get("location")).toBe(`/imports/${id}`);

    await runImports({ db, now: () => new Date(), settings: testSettings });
    const run = await get(who.admin, `/imports/${id}`, "/imports/{import_id}");
    expect(run.body).toMatchObject({
      status: "SUCCEEDED",
      totals: { rows: 3, created: 3, rejected: 0 },
      rejections: [],
    });
    const list = await get(who.key, "/imports?limit=1", "/imports");
    expect(list.body).toMatchObject({ items: [{ id }] });

    const report = await fetch(`${server.baseUrl}/imports/${id}/report`, {
      headers: { authorization: `Bearer ${who.readOnlyKey}` },
    });
    expect(report.status).toBe(200);
    expect(report.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(report.headers.get("content-disposition")).toMatch(
      /^attachment; filename="import-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}-report\.csv"$/,
    );
    expect((await report.text()).split("\r\n").slice(0, 6)).toEqual([
      "file,rows,created,updated,unchanged,rejected",
      "users.jsonl,3,3,0,0,0",
      "total,3,3,0,0,0",
      "",
      "file,line,email,field,reason",
      "",
    ]);
  });

  it("takes CSV files with a column mapping from a service, which is no one's run", async () => {
    const who = await people();
    const { status, body } = await upload(
      who.key,
      form([
        ["format", "CSV"],
        ["dry_run", "true"],
        ["column_mapping", JSON.stringify({ users: { Mail: "email" } })],
        ["users", "Mail,first_name\nsam@example.test,Sam\n", "people.csv"],
        ["skills", "email,skill_name\nsam@example.test,SQL\n", "skills.csv"],
      ]),
    );
    expect(status).toBe(202);
    expect(body).toMatchObject({
      format: "CSV",
      dry_run: true,
      column_mapping: { users: { Mail: "email" } },
      created_by: null,
      created_by_user: null,
      files: [
        { kind: "users", name: "people.csv" },
        { kind: "skills", name: "skills.csv" },
      ],
    });
  });

  it.each<[string, Part[], string]>([
    ["no format", [["users", "{}\n", "users.jsonl"]], "format"],
    [
      "an unknown format",
      [
        ["format", "xml"],
        ["users", "{}\n", "u.xml"],
      ],
      "format",
    ],
    [
      "an unknown field",
      [
        ["format", "csv"],
        ["colour", "red"],
        ["users", "email\n", "u.csv"],
      ],
      "colour",
    ],
    [
      "a field after a file",
      [
        ["format", "csv"],
        ["users", "email\n", "u.csv"],
        ["dry_run", "true"],
      ],
      "dry_run",
    ],
    [
      "a file sent as text",
      [
        ["format", "csv"],
        ["users", "email\n"],
      ],
      "users",
    ],
    [
      "an unknown kind of file",
      [
        ["format", "csv"],
        ["people", "email\n", "p.csv"],
      ],
      "people",
    ],
    ["no file at all", [["format", "csv"]], "users"],
    [
      "a mapping that is not JSON",
      [
        ["format", "csv"],
        ["column_mapping", "{users"],
        ["users", "e\n", "u.csv"],
      ],
      "column_mapping",
    ],
  ])("is 400 for %s, naming the field, and stores nothing", async (_, parts, path) => {
    const who = await people();
    const before = await stored();
    const { status, body } = await upload(who.admin, form(parts));
    expect(status).toBe(400);
    expect(errorOf(body).details?.map((detail) => detail.path)).toEqual([path]);
    expect(await stored()).toEqual(before);
  });

  it("is 413 past IMPORT_MAX_UPLOAD_BYTES, declared or streamed, and stores nothing", async () => {
    const who = await people();
    const before = await stored();
    // The files together pass 16 KB; the body (with its envelope) would still pass the app's limit.
    const declared = await upload(
      who.admin,
      form([
        ["format", "csv"],
        ["users", "x".repeat(10_000), "u.csv"],
        ["skills", "y".repeat(10_000), "s.csv"],
      ]),
    );
    expect(declared.status).toBe(413);
    expect(errorOf(declared.body).code).toBe("PAYLOAD_TOO_LARGE");

    // Far past every limit, streamed without Content-Length: cut off while it arrives.
    const boundary = "----ums-import-test";
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="format"\r\n\r\ncsv\r\n--${boundary}\r\nContent-Disposition: form-data; name="users"; filename="u.csv"\r\nContent-Type: text/csv\r\n\r\n`;
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode(head));
        else if (sent > 2000) controller.close();
        else controller.enqueue(new Uint8Array(1024).fill(0x61));
        sent += 1;
      },
    });
    const response = await fetch(`${server.baseUrl}/imports`, {
      method: "POST",
      body,
      duplex: "half",
      headers: {
        authorization: `Bearer ${who.admin}`,
        "content-type": `multipart/form-data; boundary=${boundary}`,
      },
    });
    expect(response.status).toBe(413);
    expect(response.headers.get("connection")).toBe("close");
    expect(await stored()).toEqual(before);
  });

  it("is 415 for JSON, 401 anonymous, 403 for a learner and a read-only key, 404 for another organization", async () => {
    const who = await people();
    const files = () =>
      form([
        ["format", "csv"],
        ["users", "email\n", "u.csv"],
      ]);
    const json = await upload(who.admin, JSON.stringify({ format: "csv" }), {
      "content-type": "application/json",
    });
    expect(json.status).toBe(415);
    expect((await upload(undefined, files())).status).toBe(401);
    expect((await upload(who.learner, files())).status).toBe(403);
    expect((await upload(who.readOnlyKey, files())).status).toBe(403);
    const other = await upload(
      who.otherAdmin,
      form([
        ["format", "csv"],
        ["organization_id", who.organizationId],
        ["users", "email\n", "u.csv"],
      ]),
    );
    expect(other.status).toBe(404);
  });
});

describe("an import run of another organization", () => {
  it("is 404 to read, cancel or download; its own admin may", async () => {
    const who = await people();
    const { body } = await upload(
      who.admin,
      form([
        ["format", "csv"],
        ["users", "email\n", "u.csv"],
      ]),
    );
    const id = String(body.id);

    expect((await get(who.otherAdmin, `/imports/${id}`, "/imports/{import_id}")).status).toBe(404);
    const cancel = await fetch(`${server.baseUrl}/imports/${id}/cancel`, {
      method: "POST",
      headers: { authorization: `Bearer ${who.otherAdmin}` },
    });
    expect(cancel.status).toBe(404);
    const report = await fetch(`${server.baseUrl}/imports/${id}/report`, {
      headers: { authorization: `Bearer ${who.otherAdmin}` },
    });
    expect(report.status).toBe(404);
    const list = await get(who.otherAdmin, "/imports?limit=100", "/imports");
    expect((list.body.items as { id: string }[]).map((item) => item.id)).not.toContain(id);

    const badId = await fetch(`${server.baseUrl}/imports/not-a-uuid/report`, {
      headers: { authorization: `Bearer ${who.admin}` },
    });
    expect(badId.status).toBe(400);
    const ownCancel = await fetch(`${server.baseUrl}/imports/${id}/cancel`, {
      method: "POST",
      headers: { authorization: `Bearer ${who.admin}` },
    });
    expect(ownCancel.status).toBe(200);
    expect(((await ownCancel.json()) as { status: string }).status).toBe("CANCELLED");
  });
});
