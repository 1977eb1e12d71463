import type { RouterOutputs } from "@ums/api";
import type { StatusTone } from "@ums/ui";

export type ApiKey = RouterOutputs["apiKeys"]["list"][number];

export type ApiKeyStatus = "ACTIVE" | "EXPIRED" | "REVOKED";

/** Whether the key still opens the API at `now` (ISO): revoked first, then past its expiry. */
export function apiKeyStatus(key: ApiKey, now: string): ApiKeyStatus {
  if (key.revoked_at !== null) return "REVOKED";
  if (key.expires_at !== null && Date.parse(key.expires_at) <= Date.parse(now)) return "EXPIRED";
  return "ACTIVE";
}

export const apiKeyStatusTexts: Record<ApiKeyStatus, { label: string; tone: StatusTone }> = {
  ACTIVE: { label: "Active", tone: "success" },
  EXPIRED: { label: "Expired", tone: "warning" },
  REVOKED: { label: "Revoked", tone: "neutral" },
};
