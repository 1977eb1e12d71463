import { randomBytes } from "node:crypto";

/**
 * A fresh name for one version of a user's avatar: the content hash (so a URL always shows the
 * same image and can be cached forever) and a random part, because a storage key must never be
 * reused: UploadThing refuses a custom id it has seen before, even once deleted, and re-uploading
 * the same image must not collide with the files it replaces.
 */
export function newAvatarVersion(hash: string): string {
  return `${hash}-${randomBytes(4).toString("hex")}`;
}

/** Where one file of an avatar version is stored: avatars/<user id>/<hash>-<nonce>-<size>.<ext>. */
export const avatarKey = (userId: string, version: string, size: number, format: string) =>
  `avatars/${userId}/${version}-${size}.${format === "jpeg" ? "jpg" : format}`;
