import { ProficiencyLevel } from "@ums/db/enums";
import { z } from "zod";

import { httpUrl, str, uuid } from "./fields";
import { skillRecord } from "./records";

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

/**
 * How long the owner of a skill waits before asking again for its verification (the reviewers were
 * just told; a second e-mail the same day would be noise). After it, asking again is a reminder.
 */
export const verificationRequestCooldownMs = 24 * 60 * 60 * 1000;

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
  /** the skill's owner: a skill of someone else is NOT_FOUND */
  user_id: uuid,
  skill_id: uuid,
  proficiency_level: proficiencyLevel.optional(),
});

/** Withdrawing a verification of `user_id`'s skill `skill_id`. */
export const unverifySkillInput = z.strictObject({ user_id: uuid, skill_id: uuid });

export const userSkillsInput = z.strictObject({ user_id: uuid });

/** The organization-wide overview: super admins and platform keys may name any organization. */
export const skillsOverviewInput = z.strictObject({ organization_id: uuid.optional() });

export type AddSkillInput = z.infer<typeof addSkillInput>;
export type UpdateSkillInput = z.infer<typeof updateSkillInput>;
export type VerifySkillInput = z.infer<typeof verifySkillInput>;
export type UnverifySkillInput = z.infer<typeof unverifySkillInput>;
export type SkillsOverviewInput = z.infer<typeof skillsOverviewInput>;

// RESPONSES -------------------------------------------------------------------------------------

/** One category of a person's skills, the skills sorted by name. */
export const skillCategoryGroup = z
  .object({
    skill_category: z.string().meta({ example: "Programming" }),
    skills: z.array(skillRecord),
  })
  .meta({ id: "SkillCategoryGroup" });

/** A person's skills grouped by category; categories sorted by name (case and accents ignored). */
export const skillCategoryList = z.array(skillCategoryGroup);

/** A skill as verifiers see it: with its owner. */
export const skillWithOwner = skillRecord
  .extend({ user_id: z.uuid().meta({ description: "the skill's owner" }) })
  .meta({ id: "UserSkillWithOwner" });

const peopleCount = z.int().min(0);

/** One skill name in an organization's overview. */
export const skillOverviewRow = z
  .object({
    skill_name: z.string().meta({ example: "TypeScript" }),
    users: peopleCount.meta({ description: "people who have the skill" }),
    verified: peopleCount.meta({ description: "of those, how many have it verified" }),
    by_proficiency: z
      .object({
        NOVICE: peopleCount,
        BEGINNER: peopleCount,
        INTERMEDIATE: peopleCount,
        ADVANCED: peopleCount,
        EXPERT: peopleCount,
      } satisfies Record<ProficiencyLevel, z.ZodType>)
      .meta({ description: "of those, how many are at each proficiency level" }),
  })
  .meta({ id: "SkillOverviewRow" });

export const organizationSkillsOverview = z
  .object({
    organization_id: z.uuid().nullable().meta({
      description:
        "the organization summarised; null when a super admin or platform key asked for every organization together",
    }),
    categories: z.array(
      z
        .object({
          skill_category: z.string().meta({ example: "Programming" }),
          skills: z.array(skillOverviewRow),
        })
        .meta({ id: "SkillOverviewCategory" }),
    ),
  })
  .meta({ id: "SkillsOverview" });
