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
