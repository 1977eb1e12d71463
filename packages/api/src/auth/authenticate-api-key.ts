import type { Db } from "@ums/db";

import { AppError } from "../errors";
import type { ApiKeyScope } from "../schemas/api-keys";
import type { ApiKeyActor } from "./actor";
import { hashApiKey } from "./api-key-secret";

/** last_used_at is written at most this often per key: a write per request would cost more than it tells. */
const lastUsedResolutionMs = 60_000;

/** The service an API key stands for; UNAUTHENTICATED when it is unknown, revoked or expired. */
export async function authenticateApiKey(
  db: Db,
  key: string,
  now = new Date(),
): Promise<ApiKeyActor> {
  const apiKey = await db.apiKey.findUnique({
    where: { key_hash: hashApiKey(key) },
    select: {
      id: true,
      organization_id: true,
      scopes: true,
      revoked_at: true,
      expires_at: true,
      last_used_at: true,
    },
  });
  if (apiKey?.revoked_at !== null) {
    throw new AppError("UNAUTHENTICATED", "Invalid API key: unknown or revoked");
  }
  if (apiKey.expires_at !== null && apiKey.expires_at <= now) {
    throw new AppError("UNAUTHENTICATED", "Invalid API key: expired");
  }
  if (
    apiKey.last_used_at === null ||
    now.getTime() - apiKey.last_used_at.getTime() > lastUsedResolutionMs
  ) {
    await db.apiKey.update({
      where: { id: apiKey.id },
      data: { last_used_at: now },
      select: { id: true },
    });
  }
  return {
    kind: "apiKey",
    apiKeyId: apiKey.id,
    organizationId: apiKey.organization_id,
    scopes: apiKey.scopes as ApiKeyScope[],
  };
}
