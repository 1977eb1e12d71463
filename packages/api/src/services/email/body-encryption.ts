import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

import type { Settings } from "@ums/db/settings";

/**
 * The key development and tests use when OUTBOX_ENCRYPTION_KEY is unset. It is in the source code,
 * so it protects nothing: the settings refuse to start in production without a real key.
 */
export const PUBLIC_DEVELOPMENT_OUTBOX_KEY =
  "ums-public-development-outbox-key--not-a-secret--never-use-in-production";

/** The format of what `encryptBody` writes: `v1.<iv>.<tag>.<ciphertext>`, each part base64url. */
const formatVersion = "v1";
const ivBytes = 12;
const tagBytes = 16;

type KeySettings = Pick<Settings, "OUTBOX_ENCRYPTION_KEY">;

/** The AES-256 key: SHA-256 of OUTBOX_ENCRYPTION_KEY (or of the public development key). */
function outboxKey(settings: KeySettings): Buffer {
  return createHash("sha256")
    .update(settings.OUTBOX_ENCRYPTION_KEY ?? PUBLIC_DEVELOPMENT_OUTBOX_KEY, "utf8")
    .digest();
}

/**
 * Encrypts `plaintext` with AES-256-GCM and a random IV. `boundTo` (the outbox row's id) is
 * authenticated with it, so a body copied into another row fails to decrypt.
 */
export function encryptBody(settings: KeySettings, plaintext: string, boundTo: string): string {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv("aes-256-gcm", outboxKey(settings), iv, {
    authTagLength: tagBytes,
  });
  cipher.setAAD(Buffer.from(boundTo, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [formatVersion, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/**
 * The plaintext `encryptBody` encrypted. Throws when the payload is not in a known format, was
 * encrypted under another key or for another row, or has been altered.
 */
export function decryptBody(settings: KeySettings, payload: string, boundTo: string): string {
  const parts = payload.split(".");
  if (parts.length !== 4 || parts[0] !== formatVersion) {
    throw new Error("The e-mail body is not in a known encrypted format");
  }
  const [iv, tag, ciphertext] = parts.slice(1).map((part) => Buffer.from(part, "base64url"));
  if (iv?.length !== ivBytes || tag?.length !== tagBytes || ciphertext === undefined) {
    throw new Error("The e-mail body is not in a known encrypted format");
  }
  const decipher = createDecipheriv("aes-256-gcm", outboxKey(settings), iv, {
    authTagLength: tagBytes,
  });
  decipher.setAAD(Buffer.from(boundTo, "utf8"));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    throw new Error("The e-mail body cannot be decrypted: wrong key, wrong message, or altered");
  }
}
