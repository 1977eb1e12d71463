import type { ProficiencyLevel, UserRole } from "@ums/db";

const roleWords: Record<UserRole, string> = {
  SUPER_ADMIN: "a platform administrator",
  ORG_ADMIN: "an organization administrator",
  INSTRUCTOR: "an instructor",
  LEARNER: "a learner",
};

/** The role as a phrase: "an instructor". */
export function roleInWords(role: UserRole): string {
  return roleWords[role];
}

const weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const months = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "Sunday 22 June 2025 at 09:05 UTC": the same for every reader, whatever their time zone. */
export function dateInWords(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${weekdays[date.getUTCDay()] ?? ""} ${date.getUTCDate()} ${months[date.getUTCMonth()] ?? ""} ${date.getUTCFullYear()} at ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;

/** How far `date` is from `now`, roughly: "in 7 days", "in 1 hour", "in 30 minutes". */
export function timeUntilInWords(date: Date, now: Date): string {
  const ms = date.getTime() - now.getTime();
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return "now";
  if (minutes < 60) return `in ${plural(minutes, "minute")}`;
  const hours = Math.round(ms / 3_600_000);
  if (hours < 24) return `in ${plural(hours, "hour")}`;
  return `in ${plural(Math.round(ms / 86_400_000), "day")}`;
}

/** "expires in 7 days, on Sunday 22 June 2025 at 09:05 UTC" (or "expires on …" when imminent). */
export function expiryInWords(expiresAt: Date, now: Date): string {
  const until = timeUntilInWords(expiresAt, now);
  return until === "now"
    ? `expires on ${dateInWords(expiresAt)}`
    : `expires ${until}, on ${dateInWords(expiresAt)}`;
}

const proficiencyWords: Record<ProficiencyLevel, string> = {
  NOVICE: "novice",
  BEGINNER: "beginner",
  INTERMEDIATE: "intermediate",
  ADVANCED: "advanced",
  EXPERT: "expert",
};

/** A proficiency level as a word: "advanced". */
export function proficiencyInWords(level: ProficiencyLevel): string {
  return proficiencyWords[level];
}
