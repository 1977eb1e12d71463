/**
 * Where avatar files live. One interface for every driver (local folder, UploadThing, and later
 * S3-compatible ones): the avatar service writes the processed files through it, records the keys
 * and URLs it returns, and removes old files by key. Keys are chosen by the service and are
 * content-addressed (`avatars/<user id>/<hash>-<size>.<ext>`), so a URL never changes meaning
 * and can be cached forever.
 */
export interface AvatarFile {
  /** the service's name for the file, e.g. "avatars/<user id>/<hash>-512.webp" */
  key: string;
  body: Uint8Array;
  /** e.g. "image/webp" */
  contentType: string;
}

export interface StoredAvatarFile {
  key: string;
  /** where browsers fetch it */
  url: string;
}

export interface AvatarStorage {
  /** for logs and the stored record, e.g. "local" or "uploadthing" */
  readonly driver: string;
  /** Stores every file (all or nothing: on failure, what was written is removed again). */
  put(files: readonly AvatarFile[]): Promise<StoredAvatarFile[]>;
  /** Removes files by key; keys that do not exist are ignored. */
  remove(keys: readonly string[]): Promise<void>;
  /** The keys stored under a prefix (orphan sweeps, tests). */
  list(prefix: string): Promise<string[]>;
  /**
   * Drivers whose files this service serves itself (the local folder): a stored file's bytes
   * and content type, or undefined. Drivers with their own public URLs (UploadThing) have none.
   */
  read?(key: string): Promise<{ body: Uint8Array; contentType: string } | undefined>;
}
