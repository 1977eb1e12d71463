import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A new invitation token: 256 random bits, URL-safe. Only its hash is ever stored. */
export function newInvitationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The link an invitee opens; the raw token lives in it and nowhere else. */
export function invitationUrl(appUrl: string, token: string): string {
  return new URL(`/invite/${token}`, appUrl).toString();
}

/**
 * Whether a stored hash is the hash of `token`, compared in constant time. The row is found by the
 * hash through a unique index (which reveals nothing about the raw token); this re-check keeps the
 * final comparison free of timing differences as well.
 */
export function tokenMatches(token: string, storedHash: string): boolean {
  const expected = Buffer.from(hashInvitationToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return expected.length === stored.length && timingSafeEqual(expected, stored);
}
