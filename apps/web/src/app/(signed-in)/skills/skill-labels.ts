import type { skillRecord } from "@ums/api/schemas/records";
import {
  proficiencyLevels,
  skillEvidenceTypes,
  verificationRequestCooldownMs,
  type SkillEvidenceType,
} from "@ums/api/schemas/skills";
import type { SelectOption } from "@ums/ui";
import type { z } from "zod";

/** A skill as the API returns it (dates as ISO strings). */
export type Skill = z.output<typeof skillRecord>;
export type ProficiencyLevel = Skill["proficiency_level"];

const proficiencyLabels: Record<ProficiencyLevel, string> = {
  NOVICE: "Novice",
  BEGINNER: "Beginner",
  INTERMEDIATE: "Intermediate",
  ADVANCED: "Advanced",
  EXPERT: "Expert",
};

const evidenceLabels: Record<SkillEvidenceType, string> = {
  certificate: "Certificate",
  assessment: "Assessment",
  project: "Project",
  other: "Other",
};

export const proficiencyLabel = (level: ProficiencyLevel): string => proficiencyLabels[level];

/** The stored evidence type in words; a value from before the closed list is shown as it is. */
export const evidenceLabel = (type: string): string =>
  type in evidenceLabels ? evidenceLabels[type as SkillEvidenceType] : type;

/** Lowest to highest, as the select offers them. */
export const proficiencyOptions: SelectOption[] = proficiencyLevels.map((level) => ({
  value: level,
  label: proficiencyLabels[level],
}));

/** "No evidence" in the select (a Radix option's value cannot be ""): sent as null. */
export const noEvidence = "NONE";

export const evidenceOptions: SelectOption[] = [
  { value: noEvidence, label: "None" },
  ...skillEvidenceTypes.map((type) => ({ value: type, label: evidenceLabels[type] })),
];

/** "27 Nov 2026": the calendar day of an instant, the same on the server and in the browser. */
export function dayOf(instant: string): string {
  return new Date(instant).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** Whether a verification request is still pending (asking again is refused until it is not). */
export function requestPending(skill: Skill, now: number): boolean {
  return (
    skill.verification_requested_at !== null &&
    Date.parse(skill.verification_requested_at) + verificationRequestCooldownMs > now
  );
}
