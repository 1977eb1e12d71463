import { ProficiencyLevel } from "@ums/db";

import { organizationScope } from "../../auth/actor";
import { notFound } from "../../errors";
import type { SkillsOverviewInput } from "../../schemas/skills";
import type { ServiceContext } from "../service-context";
import { compareLabels } from "./list-skills";

type ProficiencyCounts = Record<ProficiencyLevel, number>;

export interface SkillOverviewRow {
  skill_name: string;
  /** people who have the skill */
  users: number;
  /** of those, how many have it verified */
  verified: number;
  by_proficiency: ProficiencyCounts;
}

const noCounts = (): ProficiencyCounts =>
  Object.fromEntries(
    Object.values(ProficiencyLevel).map((level) => [level, 0]),
  ) as ProficiencyCounts;

/**
 * The skills of an organization at a glance, for its admins (and services with `users:read`): per
 * category and skill name, how many people have it, how many of those are verified, and how many
 * are at each proficiency level. Soft-deleted (INACTIVE) users are left out. One grouped query,
 * whatever the number of people. Scoped callers see their own organization (naming another is
 * NOT_FOUND); super admins and platform keys name one, or get every organization together.
 */
export async function skillsOverview(ctx: ServiceContext, input: SkillsOverviewInput) {
  const organizationId = await overviewOrganization(ctx, input.organization_id);
  const rows = await ctx.db.userSkill.groupBy({
    by: ["skill_category", "skill_name", "proficiency_level", "verified"],
    where: {
      user: {
        status: { not: "INACTIVE" },
        ...(organizationId === null ? {} : { organization_id: organizationId }),
      },
    },
    _count: { _all: true },
  });

  const categories = new Map<string, Map<string, SkillOverviewRow>>();
  for (const row of rows) {
    let skills = categories.get(row.skill_category);
    if (!skills) {
      skills = new Map<string, SkillOverviewRow>();
      categories.set(row.skill_category, skills);
    }
    let skill = skills.get(row.skill_name);
    if (!skill) {
      skill = { skill_name: row.skill_name, users: 0, verified: 0, by_proficiency: noCounts() };
      skills.set(row.skill_name, skill);
    }
    // (user_id, skill_name) is unique: each counted row is a different person.
    const count = row._count._all;
    skill.users += count;
    if (row.verified) skill.verified += count;
    skill.by_proficiency[row.proficiency_level] += count;
  }

  return {
    organization_id: organizationId,
    categories: [...categories]
      .sort(([a], [b]) => compareLabels(a, b))
      .map(([skill_category, skills]) => ({
        skill_category,
        skills: [...skills.values()].sort((a, b) => compareLabels(a.skill_name, b.skill_name)),
      })),
  };
}

/** The organization to summarise: the caller's own, or the one named (null: all of them). */
async function overviewOrganization(
  ctx: ServiceContext,
  requested: string | undefined,
): Promise<string | null> {
  const scope = organizationScope(ctx.actor);
  if (scope !== null) {
    if (requested !== undefined && requested !== scope) throw notFound("Organization");
    return scope;
  }
  if (requested === undefined) return null;
  const organization = await ctx.db.organization.findUnique({
    where: { id: requested },
    select: { id: true },
  });
  if (!organization) throw notFound("Organization");
  return organization.id;
}
