import { AppError, conflict } from "../../errors";
import type { UserActor } from "../../auth/actor";
import { verificationRequestCooldownMs } from "../../schemas/skills";
import { logActivity } from "../activity/log-activity";
import { enqueueEmail } from "../email";
import { skillSelect } from "../selects";
import type { ServiceContext } from "../service-context";
import { lockOwnSkill } from "./own-skills";

/**
 * At most this many people are e-mailed per request (instructors first, then org admins, oldest
 * accounts first): the e-mails are written in the request's transaction, so it stays short however
 * large the organization is, and one verification answers the request for everyone.
 */
export const maxVerificationReviewers = 25;

/**
 * Where a reviewer verifies the person's skills: the person's page (`/people/<id>`), which offers
 * the verify buttons to whoever may verify them. Not the admin dashboard's user page: the e-mail
 * goes to instructors too, who cannot open the dashboard.
 */
export function skillReviewUrl(appUrl: string, userId: string): string {
  return new URL(`/people/${userId}`, appUrl).toString();
}

/**
 * The owner asks the instructors and org admins of their organization to verify one of their
 * skills. In one transaction: the request is recorded on the skill (verification_requested_at),
 * one e-mail per reviewer (at most `maxVerificationReviewers`) is queued in the outbox, and
 * SKILL_UPDATED logs it. Refused when the skill is verified already (CONFLICT), when a request was
 * made less than `verificationRequestCooldownMs` ago (RATE_LIMITED, with the time to wait), and
 * when nobody in the organization can verify skills (CONFLICT). Another person's skill is NOT_FOUND.
 */
export async function requestSkillVerification(ctx: ServiceContext<UserActor>, skillId: string) {
  const userId = ctx.actor.userId;
  return ctx.db.$transaction(async (tx) => {
    const skill = await lockOwnSkill(tx, userId, skillId);
    if (skill.verified) {
      throw conflict("skill_id", "This skill is verified already; there is nothing to request");
    }
    const now = new Date();
    const requestedAt = skill.verification_requested_at;
    if (requestedAt !== null) {
      const waitMs = requestedAt.getTime() + verificationRequestCooldownMs - now.getTime();
      if (waitMs > 0) {
        throw new AppError(
          "RATE_LIMITED",
          "You already asked for a verification of this skill in the last 24 hours",
          { retryAfterMs: waitMs },
        );
      }
    }

    const owner = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { first_name: true, last_name: true, organization_id: true },
    });
    const reviewers = await tx.user.findMany({
      where: {
        organization_id: owner.organization_id,
        role: { in: ["INSTRUCTOR", "ORG_ADMIN"] },
        status: "ACTIVE",
        id: { not: userId },
      },
      // The enum's order is SUPER_ADMIN, ORG_ADMIN, INSTRUCTOR, LEARNER: descending puts instructors first.
      orderBy: [{ role: "desc" }, { created_at: "asc" }, { id: "asc" }],
      take: maxVerificationReviewers,
      select: { email: true, first_name: true },
    });
    if (reviewers.length === 0) {
      throw conflict(
        "skill_id",
        "Your organization has no instructor or administrator who could verify skills yet",
      );
    }

    const requested = await tx.userSkill.update({
      where: { id: skillId },
      data: { verification_requested_at: now },
      select: skillSelect,
    });
    const reviewUrl = skillReviewUrl(ctx.settings.APP_URL, userId);
    for (const reviewer of reviewers) {
      await enqueueEmail(tx, ctx.settings, {
        template: "skill-verification-request",
        to: reviewer.email,
        organizationId: owner.organization_id,
        data: {
          firstName: reviewer.first_name,
          learnerName: `${owner.first_name} ${owner.last_name}`,
          skillName: skill.skill_name,
          skillCategory: skill.skill_category,
          proficiencyLevel: skill.proficiency_level,
          evidenceType: skill.evidence_type,
          reviewUrl,
        },
      });
    }
    // A request changes the skill's record (verification_requested_at), like a withdrawn
    // verification does: SKILL_UPDATED names the field, as it does for every change of a skill.
    await logActivity(tx, ctx, {
      userId,
      type: "SKILL_UPDATED",
      data: {
        skill_id: skillId,
        skill_name: skill.skill_name,
        fields: ["verification_requested_at"],
        verification_requested: true,
        proficiency_level: skill.proficiency_level,
        reviewers_notified: reviewers.length,
      },
    });
    return requested;
  });
}
