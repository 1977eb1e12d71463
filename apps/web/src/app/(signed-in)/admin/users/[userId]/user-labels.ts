import type { RouterOutputs } from "@ums/api";

/** `users.get`: the user with every relation. */
export type UserDetails = RouterOutputs["users"]["get"];

/** "SKILL_VERIFIED" → "Skill verified"; "API_KEY_CREATED" → "API key created". */
export function enumWords(value: string): string {
  const words = value.toLowerCase().split("_");
  const text = words.map((word) => (word === "api" ? "API" : word)).join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
