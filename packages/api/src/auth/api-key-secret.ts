import { createHash, randomBytes } from "node:crypto";

/** Every key starts with this, so a leaked key is recognisable (e.g. by secret scanners). */
export const apiKeyMarker = "ums_";

/**
 * A new API key: the marker, 40 random base64url characters (240 bits). Only its SHA-256 and its
 * first 12 characters (the prefix shown in lists) are stored; the key itself is shown once.
 */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = `${apiKeyMarker}${randomBytes(30).toString("base64url")}`;
  return { key, prefix: key.slice(0, 12), hash: hashApiKey(key) };
}

/**
 * SHA-256 is enough here (unlike for passwords): the key is long and random, so there is nothing
 * to brute-force, and a fast hash keeps the per-request lookup cheap. The lookup is by this hash
 * through a unique index, so no comparison leaks timing about the key.
 */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith(apiKeyMarker);
}
