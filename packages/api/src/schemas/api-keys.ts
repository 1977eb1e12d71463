import { z } from "zod";

import { queryBoolean, str, uuid } from "./fields";
import { apiKeyScopes } from "./api-key-scopes";
import { apiKeyRecord } from "./records";

export { apiKeyScopes, type ApiKeyScope } from "./api-key-scopes";

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

// RESPONSES -------------------------------------------------------------------------------------

/** `POST /api-keys`: the new key, with the key itself (shown this once). */
export const createdApiKey = apiKeyRecord
  .extend({
    key: z.string().meta({
      description:
        "the key itself, sent as `Authorization: Bearer <key>`; shown only in this response (only its hash is stored)",
      example: "ums_3fa4c2e3Vb0kQm7yT2pLx9wN4sR8dJ6hF1cA5eZ0",
    }),
  })
  .meta({ id: "CreatedApiKey" });
