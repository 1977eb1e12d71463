import { ProficiencyLevel } from "@ums/db/enums";
import { z } from "zod";

import { httpUrl, str, uuid } from "./fields";

/**
 * What backs a skill claim (the column is free text in the specification; this is the closed list
 * the service accepts):
 * - certificate: a certificate or credential from a course or an issuer
 * - assessment: the result of a test or an assessment
 * - project: work the person built or took part in
 * - other: anything else (a reference, a publication, ...); explain it at `evidence_url`
 */
export const skillEvidenceTypes = ["certificate", "assessment", "project", "other"] as const;

export type SkillEvidenceType = (typeof skillEvidenceTypes)[number];

/** Proficiency levels from lowest to highest, for forms and the overview. */
export const proficiencyLevels = Object.values(ProficiencyLevel);

/** A short label: trimmed, inner runs of white space collapsed to one space. */
const label = (max: number) =>
  str()
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .transform((value) => value.replace(/\s+/g, " "));

/** Unique per user, regardless of case ("TypeScript" and "typescript" are the same skill). */
export const skillName = label(100);
export const skillCategory = label(100);
export const proficiencyLevel = z.enum(ProficiencyLevel, {
  error: `must be one of ${proficiencyLevels.join(", ")}`,
});
export const skillEvidenceType = z.enum(skillEvidenceTypes, {
  error: `must be one of ${skillEvidenceTypes.join(", ")}`,
});

export const addSkillInput = z.strictObject({
  skill_name: skillName,
  skill_category: skillCategory,
  proficiency_level: proficiencyLevel,
  evidence_type: skillEvidenceType.nullable().optional(),
  evidence_url: httpUrl.nullable().optional(),
});

/**
 * Changes one of the caller's skills. Omitted fields stay; null clears the evidence. Changing the
 * proficiency level (or the name, which makes it another skill) clears a verification.
 */
export const updateSkillInput = z.strictObject({
  skill_id: uuid,
  skill_name: skillName.optional(),
  skill_category: skillCategory.optional(),
  proficiency_level: proficiencyLevel.optional(),
  evidence_type: skillEvidenceType.nullable().optional(),
  evidence_url: httpUrl.nullable().optional(),
});

export const skillIdInput = z.strictObject({ skill_id: uuid });

/**
 * Verifying a skill: `proficiency_level`, when sent, is the level the verifier confirms; if the
 * owner changed it meanwhile, the verification is refused rather than applied to a level the
 * verifier never saw.
 */
export const verifySkillInput = z.strictObject({
  skill_id: uuid,
  proficiency_level: proficiencyLevel.optional(),
});

export const userSkillsInput = z.strictObject({ user_id: uuid });

/** The organization-wide overview: super admins and platform keys may name any organization. */
export const skillsOverviewInput = z.strictObject({ organization_id: uuid.optional() });

export type AddSkillInput = z.infer<typeof addSkillInput>;
export type UpdateSkillInput = z.infer<typeof updateSkillInput>;
export type VerifySkillInput = z.infer<typeof verifySkillInput>;
export type SkillsOverviewInput = z.infer<typeof skillsOverviewInput>;
