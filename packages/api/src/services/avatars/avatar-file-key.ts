import { randomBytes } from "node:crypto";

/**
 * A fresh name for one version of a user's avatar: the content hash (so a URL always shows the
 * same image and can be cached forever), when it was made (so a sweep can tell an abandoned
 * upload from one in progress) and a random part, because a storage key must never be reused:
 * UploadThing refuses a custom id it has seen before, even once deleted.
 */
export function newAvatarVersion(hash: string, now = new Date()): string {
  return `${hash}-${now.getTime().toString(36)}${randomBytes(2).toString("hex")}`;
}

/** Where one file of an avatar version is stored: avatars/<user id>/<version>-<size>.<ext>. */
export const avatarKey = (userId: string, version: string, size: number, format: string) =>
  `avatars/${userId}/${version}-${size}.${format === "jpeg" ? "jpg" : format}`;

const keyPattern = /^avatars\/[^/]+\/[0-9a-f]{16}-([0-9a-z]+)[0-9a-f]{4}-\d+\.[a-z]+$/;

/** When the version of a stored file was made; undefined for a key this service did not name. */
export function avatarKeyCreatedAt(key: string): Date | undefined {
  const time = keyPattern.exec(key)?.[1];
  if (time === undefined) return undefined;
  const ms = Number.parseInt(time, 36);
  return Number.isSafeInteger(ms) ? new Date(ms) : undefined;
}
