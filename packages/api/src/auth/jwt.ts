import { webcrypto } from "node:crypto";

import type { Settings } from "@ums/db/settings";
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from "jose";

import { AppError } from "../errors";

export type JwtSettings = Pick<
  Settings,
  "AUTH_JWT_SECRET" | "AUTH_JWT_ISSUER" | "AUTH_JWT_AUDIENCE" | "AUTH_JWKS_URL"
>;

const jwksByUrl = new Map<string, JWTVerifyGetKey>();

/** What a verified platform JWT says: whose it is and, when it has `iat`, when it was issued. */
export interface VerifiedJwt {
  /** `sub`: a users.id (not checked here) */
  subject: string;
  /** `iat` (whole seconds), or null when the token has none */
  issuedAt: Date | null;
}

/** A token that passed verification, until its `exp`. */
interface VerifiedEntry extends VerifiedJwt {
  expiresAtMs: number;
}

/**
 * Tokens already verified, per settings object (each has its own secret, issuer and audience).
 * A client sends the same token with every request until it expires, and verifying it again
 * (importing the key, an HMAC or a signature check through WebCrypto) was about a tenth of the
 * CPU time of a small GET. Bounded: past `verifiedCacheSize` tokens the oldest are forgotten.
 */
const verifiedBySettings = new WeakMap<JwtSettings, Map<string, VerifiedEntry>>();
const verifiedCacheSize = 10_000;

/**
 * Verifies a JWT issued by the platform's auth service and returns its subject (a users.id) and
 * issue time. HS256 with AUTH_JWT_SECRET, or the keys at AUTH_JWKS_URL; `exp` and `sub` are
 * required; `iss` and `aud` are checked when configured. Role and organization are never taken
 * from the token: the caller loads them from the database. A token verified before is taken from
 * the cache until its `exp`: under the same settings the verdict on the same string only changes
 * with time, except that a key withdrawn from AUTH_JWKS_URL stops new tokens, not those this
 * process already verified (each still ends at its `exp`; the user's status is read on every
 * request regardless).
 */
export async function verifyPlatformJwt(
  token: string,
  settings: JwtSettings,
): Promise<VerifiedJwt> {
  let verified = verifiedBySettings.get(settings);
  if (verified === undefined) {
    verified = new Map();
    verifiedBySettings.set(settings, verified);
  }
  const known = verified.get(token);
  if (known !== undefined && Date.now() < known.expiresAtMs) {
    return { subject: known.subject, issuedAt: known.issuedAt };
  }
  verified.delete(token);
  const entry = await verifyToken(token, settings);
  if (verified.size >= verifiedCacheSize) {
    const oldest = verified.keys().next();
    if (oldest.done !== true) verified.delete(oldest.value);
  }
  verified.set(token, entry);
  return { subject: entry.subject, issuedAt: entry.issuedAt };
}

async function verifyToken(token: string, settings: JwtSettings): Promise<VerifiedEntry> {
  const options = {
    requiredClaims: ["exp", "sub"],
    ...(settings.AUTH_JWT_ISSUER ? { issuer: settings.AUTH_JWT_ISSUER } : {}),
    ...(settings.AUTH_JWT_AUDIENCE ? { audience: settings.AUTH_JWT_AUDIENCE } : {}),
  };
  try {
    const { payload } = settings.AUTH_JWKS_URL
      ? await jwtVerify(token, jwks(settings.AUTH_JWKS_URL), options)
      : await jwtVerify(token, await secretKey(settings), { ...options, algorithms: ["HS256"] });
    if (typeof payload.sub !== "string" || payload.sub === "")
      throw unauthenticated("the token has no subject");
    // jose has checked that `iat`, when present, and `exp` (required) are numbers.
    const issuedAt = typeof payload.iat === "number" ? new Date(payload.iat * 1000) : null;
    return { subject: payload.sub, issuedAt, expiresAtMs: (payload.exp ?? 0) * 1000 };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unauthenticated(reason(error));
  }
}

const hmacKeys = new Map<string, Promise<webcrypto.CryptoKey>>();

/** AUTH_JWT_SECRET as an HMAC key, imported once (jose would import raw bytes on every call). */
function secretKey(settings: JwtSettings): Promise<webcrypto.CryptoKey> {
  const secret = settings.AUTH_JWT_SECRET;
  if (!secret) {
    throw unauthenticated("this server accepts no JWTs (AUTH_JWT_SECRET is not set)");
  }
  let key = hmacKeys.get(secret);
  if (key === undefined) {
    key = webcrypto.subtle.importKey(
      "raw",
      new TextEncoder().encode(secret),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["verify"],
    );
    hmacKeys.set(secret, key);
  }
  return key;
}

function jwks(url: string): JWTVerifyGetKey {
  let keys = jwksByUrl.get(url);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(url));
    jwksByUrl.set(url, keys);
  }
  return keys;
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "the token has expired";
  if (error instanceof errors.JWTClaimValidationFailed)
    return `the token's "${error.claim}" claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return "the token's signature is not valid";
  if (error instanceof errors.JOSEAlgNotAllowed) return "the token's algorithm is not accepted";
  return "the token is malformed";
}

const unauthenticated = (why: string) =>
  new AppError("UNAUTHENTICATED", `Invalid bearer token: ${why}`);
