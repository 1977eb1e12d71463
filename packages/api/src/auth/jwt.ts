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

/**
 * Verifies a JWT issued by the platform's auth service and returns its subject (a users.id) and
 * issue time. HS256 with AUTH_JWT_SECRET, or the keys at AUTH_JWKS_URL; `exp` and `sub` are
 * required; `iss` and `aud` are checked when configured. Role and organization are never taken
 * from the token: the caller loads them from the database.
 */
export async function verifyPlatformJwt(
  token: string,
  settings: JwtSettings,
): Promise<VerifiedJwt> {
  const options = {
    requiredClaims: ["exp", "sub"],
    ...(settings.AUTH_JWT_ISSUER ? { issuer: settings.AUTH_JWT_ISSUER } : {}),
    ...(settings.AUTH_JWT_AUDIENCE ? { audience: settings.AUTH_JWT_AUDIENCE } : {}),
  };
  try {
    const { payload } = settings.AUTH_JWKS_URL
      ? await jwtVerify(token, jwks(settings.AUTH_JWKS_URL), options)
      : await jwtVerify(token, secretKey(settings), { ...options, algorithms: ["HS256"] });
    if (typeof payload.sub !== "string" || payload.sub === "")
      throw unauthenticated("the token has no subject");
    // jose has checked that `iat`, when present, is a number.
    const issuedAt = typeof payload.iat === "number" ? new Date(payload.iat * 1000) : null;
    return { subject: payload.sub, issuedAt };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unauthenticated(reason(error));
  }
}

function secretKey(settings: JwtSettings): Uint8Array {
  if (!settings.AUTH_JWT_SECRET) {
    throw unauthenticated("this server accepts no JWTs (AUTH_JWT_SECRET is not set)");
  }
  return new TextEncoder().encode(settings.AUTH_JWT_SECRET);
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
