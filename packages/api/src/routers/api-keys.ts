import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { createdApiKey } from "../schemas/api-keys";
import { apiKeyIdInput, createApiKeyInput, listApiKeysInput } from "../schemas/api-keys";
import { apiKeyRecord } from "../schemas/records";
import { createApiKey, listApiKeys, revokeApiKey } from "../services/api-keys/api-keys";
import { orgAdminProcedure } from "../trpc";

const tags: ["API keys"] = ["API keys"];

/** API keys for the platform's services, managed by admins (never by another key). */
export const apiKeysRouter = {
  list: orgAdminProcedure
    .meta({
      rest: {
        method: "GET",
        path: "/api-keys",
        tags,
        summary: "List API keys",
        description:
          "Org admins see their organization's keys (another `organization_id` is 404); super admins every key, or one organization's. Newest first; revoked keys only with `include_revoked=true`. Never the key itself, only its prefix.",
      },
    })
    .input(listApiKeysInput)
    .output(z.array(apiKeyRecord))
    .query(({ ctx, input }) => listApiKeys(ctx, input)),
  create: orgAdminProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/api-keys",
        tags,
        summary: "Create an API key",
        description:
          "The key is shown only in this response: only its hash is stored, so keep it now. Org admins create keys for their organization; super admins for any organization, or platform-wide ones with `organization_id: null`. Signed-in administrators only, never another key.",
        successStatus: 201,
      },
    })
    .input(createApiKeyInput)
    .output(createdApiKey)
    .mutation(({ ctx, input }) => createApiKey(ctx, input)),
  revoke: orgAdminProcedure
    .meta({
      rest: {
        method: "DELETE",
        path: "/api-keys/{api_key_id}",
        tags,
        summary: "Revoke an API key",
        description:
          "The key stops working at once. Org admins revoke their organization's keys (another's is 404), super admins any. Revoking a revoked key changes nothing.",
      },
    })
    .input(apiKeyIdInput)
    .output(apiKeyRecord)
    .mutation(({ ctx, input }) => revokeApiKey(ctx, input.api_key_id)),
} satisfies TRPCRouterRecord;
