import { UTApi, UTFile } from "uploadthing/server";
import { z } from "zod";

import type { AvatarFile, AvatarStorage, StoredAvatarFile } from "./avatar-storage";
import { assertValidAvatarKeys, assertValidAvatarPrefix, avatarKeyFileName } from "./avatar-keys";

type UTApiOptions = NonNullable<ConstructorParameters<typeof UTApi>[0]>;

export interface UploadThingAvatarStorageOptions {
  /** UPLOADTHING_TOKEN: base64 of JSON `{ apiKey: "sk_…", appId, regions: [...] }` */
  token: string;
  /**
   * Other servers than UploadThing's (tests point both at the local fake). Unset, the SDK also
   * reads UPLOADTHING_API_URL and UPLOADTHING_INGEST_URL from the environment, and defaults to
   * https://api.uploadthing.com and https://<first region of the token>.ingest.uploadthing.com.
   */
  apiUrl?: string;
  ingestUrl?: string;
  fetch?: UTApiOptions["fetch"];
  /** the SDK's own logging; default "Info" (upload failures are logged at "Error") */
  logLevel?: UTApiOptions["logLevel"];
  /** files uploaded at once, 1-25; default 4 */
  concurrency?: number;
  /** files per listFiles request; default 500 */
  listPageSize?: number;
}

/** A failed UploadThing call; `cause` carries the SDK's error(s). */
export class UploadThingStorageError extends Error {
  override name = "UploadThingStorageError";
}

const tokenSchema = z.object({
  apiKey: z.string().startsWith("sk_"),
  appId: z.string().min(1),
  regions: z.array(z.string()).min(1),
});

/** Checks the token's shape at start-up (the SDK itself would only fail on the first upload). */
export function parseUploadThingToken(token: string): z.output<typeof tokenSchema> {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(token.trim(), "base64").toString("utf8"));
  } catch {
    json = undefined;
  }
  const parsed = tokenSchema.safeParse(json);
  if (!parsed.success) {
    throw new UploadThingStorageError(
      'UPLOADTHING_TOKEN is not a valid UploadThing token (base64 of JSON { apiKey: "sk_…", appId, regions: [...] }); copy it from the UploadThing dashboard (API Keys)',
    );
  }
  return parsed.data;
}

/** customIds per deleteFiles request */
const deleteBatchSize = 100;

/**
 * Avatar files on UploadThing, through the server SDK (UTApi). Our key is the file's `customId`
 * (unique per UploadThing app), so files are removed and listed by our keys; URLs are the
 * `ufsUrl`s UploadThing returns (`https://<appId>.ufs.sh/f/<its file key>`).
 */
export function createUploadThingAvatarStorage(
  options: UploadThingAvatarStorageOptions,
): AvatarStorage {
  parseUploadThingToken(options.token);
  const concurrency = options.concurrency ?? 4;
  // listFiles has no filter: list pages through all of the app's files.
  const listPageSize = options.listPageSize ?? 500;
  const utapi = new UTApi({
    token: options.token.trim(),
    defaultKeyType: "customId",
    ...(options.apiUrl === undefined ? {} : { apiUrl: options.apiUrl }),
    ...(options.ingestUrl === undefined ? {} : { ingestUrl: options.ingestUrl }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    ...(options.logLevel === undefined ? {} : { logLevel: options.logLevel }),
  });

  async function remove(keys: readonly string[]): Promise<void> {
    assertValidAvatarKeys([...new Set(keys)]);
    for (let start = 0; start < keys.length; start += deleteBatchSize) {
      const batch = keys.slice(start, start + deleteBatchSize);
      try {
        await utapi.deleteFiles(batch, { keyType: "customId" });
      } catch (error) {
        throw new UploadThingStorageError(`UploadThing: deleting ${batch.length} file(s) failed`, {
          cause: error,
        });
      }
    }
  }

  /** Deletes what a failed put uploaded, then throws `failure` (with the rollback error if any). */
  async function rollback(keys: string[], failure: UploadThingStorageError): Promise<never> {
    if (keys.length > 0) {
      try {
        await remove(keys);
      } catch (rollbackError) {
        throw new UploadThingStorageError(
          `${failure.message}; removing the ${keys.length} file(s) already uploaded failed too (orphans: ${keys.join(", ")})`,
          { cause: new AggregateError([failure.cause, rollbackError]) },
        );
      }
    }
    throw failure;
  }

  async function put(files: readonly AvatarFile[]): Promise<StoredAvatarFile[]> {
    assertValidAvatarKeys(files.map((file) => file.key));
    if (files.length === 0) return [];
    const utFiles = files.map((file) => {
      // `type` is BlobPropertyBag's, which uploadthing's typings do not resolve without the DOM lib.
      const properties = { type: file.contentType, customId: file.key };
      // A copy of the body: UTFile (a Blob) takes ArrayBuffer-backed views only.
      return new UTFile([new Uint8Array(file.body)], avatarKeyFileName(file.key), properties);
    });
    // (the array overload of uploadFiles)
    let results: Awaited<ReturnType<UTApi["uploadFiles"]>>;
    try {
      results = await utapi.uploadFiles(utFiles, { concurrency, contentDisposition: "inline" });
    } catch (error) {
      // Not a per-file failure (those come back as results): which files landed is unknown.
      return rollback(
        files.map((file) => file.key),
        new UploadThingStorageError("UploadThing: uploading the avatar files failed", {
          cause: error,
        }),
      );
    }
    const stored: StoredAvatarFile[] = [];
    const errors: unknown[] = [];
    for (const [index, file] of files.entries()) {
      const result = results[index];
      if (result?.data) stored.push({ key: file.key, url: result.data.ufsUrl });
      else errors.push(result?.error ?? new Error(`no upload result for ${file.key}`));
    }
    if (errors.length > 0) {
      const first = errors[0];
      const detail =
        typeof first === "object" && first !== null && "message" in first
          ? String(first.message)
          : "unknown error";
      return rollback(
        stored.map((file) => file.key),
        new UploadThingStorageError(
          `UploadThing: ${errors.length} of ${files.length} file(s) failed to upload (${detail})`,
          { cause: errors.length === 1 ? first : new AggregateError(errors) },
        ),
      );
    }
    return stored;
  }

  async function list(prefix: string): Promise<string[]> {
    assertValidAvatarPrefix(prefix);
    const keys = new Set<string>();
    for (let offset = 0; ; offset += listPageSize) {
      let page: Awaited<ReturnType<UTApi["listFiles"]>>;
      try {
        page = await utapi.listFiles({ limit: listPageSize, offset });
      } catch (error) {
        throw new UploadThingStorageError("UploadThing: listing files failed", { cause: error });
      }
      for (const file of page.files) {
        if (file.customId?.startsWith(prefix) && file.status !== "Deletion Pending") {
          keys.add(file.customId);
        }
      }
      if (!page.hasMore || page.files.length === 0) break;
    }
    return [...keys].sort();
  }

  return { driver: "uploadthing", put, remove, list };
}
