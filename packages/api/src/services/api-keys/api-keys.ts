import type { UserActor } from "../../auth/actor";
import { generateApiKey } from "../../auth/api-key-secret";
import { forbidden, notFound } from "../../errors";
import type { ApiKeyScope, CreateApiKeyInput } from "../../schemas/api-keys";
import { logActivity } from "../activity/log-activity";
import { apiKeySelect } from "../selects";
import type { ServiceContext } from "../service-context";

type AdminContext = ServiceContext<UserActor>;

/** The column is text[], but it only ever holds scopes createApiKeyInput let through. */
const withScopes = <T extends { scopes: string[] }>(row: T) => ({
  ...row,
  scopes: row.scopes as ApiKeyScope[],
});

/**
 * Admins create API keys for their organization's services; super admins for any organization, or
 * platform-wide ones (organization_id null). The key is returned once and stored only as a hash.
 */
export async function createApiKey(ctx: AdminContext, input: CreateApiKeyInput) {
  const organizationId = await keyOrganization(ctx, input.organization_id);
  const { key, prefix, hash } = generateApiKey();
  const apiKey = await ctx.db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: {
        name: input.name,
        scopes: input.scopes,
        organization_id: organizationId,
        created_by: ctx.actor.userId,
        prefix,
        key_hash: hash,
        expires_at: input.expires_at ? new Date(input.expires_at) : null,
      },
      select: apiKeySelect,
    });
    await logActivity(tx, ctx, {
      userId: ctx.actor.userId,
      type: "API_KEY_CREATED",
      data: { api_key_id: created.id, name: created.name, scopes: created.scopes },
    });
    return created;
  });
  return { ...withScopes(apiKey), key };
}

/** Keys of the admin's organization (super admins: of any, or all). Never the key or its hash. */
export async function listApiKeys(
  ctx: AdminContext,
  input: { organization_id?: string | undefined; include_revoked: boolean },
) {
  const superAdmin = ctx.actor.role === "SUPER_ADMIN";
  if (
    !superAdmin &&
    input.organization_id !== undefined &&
    input.organization_id !== ctx.actor.organizationId
  ) {
    throw notFound("Organization");
  }
  const organizationId = superAdmin ? input.organization_id : ctx.actor.organizationId;
  const keys = await ctx.db.apiKey.findMany({
    where: {
      ...(organizationId === undefined ? {} : { organization_id: organizationId }),
      ...(input.include_revoked ? {} : { revoked_at: null }),
    },
    orderBy: { created_at: "desc" },
    select: apiKeySelect,
  });
  return keys.map(withScopes);
}

/** Revokes a key at once; revoking a revoked key changes nothing. */
export async function revokeApiKey(ctx: AdminContext, apiKeyId: string) {
  const result = await ctx.db.$transaction(async (tx) => {
    const apiKey = await tx.apiKey.findUnique({ where: { id: apiKeyId }, select: apiKeySelect });
    const visible =
      apiKey &&
      (ctx.actor.role === "SUPER_ADMIN" || apiKey.organization_id === ctx.actor.organizationId);
    if (!apiKey || !visible) throw notFound("API key");
    if (apiKey.revoked_at !== null) return apiKey;
    const revoked = await tx.apiKey.update({
      where: { id: apiKeyId },
      data: { revoked_at: new Date() },
      select: apiKeySelect,
    });
    await logActivity(tx, ctx, {
      userId: ctx.actor.userId,
      type: "API_KEY_REVOKED",
      data: { api_key_id: apiKey.id, name: apiKey.name },
    });
    return revoked;
  });
  return withScopes(result);
}

async function keyOrganization(
  ctx: AdminContext,
  requested: string | null | undefined,
): Promise<string | null> {
  if (ctx.actor.role !== "SUPER_ADMIN") {
    if (requested === null)
      throw forbidden("Only platform administrators may create platform-wide keys");
    if (requested !== undefined && requested !== ctx.actor.organizationId)
      throw notFound("Organization");
    return ctx.actor.organizationId;
  }
  if (requested === undefined) return ctx.actor.organizationId;
  if (requested === null) return null;
  const organization = await ctx.db.organization.findUnique({
    where: { id: requested },
    select: { id: true },
  });
  if (!organization) throw notFound("Organization");
  return organization.id;
}
