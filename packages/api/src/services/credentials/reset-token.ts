import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A new password-reset token: 32 random bytes, base64url. Only its SHA-256 is ever stored. */
export function newResetToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashResetToken(token) };
}

/** SHA-256, hex: the token is long and random, so a fast hash is enough (unlike for passwords). */
export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The link the e-mail carries; the raw token lives in it and nowhere else. */
export function passwordResetUrl(appUrl: string, token: string): string {
  return new URL(`/reset-password/${token}`, appUrl).toString();
}

/**
 * Whether a stored hash is the hash of `token`, compared in constant time (the row is found by the
 * hash through a unique index, which reveals nothing about the token; this keeps the final
 * comparison free of timing differences as well).
 */
export function resetTokenMatches(token: string, storedHash: string): boolean {
  const expected = Buffer.from(hashResetToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return expected.length === stored.length && timingSafeEqual(expected, stored);
}
