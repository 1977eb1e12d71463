import { randomBytes } from "node:crypto";
import {
  lstat,
  mkdir,
  readdir,
  readFile,
  rename,
  rmdir,
  unlink,
  writeFile,
} from "node:fs/promises";
import path from "node:path";

import type { AvatarFile, AvatarStorage, StoredAvatarFile } from "./avatar-storage";
import {
  assertValidAvatarKey,
  assertValidAvatarKeys,
  assertValidAvatarPrefix,
  avatarKeyFileName,
  isValidAvatarKey,
} from "./avatar-keys";

export interface LocalAvatarStorageOptions {
  /** the avatar folder, e.g. `<repo>/.data/<AVATAR_STORAGE_BUCKET>`; created on first write */
  directory: string;
  /** where the app serves that folder, e.g. "http://localhost:4000/avatars" */
  publicBaseUrl: string;
}

const contentTypes: Readonly<Record<string, string>> = {
  webp: "image/webp",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  avif: "image/avif",
};

/** The content type for a key's extension, or undefined for any other extension. */
export function localAvatarContentType(key: string): string | undefined {
  const name = avatarKeyFileName(key);
  const dot = name.lastIndexOf(".");
  return dot === -1 ? undefined : contentTypes[name.slice(dot + 1)];
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

/** The file of a valid key inside `root` (checked again after resolving, belt and braces). */
function pathOf(root: string, key: string): string {
  assertValidAvatarKey(key);
  const file = path.join(root, ...key.split("/"));
  if (!file.startsWith(root + path.sep)) throw new Error(`storage key ${key} resolves outside`);
  return file;
}

async function existsAsFile(file: string): Promise<boolean> {
  try {
    return (await lstat(file)).isFile();
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return false;
    throw error;
  }
}

async function unlinkIfPresent(file: string): Promise<void> {
  try {
    await unlink(file);
  } catch (error) {
    const code = errorCode(error);
    // ENOENT/ENOTDIR: nothing there; EISDIR: a folder, which no key names.
    if (code !== "ENOENT" && code !== "ENOTDIR" && code !== "EISDIR") throw error;
  }
}

/** Removes the folders above `file` that are now empty, up to (not including) `root`. */
async function pruneEmptyParents(root: string, file: string): Promise<void> {
  for (let dir = path.dirname(file); dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
    try {
      await rmdir(dir);
    } catch (error) {
      const code = errorCode(error);
      if (code === "ENOTEMPTY" || code === "EEXIST" || code === "ENOENT") return;
      throw error;
    }
  }
}

/**
 * Writes `body` to a new temporary file next to `file` (same folder, so the later rename is
 * atomic). Retries when a concurrent `remove` pruned the folder between mkdir and write.
 */
async function writeTemporary(file: string, body: Uint8Array): Promise<string> {
  const dir = path.dirname(file);
  const temporary = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  for (let attempt = 1; ; attempt++) {
    await mkdir(dir, { recursive: true });
    try {
      await writeFile(temporary, body, { flag: "wx" });
      return temporary;
    } catch (error) {
      if (errorCode(error) !== "ENOENT" || attempt >= 3) throw error;
    }
  }
}

/** Every file under `dir` (hidden names skipped), as keys relative to `root`. */
async function walk(root: string, dir: string, keys: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return;
    throw error;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(root, full, keys);
    else if (entry.isFile()) keys.push(path.relative(root, full).split(path.sep).join("/"));
  }
}

/**
 * Avatar files in a local folder: key "avatars/u/h-512.webp" is `<directory>/avatars/u/h-512.webp`,
 * served by the app at `<publicBaseUrl>/<key>` (see readLocalAvatar).
 */
export function createLocalAvatarStorage(options: LocalAvatarStorageOptions): AvatarStorage {
  const root = path.resolve(options.directory);
  const baseUrl = options.publicBaseUrl.replace(/\/+$/, "");

  async function put(files: readonly AvatarFile[]): Promise<StoredAvatarFile[]> {
    // Every key is checked before anything is written.
    assertValidAvatarKeys(files.map((file) => file.key));
    const targets = files.map((file) => ({ file, path: pathOf(root, file.key) }));
    const temporaries: string[] = [];
    /** final paths written by this call that did not exist before it */
    const created: string[] = [];
    try {
      // 1. Every body into a temporary file beside its final place.
      for (const target of targets) {
        temporaries.push(await writeTemporary(target.path, target.file.body));
      }
      // 2. Each temporary renamed into place (atomic per file).
      for (const [index, target] of targets.entries()) {
        const temporary = temporaries[index];
        if (temporary === undefined) throw new Error("missing temporary file");
        const existed = await existsAsFile(target.path);
        await rename(temporary, target.path);
        if (!existed) created.push(target.path);
      }
    } catch (error) {
      // All or nothing: drop the temporaries and the files this call created. A key that existed
      // before is left in place: keys are content-addressed, so it holds the same bytes.
      await Promise.allSettled([...temporaries, ...created].map((file) => unlinkIfPresent(file)));
      for (const target of targets)
        await pruneEmptyParents(root, target.path).catch(() => undefined);
      throw error;
    }
    return files.map((file) => ({ key: file.key, url: `${baseUrl}/${file.key}` }));
  }

  async function remove(keys: readonly string[]): Promise<void> {
    const paths = keys.map((key) => pathOf(root, key));
    for (const file of paths) {
      await unlinkIfPresent(file);
      await pruneEmptyParents(root, file);
    }
  }

  async function list(prefix: string): Promise<string[]> {
    assertValidAvatarPrefix(prefix);
    // Walk only the deepest folder the prefix names, then filter.
    const folder = prefix.slice(0, prefix.lastIndexOf("/") + 1);
    const start = folder === "" ? root : path.join(root, ...folder.split("/").filter(Boolean));
    const keys: string[] = [];
    await walk(root, start, keys);
    return keys.filter((key) => key.startsWith(prefix)).sort();
  }

  return { driver: "local", put, remove, list, read: (key) => readLocalAvatar(root, key) };
}

/**
 * The stored file for `key` under `directory`, for the route that serves them: its bytes and the
 * content type of its extension (webp, jpg/jpeg, png, gif, avif). Undefined when the key is
 * invalid (could escape the folder), has another extension, or names no file.
 */
export async function readLocalAvatar(
  directory: string,
  key: string,
): Promise<{ body: Buffer; contentType: string } | undefined> {
  if (!isValidAvatarKey(key)) return undefined;
  const contentType = localAvatarContentType(key);
  if (contentType === undefined) return undefined;
  try {
    const body = await readFile(pathOf(path.resolve(directory), key));
    return { body, contentType };
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR") return undefined;
    throw error;
  }
}
