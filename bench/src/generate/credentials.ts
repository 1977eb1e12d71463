import { createHash, randomBytes } from "node:crypto";

import { SignJWT } from "jose";
import type pg from "pg";

import type { Dataset } from "./load-dataset";

export interface Credentials {
  /** an ORG_ADMIN of the large organization, for the admin endpoints */
  adminToken: string;
  /** ACTIVE learners of the large organization, one token each, for the profile endpoints */
  learners: { id: string; token: string }[];
  /** a `stats:write` key of the large organization, for POST /learning-events */
  apiKey: string;
}

interface JwtSettings {
  secret: string;
  issuer: string | undefined;
  audience: string | undefined;
}

export function jwtSettings(env: NodeJS.ProcessEnv): JwtSettings {
  const secret = env.AUTH_JWT_SECRET;
  if (secret === undefined || secret === "") {
    throw new Error("AUTH_JWT_SECRET is not set: run the bench through `pnpm bench`.");
  }
  return { secret, issuer: env.AUTH_JWT_ISSUER, audience: env.AUTH_JWT_AUDIENCE };
}

/** A bearer JWT as the platform's auth service signs them (see apps/api/scripts/dev-token.ts). */
async function signToken(userId: string, jwt: JwtSettings): Promise<string> {
  let token = new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(userId)
    .setIssuedAt()
    .setExpirationTime("6h");
  if (jwt.issuer) token = token.setIssuer(jwt.issuer);
  if (jwt.audience) token = token.setAudience(jwt.audience);
  return token.sign(new TextEncoder().encode(jwt.secret));
}

/**
 * Tokens for the run, and a fresh API key (the previous run's is removed). The key is stored as
 * the API stores them (packages/api/src/auth/api-key-secret.ts): SHA-256 hash and a 12-character
 * prefix.
 */
export async function createCredentials(
  client: pg.Client,
  dataset: Dataset,
  jwt: JwtSettings,
  learnerCount = 100,
): Promise<Credentials> {
  const large = dataset.organizations[0];
  if (large === undefined) throw new Error("The dataset has no organization");
  const admin = await client.query<{ id: string }>(
    `SELECT id FROM users WHERE organization_id = $1 AND role = 'ORG_ADMIN' AND status = 'ACTIVE'
     ORDER BY id LIMIT 1`,
    [large.id],
  );
  const learners = await client.query<{ id: string }>(
    `SELECT id FROM users WHERE organization_id = $1 AND role = 'LEARNER' AND status = 'ACTIVE'
     ORDER BY id LIMIT $2`,
    [large.id, learnerCount],
  );
  const adminId = admin.rows[0]?.id;
  if (adminId === undefined) throw new Error("No active admin in the large organization");

  const key = `ums_${randomBytes(30).toString("base64url")}`;
  await client.query("DELETE FROM api_keys WHERE organization_id = $1 AND name = 'bench'", [
    large.id,
  ]);
  await client.query(
    `INSERT INTO api_keys (id, name, prefix, key_hash, scopes, organization_id, created_at, updated_at)
     VALUES (gen_random_uuid(), 'bench', $1, $2, '{stats:write}', $3,
             now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')`,
    [key.slice(0, 12), createHash("sha256").update(key).digest("hex"), large.id],
  );
  return {
    adminToken: await signToken(adminId, jwt),
    learners: await Promise.all(
      learners.rows.map(async ({ id }) => ({ id, token: await signToken(id, jwt) })),
    ),
    apiKey: key,
  };
}
