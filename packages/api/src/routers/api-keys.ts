import type { TRPCRouterRecord } from "@trpc/server";

import { apiKeyIdInput, createApiKeyInput, listApiKeysInput } from "../schemas/api-keys";
import { createApiKey, listApiKeys, revokeApiKey } from "../services/api-keys/api-keys";
import { orgAdminProcedure } from "../trpc";

/** API keys for the platform's services, managed by admins (never by another key). */
export const apiKeysRouter = {
  list: orgAdminProcedure
    .input(listApiKeysInput)
    .query(({ ctx, input }) => listApiKeys(ctx, input)),
  create: orgAdminProcedure
    .input(createApiKeyInput)
    .mutation(({ ctx, input }) => createApiKey(ctx, input)),
  revoke: orgAdminProcedure
    .input(apiKeyIdInput)
    .mutation(({ ctx, input }) => revokeApiKey(ctx, input.api_key_id)),
} satisfies TRPCRouterRecord;
