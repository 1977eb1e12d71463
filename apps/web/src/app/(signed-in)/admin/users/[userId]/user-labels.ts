import type { RouterOutputs } from "@ums/api";
import type { UserStatus } from "@ums/db/enums";
import type { BadgeTone } from "@ums/ui";

/** `users.get`: the user with every relation. */
export type UserDetails = RouterOutputs["users"]["get"];

export const statusLabels: Record<UserStatus, string> = {
  ACTIVE: "Active",
  INACTIVE: "Deactivated",
  SUSPENDED: "Suspended",
  PENDING: "Invited, not joined yet",
};

export const statusTones: Record<UserStatus, BadgeTone> = {
  ACTIVE: "success",
  INACTIVE: "neutral",
  SUSPENDED: "danger",
  PENDING: "warning",
};

/** "27 Nov 2026, 14:05 UTC": an instant the same on the server and in the browser. */
export function instantText(instant: string): string {
  return `${new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(new Date(instant))} UTC`;
}

/** "SKILL_VERIFIED" → "Skill verified"; "API_KEY_CREATED" → "API key created". */
export function enumWords(value: string): string {
  const words = value.toLowerCase().split("_");
  const text = words.map((word) => (word === "api" ? "API" : word)).join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
