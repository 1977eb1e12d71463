import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";

import type { Actor } from "../../auth/actor";
import { parseSettings, type Settings } from "@ums/db/settings";
import { createTestDatabase } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import { createContextInner } from "../../context";
import { createWorld, expectRefused, testSettings } from "../../testing";
import { openStoredImportFile } from "./open-stored-import-file";
import { startImport, type ImportUpload, type StartImportInput } from "./start-import";
import { importChunkBytes } from "./store-import-file";

const { db } = await createTestDatabase();
const world = await createWorld(db);

const contextOf = (actor: Actor, settings: Settings = testSettings) =>
  createContextInner({ db, actor, settings });

/** A file whose content arrives in pieces of `piece` bytes, as an upload would. */
function upload(kind: string, content: Buffer | string, name = `${kind}.csv`, piece = 64 * 1024) {
  const bytes = Buffer.from(content);
  async function* pieces() {
    for (let offset = 0; offset < bytes.length; offset += piece) {
      await Promise.resolve();
      yield bytes.subarray(offset, offset + piece);
    }
  }
  return {
    kind,
    name,
    stream: Readable.from(pieces(), { objectMode: false }),
  } satisfies ImportUpload;
}

const start = (actor: Actor, input: Partial<StartImportInput>, settings?: Settings) =>
  startImport(contextOf(actor, settings), { format: "CSV", files: [], ...input });

/** Everything an upload writes: no refused upload may leave any of it behind. */
const stored = async () => ({
  runs: await db.importRun.count(),
  chunks: await db.importFileChunk.count(),
});

const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");

