import { Prisma } from "@ums/db";

import type { UserActor } from "../../auth/actor";
import { conflict, notFound } from "../../errors";
import type { AddSkillInput, UpdateSkillInput } from "../../schemas/skills";
import { logActivity } from "../activity/log-activity";
import { changedFields } from "../profile/changed-fields";
import { skillSelect } from "../selects";
import type { ServiceContext, Tx } from "../service-context";

type OwnContext = ServiceContext<UserActor>;

/**
 * The columns that undo a verification: the skill is self-assessed again, with no request pending
 * (the owner may ask again at once).
 */
export const clearedVerification = {
  verified: false,
  verified_by: null,
  verified_at: null,
  self_assessed: true,
  verification_requested_at: null,
} as const;

/**
 * Adds a skill to the caller's profile, self-assessed and unverified. A second skill of the same
 * name (in any letter case) is a CONFLICT on skill_name; the unique index decides between two
 * concurrent adds of the same name. SKILL_ADDED is logged.
 */
export async function addSkill(ctx: OwnContext, input: AddSkillInput) {
  const userId = ctx.actor.userId;
  return ctx.db.$transaction(async (tx) => {
    await assertNameFree(tx, userId, input.skill_name, null);
    const skill = await tx.userSkill
      .create({ data: { ...input, user_id: userId }, select: skillSelect })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? nameTaken(input.skill_name) : error;
      });
    await logActivity(tx, ctx, {
      userId,
      type: "SKILL_ADDED",
      data: {
        skill_id: skill.id,
        skill_name: skill.skill_name,
        skill_category: skill.skill_category,
        proficiency_level: skill.proficiency_level,
      },
    });
    return skill;
  });
}

/**
 * Changes one of the caller's skills. A change of proficiency level or of name clears a
 * verification (what was verified no longer holds) and a pending verification request (what was
 * asked about is no longer the claim; the owner may ask again at once); category and evidence
 * changes keep both.
 * Unchanged values change nothing and log nothing; otherwise SKILL_UPDATED lists the fields.
 */
export async function updateSkill(ctx: OwnContext, input: UpdateSkillInput) {
  const { skill_id: skillId, ...changes } = input;
  const userId = ctx.actor.userId;
  return ctx.db.$transaction(async (tx) => {
    const before = await lockOwnSkill(tx, userId, skillId);
    const fields = changedFields(before, changes);
    if (fields.length === 0) return before;
    if (changes.skill_name !== undefined && fields.includes("skill_name")) {
      await assertNameFree(tx, userId, changes.skill_name, skillId);
    }

    const changesClaim = fields.includes("proficiency_level") || fields.includes("skill_name");
    const clearsVerification = before.verified && changesClaim;
    const withdrawsRequest = before.verification_requested_at !== null && changesClaim;
    const after = await tx.userSkill
      .update({
        where: { id: skillId },
        data: {
          ...changes,
          ...(clearsVerification ? clearedVerification : {}),
          ...(withdrawsRequest ? { verification_requested_at: null } : {}),
        },
        select: skillSelect,
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? nameTaken(changes.skill_name ?? before.skill_name) : error;
      });
    await logActivity(tx, ctx, {
      userId,
      type: "SKILL_UPDATED",
      data: {
        skill_id: skillId,
        skill_name: after.skill_name,
        fields,
        ...(fields.includes("proficiency_level")
          ? { proficiency_level: { from: before.proficiency_level, to: after.proficiency_level } }
          : {}),
        verification_cleared: clearsVerification,
        ...(withdrawsRequest ? { verification_request_withdrawn: true } : {}),
      },
    });
    return after;
  });
}

/** Removes one of the caller's skills; SKILL_REMOVED keeps its name for the record. */
export async function removeSkill(ctx: OwnContext, skillId: string) {
  const userId = ctx.actor.userId;
  return ctx.db.$transaction(async (tx) => {
    const skill = await lockOwnSkill(tx, userId, skillId);
    await tx.userSkill.delete({ where: { id: skillId }, select: { id: true } });
    await logActivity(tx, ctx, {
      userId,
      type: "SKILL_REMOVED",
      data: {
        skill_id: skillId,
        skill_name: skill.skill_name,
        skill_category: skill.skill_category,
        proficiency_level: skill.proficiency_level,
        verified: skill.verified,
      },
    });
    return skill;
  });
}

/**
 * Locks the skill row until the transaction ends, so a concurrent change and verification happen
 * one after the other (a verification never lands on a level the verifier did not see).
 */
export async function lockSkill(tx: Tx, skillId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "user_skills" WHERE "id" = ${skillId}::uuid FOR UPDATE`;
}

/** One of the caller's own skills, locked; anyone else's is NOT_FOUND. */
export async function lockOwnSkill(tx: Tx, userId: string, skillId: string) {
  await lockSkill(tx, skillId);
  const skill = await tx.userSkill.findFirst({
    where: { id: skillId, user_id: userId },
    select: skillSelect,
  });
  if (!skill) throw notFound("Skill");
  return skill;
}

/**
 * Skill names are unique per user regardless of letter case: checked here for a clear message, and
 * enforced by the unique index on (user_id, lower(skill_name)) when two requests race.
 */
async function assertNameFree(tx: Tx, userId: string, name: string, exceptId: string | null) {
  const existing = await tx.userSkill.findFirst({
    where: {
      user_id: userId,
      skill_name: { equals: name, mode: "insensitive" },
      ...(exceptId === null ? {} : { id: { not: exceptId } }),
    },
    select: { skill_name: true },
  });
  if (existing) throw nameTaken(existing.skill_name);
}

const nameTaken = (name: string) =>
  conflict("skill_name", `You already have a skill named "${name}"`);

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
