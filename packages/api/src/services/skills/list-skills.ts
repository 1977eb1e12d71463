import type { Db } from "@ums/db";

import type { ApiKeyActor, UserActor } from "../../auth/actor";
import { forbidden } from "../../errors";
import { skillSelect } from "../selects";
import type { ServiceContext } from "../service-context";
import { findUserInScope } from "../users/user-scope";

/**
 * Human order for names and categories: letter case and accents do not matter, digits compare as
 * numbers ("Level 2" before "Level 10"). The database sorts by byte (C collation), so it is done
 * here; a person's skills are few.
 */
export const labelCollator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

export const compareLabels = (a: string, b: string): number =>
  labelCollator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/** The roles that may read the skills of others in their organization (super admins: in all). */
const skillReaderRoles: readonly UserActor["role"][] = ["INSTRUCTOR", "ORG_ADMIN", "SUPER_ADMIN"];

/** The caller's skills, grouped by category; categories and skills sorted by name. */
export async function listOwnSkills(ctx: ServiceContext<UserActor>) {
  return skillsByCategory(ctx.db, ctx.actor.userId);
}

/**
 * A user's skills, grouped like `listOwnSkills`, for instructors and admins of the user's
 * organization (super admins: any), services with `users:read`, and the user themself. A user of
 * another organization is NOT_FOUND.
 */
export async function listUserSkills(ctx: ServiceContext, userId: string) {
  assertMayReadSkillsOfOthers(ctx.actor, userId);
  await findUserInScope(ctx.db, ctx.actor, userId, { id: true });
  return skillsByCategory(ctx.db, userId);
}

function assertMayReadSkillsOfOthers(actor: UserActor | ApiKeyActor, userId: string): void {
  if (actor.kind === "apiKey" || actor.userId === userId) return;
  if (!skillReaderRoles.includes(actor.role)) {
    throw forbidden("Only instructors and administrators may read other people's skills");
  }
}

async function skillsByCategory(db: Db, userId: string) {
  const skills = await db.userSkill.findMany({ where: { user_id: userId }, select: skillSelect });
  skills.sort(
    (a, b) =>
      compareLabels(a.skill_category, b.skill_category) ||
      compareLabels(a.skill_name, b.skill_name),
  );
  const groups: { skill_category: string; skills: typeof skills }[] = [];
  for (const skill of skills) {
    const last = groups.at(-1);
    if (last?.skill_category === skill.skill_category) last.skills.push(skill);
    else groups.push({ skill_category: skill.skill_category, skills: [skill] });
  }
  return groups;
}