describe("startImport", () => {
  it("stores each file in 1 MB chunks with its size and hash, and queues the run", async () => {
    const big = Buffer.alloc(2 * importChunkBytes + 12_345);
    for (let i = 0; i < big.length; i++) big[i] = (i * 7919) % 251;
    const skills = "email,skill_name\nada@example.test,Rust\n";
    const run = await start(world.a.orgAdmin, {
      files: [upload("skills", skills, "C:\\exports\\skills.csv"), upload("users", big, "big.csv")],
      options: { dryRun: true, newUserStatus: "PENDING" },
    });

    expect(run).toMatchObject({
      organization_id: world.a.organizationId,
      format: "CSV",
      status: "QUEUED",
      dry_run: true,
      new_user_status: "PENDING",
      created_by: world.a.orgAdmin.userId,
      created_by_user: { id: world.a.orgAdmin.userId, first_name: "Alpha Admin" },
      bytes_total: big.length + skills.length,
      totals: { rows: 0, created: 0, updated: 0, unchanged: 0, rejected: 0 },
    });
    // In the order the import reads them, each under its own name without the client's folders.
    expect(run.files).toEqual([
      { kind: "users", name: "big.csv", bytes: big.length, sha256: sha256(big) },
      { kind: "skills", name: "skills.csv", bytes: skills.length, sha256: sha256(skills) },
    ]);
    const chunks = await db.importFileChunk.findMany({
      where: { run_id: run.id },
      orderBy: [{ kind: "asc" }, { seq: "asc" }],
      select: { kind: true, seq: true, data: true },
    });
    expect(chunks.map((chunk) => [chunk.kind, chunk.seq, chunk.data.byteLength])).toEqual([
      ["skills", 0, skills.length],
      ["users", 0, importChunkBytes],
      ["users", 1, importChunkBytes],
      ["users", 2, 12_345],
    ]);

    // Read back a chunk at a time, byte for byte.
    const back: Buffer[] = [];
    for await (const piece of openStoredImportFile(db, run.id, "users", { chunksPerRead: 1 })) {
      back.push(piece as Buffer);
    }
    expect(Buffer.concat(back).equals(big)).toBe(true);
    expect(await text(openStoredImportFile(db, run.id, "skills"))).toBe(skills);
  });

  it("fails the stream of a file the run does not have, instead of reading it as empty", async () => {
    const run = await start(world.a.orgAdmin, { files: [upload("users", "email\n")] });
    await expect(text(openStoredImportFile(db, run.id, "goals"))).rejects.toThrow(/not stored/);
  });

  it("records no creator for a service, and takes the organization of its key", async () => {
    const run = await start(world.a.keyAllScopes, {
      format: "JSONL",
      files: [upload("users", '{"email":"x@example.test"}\n', "users.jsonl")],
    });
    expect(run).toMatchObject({
      organization_id: world.a.organizationId,
      format: "JSONL",
      created_by: null,
      created_by_user: null,
    });
  });

  it("refuses invitations from a service (they go out in an administrator's name)", async () => {
    const before = await stored();
    await expectRefused(
      start(world.a.keyAllScopes, {
        files: [upload("users", "email\n")],
        options: { sendInvitations: true },
      }),
      "VALIDATION_FAILED",
      "send_invitations",
    );
    expect(await stored()).toEqual(before);
    const run = await start(world.a.orgAdmin, {
      files: [upload("users", "email\n")],
      options: { sendInvitations: true },
    });
    expect(run.send_invitations).toBe(true);
  });

  it("lets super admins and platform keys import into the organization they name, and only then", async () => {
    const files = () => [upload("users", "email\n")];
    const run = await start(world.superAdmin, {
      organizationId: world.b.organizationId,
      files: files(),
    });
    expect(run.organization_id).toBe(world.b.organizationId);
    await expectRefused(
      start(world.superAdmin, { files: files() }),
      "VALIDATION_FAILED",
      "organization_id",
    );
    await expectRefused(
      start(world.platformKey, { files: files() }),
      "VALIDATION_FAILED",
      "organization_id",
    );
    await expectRefused(
      start(world.superAdmin, { organizationId: crypto.randomUUID(), files: files() }),
      "NOT_FOUND",
    );
  });

  it("refuses callers who may not import, before reading anything", async () => {
    const before = await stored();
    const files = () => [upload("users", "email\n")];
    await expectRefused(start(null, { files: files() }), "UNAUTHENTICATED");
    await expectRefused(start(world.a.learner, { files: files() }), "FORBIDDEN");
    await expectRefused(start(world.a.instructor, { files: files() }), "FORBIDDEN");
    await expectRefused(start(world.a.keyNoScopes, { files: files() }), "FORBIDDEN");
    // An org admin naming another organization: as if it did not exist.
    await expectRefused(
      start(world.a.orgAdmin, { organizationId: world.b.organizationId, files: files() }),
      "NOT_FOUND",
    );
    expect(await stored()).toEqual(before);
  });

  it.each<[string, Partial<StartImportInput>, string]>([
    ["no file", { files: [] }, "users"],
    ["a JSON Lines import without users", { format: "JSONL", files: [] }, "users"],
    [
      "a JSON Lines import with a skills file",
      { format: "JSONL", files: [upload("users", "{}\n"), upload("skills", "{}\n")] },
      "skills",
    ],
    ["an unknown kind", { files: [upload("teachers", "email\n")] }, "teachers"],
    [
      "a kind sent twice",
      { files: [upload("users", "email\n"), upload("users", "email\n")] },
      "users",
    ],
    ["an empty file", { files: [upload("goals", "")] }, "goals"],
    ["a file without a name", { files: [upload("users", "email\n", "  ")] }, "users"],
    [
      "a name with control characters",
      { files: [upload("users", "email\n", "a\u0007.csv")] },
      "users",
    ],
    [
      "a mapping for JSON Lines",
      {
        format: "JSONL",
        files: [upload("users", "{}\n")],
        options: { columnMapping: { users: { Mail: "email" } } },
      },
      "column_mapping",
    ],
    [
      "a mapping to a column that does not exist",
      {
        files: [upload("users", "Mail\n")],
        options: { columnMapping: { users: { Mail: "mail" } } },
      },
      "column_mapping.users.Mail",
    ],
    [
      "a mapping for a file not sent",
      {
        files: [upload("users", "Mail\n")],
        options: { columnMapping: { goals: { Goal: "title" } } },
      },
      "column_mapping.goals",
    ],
  ])("refuses %s, naming the field, and stores nothing", async (_, input, path) => {
    const before = await stored();
    await expectRefused(start(world.a.orgAdmin, input), "VALIDATION_FAILED", path);
    expect(await stored()).toEqual(before);
  });

  it("takes a mapping to documented columns, and an empty one for a column not to import", async () => {
    const run = await start(world.a.orgAdmin, {
      files: [upload("users", "Mail,Email\n"), upload("learning-events", "Mail,Minutes\n")],
      options: {
        columnMapping: {
          users: { Mail: "email", Email: "" },
          "learning-events": { Minutes: "minutes" },
        },
      },
    });
    expect(run.column_mapping).toEqual({
      users: { Mail: "email", Email: "" },
      "learning-events": { Minutes: "minutes" },
    });
  });

  it("stops at IMPORT_MAX_UPLOAD_BYTES over all files with PAYLOAD_TOO_LARGE, leaving nothing", async () => {
    const small = parseSettings({ IMPORT_MAX_UPLOAD_BYTES: "4096" });
    const before = await stored();
    // 3,000 + 1,500 bytes: each file alone fits, both together do not.
    const error = await expectRefused(
      start(
        world.a.orgAdmin,
        {
          files: [
            upload("users", "x".repeat(3000), "u.csv", 512),
            upload("skills", "y".repeat(1500)),
          ],
        },
        small,
      ),
      "PAYLOAD_TOO_LARGE",
    );
    expect(error.message).toMatch(/4096 bytes/);
    expect(await stored()).toEqual(before);
    const fits = await start(
      world.a.orgAdmin,
      { files: [upload("users", "x".repeat(4096))] },
      small,
    );
    expect(fits.bytes_total).toBe(4096);
  });

  it("leaves nothing when a file's stream breaks halfway", async () => {
    const before = await stored();
    async function* broken() {
      yield Buffer.alloc(importChunkBytes + 10, 65);
      await Promise.resolve();
      throw new Error("connection reset");
    }
    await expect(
      start(world.a.orgAdmin, {
        files: [
          { kind: "users", name: "u.csv", stream: Readable.from(broken(), { objectMode: false }) },
        ],
      }),
    ).rejects.toThrow(/connection reset/);
    expect(await stored()).toEqual(before);
  });
});
