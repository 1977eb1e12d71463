import { z } from "zod";

import { queryBoolean, str, uuid } from "./fields";

/**
 * What an API key may do. A key acts for its organization, or for every organization when it is
 * platform-wide (created by a super admin without an organization).
 */
export const apiKeyScopes = [
  "users:read",
  "users:write",
  "organizations:read",
  "stats:read",
  "stats:write",
  "invitations:read",
  "invitations:write",
  "activities:read",
] as const;

export type ApiKeyScope = (typeof apiKeyScopes)[number];

export const createApiKeyInput = z.strictObject({
  name: str().trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
  scopes: z
    .array(z.enum(apiKeyScopes))
    .min(1, "must grant at least one scope")
    .refine((scopes) => new Set(scopes).size === scopes.length, {
      error: "must not repeat a scope",
    }),
  /** super admins only: another organization, or null for a platform-wide key */
  organization_id: uuid.nullable().optional(),
  expires_at: z.iso.datetime({ offset: true }).optional(),
});

export const apiKeyIdInput = z.strictObject({ api_key_id: uuid });

export const listApiKeysInput = z.strictObject({
  organization_id: uuid.optional(),
  include_revoked: queryBoolean,
});

export type CreateApiKeyInput = z.infer<typeof createApiKeyInput>;
