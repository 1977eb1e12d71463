import type { ApiKeyScope } from "@ums/api/schemas/api-keys";
import { apiKeyScopes } from "@ums/api/schemas/api-keys";
import type { CheckboxOption } from "@ums/ui";

/** Each scope in words: its name and what it lets a service do (the REST endpoints it opens). */
export const apiKeyScopeTexts: Record<ApiKeyScope, { label: string; description: string }> = {
  "users:read": {
    label: "Read users",
    description: "List and read users with their profile, skills and goals (GET /users).",
  },
  "users:write": {
    label: "Manage users",
    description: "Create, update, deactivate and reactivate users (POST and PUT /users).",
  },
  "organizations:read": {
    label: "Read organizations",
    description: "Read the key's organization (every one, for a platform-wide key).",
  },
  "stats:read": {
    label: "Read statistics",
    description: "Read learners' statistics and the organization summary.",
  },
  "stats:write": {
    label: "Report learning",
    description: "Send learning events (time spent, courses, scores) that update the statistics.",
  },
  "invitations:read": {
    label: "Read invitations",
    description: "List invitations and their status.",
  },
  "invitations:write": {
    label: "Send invitations",
    description: "Invite people, alone or in bulk, and resend or revoke invitations.",
  },
  "activities:read": {
    label: "Read activity",
    description: "Read the organization's activity (audit log).",
  },
};

/** The scopes as checkbox options, in the API's order. */
export const apiKeyScopeOptions: readonly CheckboxOption[] = apiKeyScopes.map((scope) => ({
  value: scope,
  label: apiKeyScopeTexts[scope].label,
  description: `${scope} · ${apiKeyScopeTexts[scope].description}`,
}));
