import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { createTestDatabase, createUserWithDetails } from "@ums/db/testing";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";

import { createContextInner } from "../../context";
import { testMeta, testSettings, userActor } from "../../testing";
import { avatarKey, newAvatarVersion } from "./avatar-file-key";
import { removeAvatar } from "./remove-avatar";
import { replaceAvatar } from "./replace-avatar";
import type { AvatarStorage } from "./storage/avatar-storage";
import { createLocalAvatarStorage } from "./storage/local-avatar-storage";
import { sweepAvatarFiles } from "./sweep-avatar-files";

const { db } = await createTestDatabase();
const directory = await mkdtemp(path.join(tmpdir(), "ums-avatars-"));
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});
const storage = createLocalAvatarStorage({ directory, publicBaseUrl: "http://api.test" });

/** A real image of one colour (different colours give different content hashes). */
const image = (r: number, g = 80, b = 160) =>
  sharp({ create: { width: 300, height: 200, channels: 3, background: { r, g, b } } })
    .png()
    .toBuffer();

async function learner(avatarStorage: AvatarStorage = storage) {
  const user = await createUserWithDetails(db);
  const ctx = createContextInner({
    db,
    actor: userActor(user),
    meta: testMeta,
    settings: testSettings,
    avatarStorage,
  });
  return { user, ctx: { ...ctx, actor: userActor(user) } };
}

const stateOf = async (userId: string) => ({
  avatar_url: (await db.userProfile.findUniqueOrThrow({ where: { user_id: userId } })).avatar_url,
  rows: (await db.avatarFile.findMany({ where: { user_id: userId }, orderBy: { key: "asc" } })).map(
    (row) => row.key,
  ),
  stored: await storage.list(`avatars/${userId}/`),
});

const activities = (userId: string, type: "AVATAR_UPLOADED" | "AVATAR_REMOVED") =>
  db.userActivity.count({ where: { user_id: userId, activity_type: type } });

describe("replaceAvatar", () => {
  it("stores every size and format, points the profile at the largest WebP, and logs it", async () => {
    const { user, ctx } = await learner();
    const result = await replaceAvatar(ctx, { bytes: await image(200) });

    const state = await stateOf(user.id);
    expect(result.avatar_url).toMatch(
      new RegExp(`^http://api\\.test/avatars/${user.id}/[0-9a-f]{16}-[0-9a-z]{12}-512\\.webp$`),
    );
    expect(state.avatar_url).toBe(result.avatar_url);
    expect(result.files.map((file) => `${file.size}.${file.format}`).sort()).toEqual([
      "128.jpeg",
      "128.webp",
      "256.jpeg",
      "256.webp",
      "512.jpeg",
      "512.webp",
      "64.jpeg",
      "64.webp",
    ]);
    expect(state.rows).toEqual(state.stored);
    expect(state.stored).toHaveLength(8);
    expect(await activities(user.id, "AVATAR_UPLOADED")).toBe(1);

    const primary = await storage.read?.(state.rows.find((key) => key.endsWith("-512.webp")) ?? "");
    expect(primary?.contentType).toBe("image/webp");
    expect((await sharp(primary?.body).metadata()).width).toBe(512);
  });

  it("replaces the previous avatar: its files are removed once the profile points at the new one", async () => {
    const { user, ctx } = await learner();
    await replaceAvatar(ctx, { bytes: await image(10) });
    const before = await stateOf(user.id);

    const second = await replaceAvatar(ctx, { bytes: await image(250) });
    const after = await stateOf(user.id);
    expect(after.avatar_url).toBe(second.avatar_url);
    expect(after.stored).toEqual(after.rows);
    expect(after.stored.some((key) => before.stored.includes(key))).toBe(false);
  });

  it("uploads the same image again under new names (a storage key is never reused)", async () => {
    const { user, ctx } = await learner();
    const bytes = await image(99);
    const first = await replaceAvatar(ctx, { bytes });
    const second = await replaceAvatar(ctx, { bytes });
    expect(second.avatar_url).not.toBe(first.avatar_url);
    const hashOf = (url: string) => /\/([0-9a-f]{16})-/.exec(url)?.[1];
    expect(hashOf(second.avatar_url)).toBe(hashOf(first.avatar_url));
    const state = await stateOf(user.id);
    expect(state.stored).toEqual(state.rows);
    expect(state.stored).toHaveLength(8);
  });

  it("keeps the old avatar and leaves no orphan when it fails between writing and switching", async () => {
    const { user, ctx } = await learner();
    await replaceAvatar(ctx, { bytes: await image(30) });
    const before = await stateOf(user.id);

    await expect(
      replaceAvatar(
        ctx,
        { bytes: await image(31) },
        {
          afterFilesStored: async () => {
            // The new files are there at this point...
            expect((await storage.list(`avatars/${user.id}/`)).length).toBe(16);
            throw new Error("crash injected between writing and switching");
          },
        },
      ),
    ).rejects.toThrow("crash injected");

    // ...and gone again; the profile never moved.
    expect(await stateOf(user.id)).toEqual(before);
    expect(await activities(user.id, "AVATAR_UPLOADED")).toBe(1);
  });

  it("changes nothing when the storage fails", async () => {
    const failing: AvatarStorage = {
      ...storage,
      put: () => Promise.reject(new Error("storage down")),
    };
    const { user, ctx } = await learner(failing);
    await expect(replaceAvatar(ctx, { bytes: await image(40) })).rejects.toThrow("storage down");
    expect(await stateOf(user.id)).toEqual({ avatar_url: null, rows: [], stored: [] });
  });

  it("refuses a file over MAX_AVATAR_SIZE_MB before looking at it", async () => {
    const { user, ctx } = await learner();
    const tooLarge = new Uint8Array(testSettings.MAX_AVATAR_SIZE_MB * 1024 * 1024 + 1);
    await expect(replaceAvatar(ctx, { bytes: tooLarge })).rejects.toMatchObject({
      appCode: "PAYLOAD_TOO_LARGE",
    });
    expect(await stateOf(user.id)).toEqual({ avatar_url: null, rows: [], stored: [] });
  });

  it("refuses what is not an image before storing anything", async () => {
    const { user, ctx } = await learner();
    await expect(
      replaceAvatar(ctx, { bytes: new TextEncoder().encode("not an image at all") }),
    ).rejects.toMatchObject({ appCode: "UNSUPPORTED_MEDIA_TYPE" });
    expect(await stateOf(user.id)).toEqual({ avatar_url: null, rows: [], stored: [] });
  });

  it("ends with exactly one avatar when two uploads race", async () => {
    const { user, ctx } = await learner();
    const [a, b] = await Promise.all([
      replaceAvatar(ctx, { bytes: await image(60) }),
      replaceAvatar(ctx, { bytes: await image(61) }),
    ]);
    const state = await stateOf(user.id);
    expect([a.avatar_url, b.avatar_url]).toContain(state.avatar_url);
    expect(state.stored).toEqual(state.rows);
    expect(state.stored).toHaveLength(8);
  });
});

