import type { Db } from "@ums/db";

import { AppError } from "../errors";
import type { Actor } from "./actor";
import { looksLikeApiKey } from "./api-key-secret";
import { authenticateApiKey } from "./authenticate-api-key";
import { verifyPlatformJwt, type JwtSettings } from "./jwt";
import { loadUserActor } from "./load-user-actor";

/**
 * The actor behind an `Authorization` header, for the REST server and tRPC over HTTP:
 * no header → nobody (null); `Bearer ums_…` → an API key; any other bearer token → a platform JWT
 * whose subject must be an ACTIVE user whose sessions were not ended (deactivation, suspension)
 * after the token was issued (`iat`; a token without `iat` is refused once they were). A header that is present but not valid is UNAUTHENTICATED,
 * never silently anonymous.
 */
export async function authenticateBearer(
  db: Db,
  authorization: string | null | undefined,
  settings: JwtSettings,
): Promise<Actor> {
  if (authorization === null || authorization === undefined || authorization.trim() === "")
    return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  const token = match?.[1];
  if (token === undefined) {
    throw new AppError("UNAUTHENTICATED", "The Authorization header must be `Bearer <token>`");
  }
  if (looksLikeApiKey(token)) return authenticateApiKey(db, token);
  const { subject, issuedAt } = await verifyPlatformJwt(token, settings);
  const actor = /^[0-9a-f-]{36}$/i.test(subject)
    ? await loadUserActor(db, subject, issuedAt)
    : null;
  if (!actor)
    throw new AppError(
      "UNAUTHENTICATED",
      "Invalid bearer token: no active user has this subject, or the user's sessions were ended after it was issued",
    );
  return actor;
}
