import { randomBytes, randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { AvatarKeyError } from "./avatar-keys";
import type { AvatarFile, AvatarStorage, StoredAvatarFile } from "./avatar-storage";
import { createAvatarStorage } from "./create-avatar-storage";
import { createLocalAvatarStorage, readLocalAvatar } from "./local-avatar-storage";
import { fakeUploadThingToken, startFakeUploadThing } from "./uploadthing-fake-server";
import type { FakeUploadThing } from "./uploadthing-fake-server";
import {
  createUploadThingAvatarStorage,
  UploadThingStorageError,
} from "./uploadthing-avatar-storage";

/** What the shared contract needs from a driver under test. */
interface ContractSubject {
  storage: AvatarStorage;
  /** What a browser gets at `stored.url`; undefined when nothing is served there. */
  fetchStored(
    stored: StoredAvatarFile,
  ): Promise<{ body: Uint8Array; contentType: string } | undefined>;
  /** Arranges for the next `put(files)` to fail on its second file, after others were written. */
  failSecondFileOfNextPut(files: readonly AvatarFile[]): Promise<void>;
  close(): Promise<void>;
}

function avatarFiles(prefix: string, sizes: readonly number[] = [512, 256, 128]): AvatarFile[] {
  const hash = randomBytes(8).toString("hex");
  return sizes.map((size) => ({
    key: `${prefix}${hash}-${size}.webp`,
    body: randomBytes(200 + size),
    contentType: "image/webp",
  }));
}

/** A user's folder, like the service's `avatars/<user id>/`. */
const userPrefix = () => `avatars/${randomUUID()}/`;

/**
 * The contract every AvatarStorage driver must meet. Run it against a new driver with
 * `avatarStorageContract("s3", async () => ({ storage, fetchStored, failSecondFileOfNextPut, close }))`.
 */
function avatarStorageContract(name: string, start: () => Promise<ContractSubject>): void {
  describe(`${name}: AvatarStorage contract`, () => {
    let subject: ContractSubject;
    beforeEach(async () => {
      subject = await start();
    });
    afterEach(async () => {
      await subject.close();
    });

    it("put returns every key with a URL, in order, and list shows the keys sorted", async () => {
      const prefix = userPrefix();
      const files = avatarFiles(prefix);
      const stored = await subject.storage.put(files);
      expect(stored.map((file) => file.key)).toEqual(files.map((file) => file.key));
      for (const file of stored) expect(file.url).toMatch(/^https?:\/\//);
      expect(await subject.storage.list(prefix)).toEqual(files.map((file) => file.key).sort());
      expect(await subject.storage.list("avatars/")).toEqual(
        expect.arrayContaining(files.map((file) => file.key)),
      );
      expect(await subject.storage.list(userPrefix())).toEqual([]);
      expect(await subject.storage.put([])).toEqual([]);
    });

    it("the URL serves the same bytes with the content type", async () => {
      const files = avatarFiles(userPrefix());
      const stored = await subject.storage.put(files);
      for (const [index, file] of files.entries()) {
        const storedFile = stored[index];
        expect(storedFile).toBeDefined();
        if (storedFile === undefined) continue;
        const served = await subject.fetchStored(storedFile);
        expect(served?.contentType).toBe("image/webp");
        expect(Buffer.from(served?.body ?? []).equals(Buffer.from(file.body))).toBe(true);
      }
    });

    it("remove deletes the files and ignores keys that do not exist", async () => {
      const prefix = userPrefix();
      const kept = avatarFiles(userPrefix(), [64]);
      await subject.storage.put(kept);
      const stored = await subject.storage.put(avatarFiles(prefix));
      await subject.storage.remove([
        ...stored.map((file) => file.key),
        `${prefix}never-stored-64.webp`,
      ]);
      expect(await subject.storage.list(prefix)).toEqual([]);
      for (const file of stored) expect(await subject.fetchStored(file)).toBeUndefined();
      await subject.storage.remove([`${prefix}never-stored-64.webp`]);
      await subject.storage.remove([]);
      expect(await subject.storage.list("avatars/")).toEqual(kept.map((file) => file.key));
    });

    it("put is all or nothing: when one file fails, none of the batch is left", async () => {
      const earlier = await subject.storage.put(avatarFiles(userPrefix(), [64]));
      const prefix = userPrefix();
      const files = avatarFiles(prefix);
      await subject.failSecondFileOfNextPut(files);
      await expect(subject.storage.put(files)).rejects.toThrow();
      expect(await subject.storage.list(prefix)).toEqual([]);
      // Files stored before are untouched.
      expect(await subject.storage.list("avatars/")).toEqual(earlier.map((file) => file.key));
      const first = earlier[0];
      if (first !== undefined) expect(await subject.fetchStored(first)).toBeDefined();
    });

    it("refuses keys that could escape or are malformed, before writing anything", async () => {
      for (const key of [
        "../x",
        "/etc/x",
        "avatars/../../x",
        "a//b.webp",
        "A.webp",
        "a/.x",
        "a\\b",
      ]) {
        const files = [...avatarFiles("avatars/ok/", [64]), { ...avatarFiles("", [64])[0], key }];
        await expect(
          subject.storage.put(files as AvatarFile[]),
          `put ${key}`,
        ).rejects.toBeInstanceOf(AvatarKeyError);
        await expect(subject.storage.remove([key]), `remove ${key}`).rejects.toBeInstanceOf(
          AvatarKeyError,
        );
      }
      await expect(subject.storage.list("../")).rejects.toBeInstanceOf(AvatarKeyError);
      expect(await subject.storage.list("")).toEqual([]);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Local folder

async function startLocal(): Promise<ContractSubject & { directory: string; parent: string }> {
  const parent = await mkdtemp(path.join(tmpdir(), "avatar-storage-"));
  const directory = path.join(parent, "smart-learning-avatars");
  const publicBaseUrl = "http://localhost:4000/avatars";
  return {
    directory,
    parent,
    storage: createLocalAvatarStorage({ directory, publicBaseUrl: `${publicBaseUrl}/` }),
    async fetchStored(stored) {
      expect(stored.url).toBe(`${publicBaseUrl}/${stored.key}`);
      return readLocalAvatar(directory, stored.url.slice(publicBaseUrl.length + 1));
    },
    async failSecondFileOfNextPut(files) {
      // An empty folder where the second file goes: writing its temporary file succeeds, renaming
      // it into place fails (EISDIR) after the first file was renamed into place.
      const second = files[1];
      if (second === undefined) throw new Error("need two files");
      await mkdir(path.join(directory, second.key), { recursive: true });
    },
    close: () => rm(parent, { recursive: true, force: true }),
  };
}

avatarStorageContract("local", startLocal);

describe("local driver specifics", () => {
  let local: Awaited<ReturnType<typeof startLocal>>;
  beforeEach(async () => {
    local = await startLocal();
  });
  afterEach(async () => {
    await local.close();
  });

  async function allEntries(dir: string): Promise<string[]> {
    return (await readdir(dir, { recursive: true })).map(String).sort();
  }

  it("writes nothing outside its folder for escaping keys, and nothing at all for a batch with one", async () => {
    const good = avatarFiles("avatars/u/", [64]);
    for (const key of ["../x.webp", "/etc/x.webp", "avatars/../../x.webp"]) {
      const bad = { ...good[0], key } as AvatarFile;
      await expect(local.storage.put([...good, bad])).rejects.toThrow(/refused storage key/);
    }
    expect(await allEntries(local.parent)).toEqual([]);
  });

  it("files are at <directory>/<key>, with no temporary file left behind", async () => {
    const files = avatarFiles("avatars/u1/", [256, 64]);
    await local.storage.put(files);
    expect(await allEntries(local.directory)).toEqual(
      ["avatars", "avatars/u1", ...files.map((file) => file.key)].sort(),
    );
  });

  it("putting a key that exists again keeps it, also when the batch fails", async () => {
    const [first, second] = avatarFiles("avatars/u1/", [256, 64]);
    if (first === undefined || second === undefined) throw new Error("two files");
    await local.storage.put([first]);
    await local.storage.put([first]);
    await local.failSecondFileOfNextPut([first, second]);
    await expect(local.storage.put([first, second])).rejects.toThrow();
    expect(await local.storage.list("avatars/u1/")).toEqual([first.key]);
    expect((await readLocalAvatar(local.directory, first.key))?.body.equals(first.body)).toBe(true);
  });

  it("remove takes away folders left empty, but not the storage folder", async () => {
    const stored = await local.storage.put(avatarFiles("avatars/u1/"));
    const other = await local.storage.put(avatarFiles("avatars/u2/", [64]));
    await local.storage.remove(stored.map((file) => file.key));
    expect(await allEntries(local.directory)).toEqual(
      ["avatars", "avatars/u2", ...other.map((file) => file.key)].sort(),
    );
    await local.storage.remove(other.map((file) => file.key));
    expect(await allEntries(local.directory)).toEqual([]);
    expect((await stat(local.directory)).isDirectory()).toBe(true);
  });

  it("list walks subfolders, filters by any prefix and skips temporary files", async () => {
    const a = await local.storage.put(avatarFiles("avatars/u1/"));
    const b = await local.storage.put(avatarFiles("avatars/u1/old/", [64]));
    await mkdir(path.join(local.directory, "avatars/u1/.tmp-dir"), { recursive: true });
    const all = [...a, ...b].map((file) => file.key).sort();
    expect(await local.storage.list("avatars/u1/")).toEqual(all);
    expect(await local.storage.list("avatars/u")).toEqual(all);
    expect(await local.storage.list("avatars/u1/old/")).toEqual(b.map((file) => file.key));
    expect(await local.storage.list("nothing/here/")).toEqual([]);
  });

  it("readLocalAvatar gives the content type by extension and undefined for anything else", async () => {
    const body = randomBytes(64);
    const kinds = {
      webp: "image/webp",
      jpg: "image/jpeg",
      jpeg: "image/jpeg",
      png: "image/png",
      gif: "image/gif",
      avif: "image/avif",
    };
    for (const [extension, contentType] of Object.entries(kinds)) {
      const key = `avatars/u1/h-64.${extension}`;
      await local.storage.put([{ key, body, contentType }]);
      expect(await readLocalAvatar(local.directory, key)).toEqual({ body, contentType });
    }
    await local.storage.put([{ key: "avatars/u1/h.txt", body, contentType: "text/plain" }]);
    expect(await readLocalAvatar(local.directory, "avatars/u1/h.txt")).toBeUndefined();
    expect(await readLocalAvatar(local.directory, "avatars/u1/missing.webp")).toBeUndefined();
    expect(await readLocalAvatar(local.directory, "avatars/u1")).toBeUndefined();
    expect(await readLocalAvatar(local.directory, "avatars/u1/h-64.webp/x.webp")).toBeUndefined();
    for (const key of [
      "../x.webp",
      "/etc/x.webp",
      "avatars/%2e%2e/x.webp",
      "avatars/..%2fx.webp",
    ]) {
      expect(await readLocalAvatar(local.directory, key)).toBeUndefined();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// UploadThing, against the local fake of its API and ingest servers

/** uploadthing 7.7.4 prints two deprecation warnings per uploaded file (its own use of `file.url`). */
function silenceUploadThingDeprecations(): void {
  const warn = console.warn.bind(console);
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].includes("[uploadthing][deprecated]")) return;
    warn(...args);
  });
}

async function startUploadThing(): Promise<ContractSubject & { fake: FakeUploadThing }> {
  silenceUploadThingDeprecations();
  const fake = await startFakeUploadThing();
  return {
    fake,
    storage: createUploadThingAvatarStorage({
      token: fake.token,
      apiUrl: fake.url,
      ingestUrl: fake.url,
      logLevel: "None",
    }),
    async fetchStored(stored) {
      expect(stored.url.startsWith(`${fake.url}/f/`)).toBe(true);
      const response = await fetch(stored.url);
      if (response.status === 404) return undefined;
      expect(response.status).toBe(200);
      return {
        body: new Uint8Array(await response.arrayBuffer()),
        contentType: response.headers.get("content-type") ?? "",
      };
    },
    failSecondFileOfNextPut() {
      fake.failUploads(({ count }) => count === 2);
      return Promise.resolve();
    },
    async close() {
      vi.restoreAllMocks();
      await fake.close();
    },
  };
}

avatarStorageContract("uploadthing (fake server)", startUploadThing);

describe("uploadthing driver specifics", () => {
  let ut: Awaited<ReturnType<typeof startUploadThing>>;
  beforeEach(async () => {
    ut = await startUploadThing();
  });
  afterEach(async () => {
    await ut.close();
  });

  it("uploads through signed ingest PUTs with our key as customId, and deletes by customId", async () => {
    const files = avatarFiles("avatars/u1/", [256, 64]);
    const stored = await ut.storage.put(files);
    const held = [...ut.fake.files.values()];
    expect(held.map((file) => file.customId).sort()).toEqual(files.map((file) => file.key).sort());
    expect(held.map((file) => file.name).sort()).toEqual(
      files.map((file) => file.key.slice("avatars/u1/".length)).sort(),
    );
    // URLs name UploadThing's own file keys, not ours.
    expect(stored.map((file) => file.url).sort()).toEqual(
      held.map((file) => `${ut.fake.url}/f/${file.key}`).sort(),
    );
    await ut.storage.remove(files.map((file) => file.key));
    expect(ut.fake.files.size).toBe(0);
    expect(ut.fake.requests.filter((request) => request.startsWith("PUT /"))).toHaveLength(2);
    expect(ut.fake.requests).toContain("POST /v6/deleteFiles");
  });

  it("a failed upload is rolled back with a deleteFiles call and reported", async () => {
    const files = avatarFiles("avatars/u1/", [512, 256, 128, 64]);
    ut.fake.failUploads(({ count }) => count === 3);
    const error: unknown = await ut.storage.put(files).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UploadThingStorageError);
    expect((error as Error).message).toMatch(/1 of 4 file\(s\) failed to upload/);
    expect(ut.fake.requests).toContain("POST /v6/deleteFiles");
    expect(ut.fake.files.size).toBe(0);
  });

  it("a key cannot be stored again, even after removal (UploadThing never reuses a customId)", async () => {
    const [first, second] = avatarFiles("avatars/u1/", [256, 64]);
    if (first === undefined || second === undefined) throw new Error("two files");
    await ut.storage.put([first]);
    await expect(ut.storage.put([first, second])).rejects.toThrow(/1 of 2 file\(s\) failed/);
    // The failed batch's other file was rolled back; the earlier file is untouched.
    expect(await ut.storage.list("avatars/u1/")).toEqual([first.key]);
    await ut.storage.remove([first.key]);
    await expect(ut.storage.put([first])).rejects.toBeInstanceOf(UploadThingStorageError);
    expect(await ut.storage.list("avatars/u1/")).toEqual([]);
  });

  it("list pages through every file of the app", async () => {
    const storage = createUploadThingAvatarStorage({
      token: ut.fake.token,
      apiUrl: ut.fake.url,
      ingestUrl: ut.fake.url,
      logLevel: "None",
      listPageSize: 7,
    });
    const many = avatarFiles(
      "avatars/u1/",
      Array.from({ length: 30 }, (_, index) => index + 1),
    );
    await storage.put(many);
    await storage.put(avatarFiles("avatars/u2/", [64]));
    expect(await storage.list("avatars/u1/")).toEqual(many.map((file) => file.key).sort());
    expect(ut.fake.requests.filter((request) => request === "POST /v6/listFiles")).toHaveLength(5);
  });

  it("the fake checks the API key and the ingest signature like UploadThing", async () => {
    const token = fakeUploadThingToken({ apiKey: "sk_wrong", appId: ut.fake.appId });
    const wrong = createUploadThingAvatarStorage({
      token,
      apiUrl: ut.fake.url,
      ingestUrl: ut.fake.url,
      logLevel: "None",
    });
    await expect(wrong.put(avatarFiles("avatars/u1/", [64]))).rejects.toThrow(/failed to upload/);
    await expect(wrong.list("")).rejects.toBeInstanceOf(UploadThingStorageError);
    expect(ut.fake.files.size).toBe(0);
  });

  it("can be pointed at the servers by UPLOADTHING_API_URL and UPLOADTHING_INGEST_URL too", async () => {
    vi.stubEnv("UPLOADTHING_API_URL", ut.fake.url);
    vi.stubEnv("UPLOADTHING_INGEST_URL", ut.fake.url);
    try {
      const storage = createUploadThingAvatarStorage({ token: ut.fake.token, logLevel: "None" });
      const files = avatarFiles("avatars/u1/", [64]);
      await storage.put(files);
      expect(await storage.list("avatars/")).toEqual(files.map((file) => file.key));
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("a malformed token is refused when the driver is created", () => {
    for (const token of [
      "",
      "not-base64!",
      Buffer.from('{"apiKey":"x","appId":"a","regions":[]}').toString("base64"),
    ]) {
      expect(() => createUploadThingAvatarStorage({ token })).toThrow(UploadThingStorageError);
    }
  });
});

describe("createAvatarStorage", () => {
  const base = {
    AVATAR_STORAGE_BUCKET: "smart-learning-avatars",
    API_PUBLIC_URL: "http://api.test:4000/",
  };

  it("uses the local folder <dataDir>/<bucket>, served at API_PUBLIC_URL/<key>, without a token", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "avatar-data-"));
    try {
      const storage = createAvatarStorage({ ...base, UPLOADTHING_TOKEN: undefined }, { dataDir });
      expect(storage.driver).toBe("local");
      const [stored] = await storage.put(avatarFiles("avatars/u1/", [64]));
      // Keys start with "avatars/": the API server serves them under /avatars.
      expect(stored?.key.startsWith("avatars/")).toBe(true);
      expect(stored?.url).toBe(`http://api.test:4000/${stored?.key ?? ""}`);
      expect(
        await readdir(path.join(dataDir, "smart-learning-avatars", "avatars", "u1")),
      ).toHaveLength(1);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it("uses UploadThing when UPLOADTHING_TOKEN is set", () => {
    const token = Buffer.from(
      JSON.stringify({ apiKey: "sk_x", appId: "a", regions: ["fra1"] }),
    ).toString("base64");
    const storage = createAvatarStorage(
      { ...base, UPLOADTHING_TOKEN: token },
      { dataDir: "/nonexistent" },
    );
    expect(storage.driver).toBe("uploadthing");
  });
});

// ---------------------------------------------------------------------------------------------
// A third driver (S3-compatible: AWS S3, MinIO, Cloudflare R2, …) plugs in the same way:
//
// 1. `s3-avatar-storage.ts`: `createS3AvatarStorage({ bucket, endpoint, region, credentials,
//    publicBaseUrl })` returning `{ driver: "s3", put, remove, list }` over @aws-sdk/client-s3:
//    - put: assertValidAvatarKeys first; PutObject per file (Key = our key, ContentType,
//      CacheControl "public, max-age=31536000, immutable"); on any failure DeleteObjects the keys
//      that succeeded, then rethrow. URL = `${publicBaseUrl}/${key}` (bucket or CDN domain).
//    - remove: DeleteObjects in batches of 1000 (missing keys are not an error in S3).
//    - list: ListObjectsV2 with Prefix = prefix, following ContinuationToken; return sorted keys.
// 2. `create-avatar-storage.ts`: one more branch (e.g. when AVATAR_S3_ENDPOINT is set), plus the
//    settings in packages/db/src/settings/schema.ts and .env.example.
// 3. Here: `avatarStorageContract("s3 (MinIO)", startS3)` where startS3 creates a fresh bucket
//    (or key prefix) on a local S3-compatible server, fetchStored GETs the URL, and
//    failSecondFileOfNextPut makes the 2nd PutObject fail (e.g. a middleware on the client
//    that throws for the 2nd request). Every contract test above then applies unchanged.