describe("removeAvatar", () => {
  it("clears the profile, then deletes the files; removing nothing changes nothing", async () => {
    const { user, ctx } = await learner();
    await replaceAvatar(ctx, { bytes: await image(70) });

    expect(await removeAvatar(ctx)).toEqual({ avatar_url: null });
    expect(await stateOf(user.id)).toEqual({ avatar_url: null, rows: [], stored: [] });
    expect(await activities(user.id, "AVATAR_REMOVED")).toBe(1);

    await removeAvatar(ctx);
    expect(await activities(user.id, "AVATAR_REMOVED")).toBe(1);
  });
});

describe("sweepAvatarFiles", () => {
  it("deletes files no row points at once they are an hour old, and keeps the rest", async () => {
    const { user, ctx } = await learner();
    await replaceAvatar(ctx, { bytes: await image(120) });
    const current = await stateOf(user.id);
    // What a process killed between writing and switching leaves: files, no rows.
    const version = newAvatarVersion("0123456789abcdef", new Date(Date.now() - 2 * 3_600_000));
    const recent = newAvatarVersion("fedcba9876543210", new Date());
    await storage.put([
      {
        key: avatarKey(user.id, version, 64, "webp"),
        body: await image(1),
        contentType: "image/webp",
      },
      {
        key: avatarKey(user.id, recent, 64, "webp"),
        body: await image(2),
        contentType: "image/webp",
      },
    ]);

    expect(await sweepAvatarFiles({ db, storage }, new Date())).toEqual({ deleted: 1 });
    const after = await storage.list(`avatars/${user.id}/`);
    expect(after).toEqual([...current.stored, avatarKey(user.id, recent, 64, "webp")].sort());
    // An hour later the in-progress one is abandoned too; the current avatar never is.
    expect(await sweepAvatarFiles({ db, storage }, new Date(Date.now() + 2 * 3_600_000))).toEqual({
      deleted: 1,
    });
    expect(await storage.list(`avatars/${user.id}/`)).toEqual(current.stored);
  });
});
