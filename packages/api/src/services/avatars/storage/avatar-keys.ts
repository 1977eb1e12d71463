/**
 * The shape every storage key must have, whatever the driver: lowercase letters, digits and
 * `_ . -`, in `/`-separated segments. No leading `/`, no empty segment, no `..` anywhere and no
 * segment starting with `.` (drivers keep their temporary files under such names). A key that
 * passes can be joined to a folder or a URL as it is, and can never leave its folder.
 */
const keyPattern = /^[a-z0-9_-][a-z0-9_.-]*(?:\/[a-z0-9_-][a-z0-9_.-]*)*$/;
/** A prefix is a key cut anywhere: it may end in `/` or in the middle of a segment, or be empty. */
const prefixPattern = /^(?:[a-z0-9_-][a-z0-9_.-]*\/)*(?:[a-z0-9_-][a-z0-9_.-]*)?$/;

export const maxAvatarKeyLength = 512;

/** A key or prefix that a storage driver refuses (it could escape the storage folder, or is malformed). */
export class AvatarKeyError extends Error {
  override name = "AvatarKeyError";
}

export function isValidAvatarKey(key: string): boolean {
  return key.length <= maxAvatarKeyLength && !key.includes("..") && keyPattern.test(key);
}

export function assertValidAvatarKey(key: string): void {
  if (!isValidAvatarKey(key)) {
    throw new AvatarKeyError(
      `refused storage key ${JSON.stringify(key.slice(0, 100))}: keys are "/"-separated segments of a-z, 0-9, "_", "." and "-" (no leading "/", no "..", no segment starting with ".")`,
    );
  }
}

/** Checks every key, and that no key appears twice in one batch. */
export function assertValidAvatarKeys(keys: readonly string[]): void {
  const seen = new Set<string>();
  for (const key of keys) {
    assertValidAvatarKey(key);
    if (seen.has(key)) throw new AvatarKeyError(`storage key ${key} appears twice in one batch`);
    seen.add(key);
  }
}

export function assertValidAvatarPrefix(prefix: string): void {
  if (prefix.length > maxAvatarKeyLength || prefix.includes("..") || !prefixPattern.test(prefix)) {
    throw new AvatarKeyError(
      `refused storage prefix ${JSON.stringify(prefix.slice(0, 100))}: same characters as keys, no leading "/", no ".."`,
    );
  }
}

/** The last segment of a key, e.g. "<hash>-512.webp". */
export function avatarKeyFileName(key: string): string {
  return key.slice(key.lastIndexOf("/") + 1);
}
