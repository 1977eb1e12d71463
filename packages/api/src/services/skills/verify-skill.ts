import type { Prisma } from "@ums/db";

import { organizationScope, type UserActor } from "../../auth/actor";
import { conflict, forbidden, notFound } from "../../errors";
import { verifiesSkills } from "../../rules/skill-verification";
import type { UnverifySkillInput, VerifySkillInput } from "../../schemas/skills";
import { logActivity } from "../activity/log-activity";
import { skillSelect } from "../selects";
import type { ServiceContext, Tx } from "../service-context";
import { clearedVerification, lockSkill } from "./own-skills";

type VerifierContext = ServiceContext<UserActor>;

/** A skill as verifiers see it: with its owner. */
const verifiableSkillSelect = { ...skillSelect, user_id: true } satisfies Prisma.UserSkillSelect;

/**
 * An instructor or org admin of the skill owner's organization (or a super admin) confirms a
 * skill at its current proficiency level: verified, verified_by, verified_at are set and the skill
 * is no longer self-assessed. Nobody verifies their own skill (FORBIDDEN); a skill of another
 * organization, or not of the user named, is NOT_FOUND. When the verifier names the level they
 * confirm and the skill is no longer at it, nothing changes (CONFLICT on proficiency_level).
 * Verifying a verified skill changes nothing. SKILL_VERIFIED is logged on the owner's timeline with
 * the verifier as actor.
 */
export async function verifySkill(ctx: VerifierContext, input: VerifySkillInput) {
  const skillId = input.skill_id;
  assertVerifier(ctx.actor);
  return ctx.db.$transaction(async (tx) => {
    const skill = await lockSkillInScope(tx, ctx.actor, input.user_id, skillId);
    if (
      input.proficiency_level !== undefined &&
      input.proficiency_level !== skill.proficiency_level
    ) {
      throw conflict(
        "proficiency_level",
        `The skill is now at ${skill.proficiency_level}, not ${input.proficiency_level}; review it again`,
      );
    }
    if (skill.verified) return skill;
    const verified = await tx.userSkill.update({
      where: { id: skillId },
      data: {
        verified: true,
        verified_by: ctx.actor.userId,
        verified_at: new Date(),
        self_assessed: false,
        // the owner's request, if any, is answered
        verification_requested_at: null,
      },
      select: verifiableSkillSelect,
    });
    await logActivity(tx, ctx, {
      userId: skill.user_id,
      type: "SKILL_VERIFIED",
      data: {
        skill_id: skillId,
        skill_name: skill.skill_name,
        skill_category: skill.skill_category,
        proficiency_level: skill.proficiency_level,
      },
    });
    return verified;
  });
}

/**
 * Withdraws a verification (same callers and rules as `verifySkill`): the skill is self-assessed
 * again. Unverifying an unverified skill changes nothing. SKILL_UPDATED records it.
 */
export async function unverifySkill(ctx: VerifierContext, input: UnverifySkillInput) {
  const skillId = input.skill_id;
  assertVerifier(ctx.actor);
  return ctx.db.$transaction(async (tx) => {
    const skill = await lockSkillInScope(tx, ctx.actor, input.user_id, skillId);
    if (!skill.verified) return skill;
    const unverified = await tx.userSkill.update({
      where: { id: skillId },
      data: clearedVerification,
      select: verifiableSkillSelect,
    });
    await logActivity(tx, ctx, {
      userId: skill.user_id,
      type: "SKILL_UPDATED",
      data: {
        skill_id: skillId,
        skill_name: skill.skill_name,
        fields: ["verified"],
        verification_cleared: true,
        previously_verified_by: skill.verified_by,
      },
    });
    return unverified;
  });
}

/** The role half of `mayVerifySkillsOf`; the organization and self halves need the skill's owner. */
function assertVerifier(actor: UserActor): void {
  if (!verifiesSkills(actor)) {
    throw forbidden("Only instructors and administrators may verify skills");
  }
}

/**
 * The skill, locked, if it belongs to `userId` and that user is someone else of the actor's
 * organization (or of any, for super admins); otherwise NOT_FOUND (another organization) or
 * FORBIDDEN (one's own): the rest of `mayVerifySkillsOf`, with the answers that reveal nothing.
 */
async function lockSkillInScope(tx: Tx, actor: UserActor, userId: string, skillId: string) {
  await lockSkill(tx, skillId);
  const scope = organizationScope(actor);
  const skill = await tx.userSkill.findFirst({
    where: {
      id: skillId,
      user_id: userId,
      ...(scope === null ? {} : { user: { organization_id: scope } }),
    },
    select: verifiableSkillSelect,
  });
  if (!skill) throw notFound("Skill");
  if (skill.user_id === actor.userId) throw forbidden("You cannot verify your own skills");
  return skill;
}
