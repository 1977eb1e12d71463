import type { UserRole } from "@ums/db";
import { createTestDatabase, createUserWithDetails } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import type { Actor, UserActor } from "../../auth/actor";
import { mayVerifySkillsOf } from "../../rules/skill-verification";
import { callerAs, createWorld } from "../../testing";

const { db } = await createTestDatabase();
const world = await createWorld(db);

async function newActor(
  role: UserRole = "LEARNER",
  organizationId = world.a.organizationId,
): Promise<UserActor> {
  const user = await createUserWithDetails(db, { organization_id: organizationId, role });
  return { kind: "user", userId: user.id, organizationId, role };
}

/** A fresh learner of `organizationId` with one INTERMEDIATE skill. */
async function learnerWithSkill(organizationId = world.a.organizationId) {
  const owner = await newActor("LEARNER", organizationId);
  const skill = await callerAs(db, owner).skills.add({
    skill_name: "PostgreSQL",
    skill_category: "Databases",
    proficiency_level: "INTERMEDIATE",
    evidence_type: "assessment",
    evidence_url: "https://assessments.example.com/results/42",
  });
  return { owner, skill };
}

/** The stored skill and its owner's activity log. */
const stored = async (skillId: string) => {
  const skill = await db.userSkill.findUniqueOrThrow({ where: { id: skillId } });
  return {
    skill,
    activities: await db.userActivity.findMany({
      where: { user_id: skill.user_id },
      orderBy: { created_at: "asc" },
    }),
  };
};

const settle = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error as { appCode?: string }).appCode ?? "not an AppError",
  );

describe("skills.verify", () => {
  it("by an instructor of the organization: verified, by whom, when; no longer self-assessed; SKILL_VERIFIED with the verifier as actor", async () => {
    const { owner, skill } = await learnerWithSkill();
    const before = Date.now();
    const verified = await callerAs(db, world.a.instructor).skills.verify({
      user_id: owner.userId,
      skill_id: skill.id,
    });
    expect(verified).toMatchObject({
      id: skill.id,
      user_id: owner.userId,
      verified: true,
      verified_by: world.a.instructor.userId,
      self_assessed: false,
      proficiency_level: "INTERMEDIATE",
    });
    expect(Date.parse(verified.verified_at ?? "")).toBeGreaterThanOrEqual(before - 1000);
    const { activities } = await stored(skill.id);
    expect(activities.at(-1)).toMatchObject({
      activity_type: "SKILL_VERIFIED",
      actor_id: world.a.instructor.userId,
      activity_data: {
        skill_id: skill.id,
        skill_name: "PostgreSQL",
        proficiency_level: "INTERMEDIATE",
      },
    });
    // The owner sees it verified.
    const [group] = await callerAs(db, owner).skills.mine();
    expect(group?.skills[0]).toMatchObject({ verified: true, self_assessed: false });
  });

  it("by an org admin of the organization, or by a super admin in any organization", async () => {
    const inA = await learnerWithSkill();
    await expect(
      callerAs(db, world.a.orgAdmin).skills.verify({
        user_id: inA.owner.userId,
        skill_id: inA.skill.id,
      }),
    ).resolves.toMatchObject({ verified: true, verified_by: world.a.orgAdmin.userId });
    const inB = await learnerWithSkill(world.b.organizationId);
    await expect(
      callerAs(db, world.superAdmin).skills.verify({
        user_id: inB.owner.userId,
        skill_id: inB.skill.id,
      }),
    ).resolves.toMatchObject({ verified: true, verified_by: world.superAdmin.userId });
  });

  it("is refused, changing nothing, to learners, services, nobody, and anyone verifying their own skill", async () => {
    const { owner, skill } = await learnerWithSkill();
    const before = await stored(skill.id);
    const colleague = await newActor("LEARNER");
    const cases: [Actor, string][] = [
      [colleague, "FORBIDDEN"],
      [world.a.keyAllScopes, "FORBIDDEN"],
      [world.platformKey, "FORBIDDEN"],
      [null, "UNAUTHENTICATED"],
    ];
    for (const [actor, code] of cases) {
      expect(
        await settle(
          callerAs(db, actor).skills.verify({ user_id: owner.userId, skill_id: skill.id }),
        ),
      ).toBe(code);
    }
    expect(await stored(skill.id)).toEqual(before);

    for (const role of ["INSTRUCTOR", "ORG_ADMIN", "SUPER_ADMIN"] as const) {
      const verifier = await newActor(role);
      const own = await callerAs(db, verifier).skills.add({
        skill_name: "Teaching",
        skill_category: "Soft skills",
        proficiency_level: "EXPERT",
      });
      const ownBefore = await stored(own.id);
      await expect(
        callerAs(db, verifier).skills.verify({ user_id: verifier.userId, skill_id: own.id }),
      ).rejects.toMatchObject({ appCode: "FORBIDDEN" });
      expect(await stored(own.id)).toEqual(ownBefore);
    }
  });

  it("succeeds exactly for the viewers mayVerifySkillsOf names (the rule the web app asks before offering it)", async () => {
    const instructorOfOwner = await newActor("INSTRUCTOR");
    const viewers: [string, UserActor, boolean][] = [
      ["a learner of the organization", await newActor("LEARNER"), false],
      ["an instructor of the organization", instructorOfOwner, true],
      ["an org admin of the organization", world.a.orgAdmin, true],
      ["an instructor of another organization", world.b.instructor, false],
      ["an org admin of another organization", world.b.orgAdmin, false],
      ["a super admin", world.superAdmin, true],
    ];
    for (const [who, viewer, expected] of viewers) {
      const { owner, skill } = await learnerWithSkill();
      const ownerRecord = { id: owner.userId, organization_id: owner.organizationId };
      expect(mayVerifySkillsOf(viewer, ownerRecord), who).toBe(expected);
      const outcome = await settle(
        callerAs(db, viewer).skills.verify({ user_id: owner.userId, skill_id: skill.id }),
      );
      expect(outcome === "ok", who).toBe(expected);
    }
    const self = {
      id: instructorOfOwner.userId,
      organization_id: instructorOfOwner.organizationId,
    };
    expect(mayVerifySkillsOf(instructorOfOwner, self)).toBe(false);
  });

  it("of another organization's skill is NOT_FOUND, like an unknown skill", async () => {
    const { owner, skill } = await learnerWithSkill(world.b.organizationId);
    const before = await stored(skill.id);
    const ids = { user_id: owner.userId, skill_id: skill.id };
    for (const actor of [world.a.instructor, world.a.orgAdmin]) {
      await expect(callerAs(db, actor).skills.verify(ids)).rejects.toMatchObject({
        appCode: "NOT_FOUND",
      });
      await expect(callerAs(db, actor).skills.unverify(ids)).rejects.toMatchObject({
        appCode: "NOT_FOUND",
      });
    }
    await expect(
      callerAs(db, world.a.instructor).skills.verify({
        user_id: world.a.learner.userId,
        skill_id: "00000000-0000-4000-8000-000000000000",
      }),
    ).rejects.toMatchObject({ appCode: "NOT_FOUND" });
    expect(await stored(skill.id)).toEqual(before);
  });

  it("naming a user the skill does not belong to is NOT_FOUND, for verify and unverify, changing nothing", async () => {
    const { owner, skill } = await learnerWithSkill();
    const colleague = await newActor("LEARNER");
    const notTheirs = [
      // another person of the same organization
      { user_id: colleague.userId, skill_id: skill.id },
      // the verifier themself: NOT_FOUND, not "your own skill"
      { user_id: world.a.instructor.userId, skill_id: skill.id },
    ];
    const unverifiedState = await stored(skill.id);
    for (const ids of notTheirs) {
      for (const actor of [world.a.instructor, world.superAdmin]) {
        await expect(callerAs(db, actor).skills.verify(ids)).rejects.toMatchObject({
          appCode: "NOT_FOUND",
        });
      }
    }
    expect(await stored(skill.id)).toEqual(unverifiedState);

    await callerAs(db, world.a.orgAdmin).skills.verify({
      user_id: owner.userId,
      skill_id: skill.id,
    });
    const verifiedState = await stored(skill.id);
    for (const ids of notTheirs) {
      for (const actor of [world.a.instructor, world.superAdmin]) {
        await expect(callerAs(db, actor).skills.unverify(ids)).rejects.toMatchObject({
          appCode: "NOT_FOUND",
        });
      }
    }
    expect(await stored(skill.id)).toEqual(verifiedState);
  });

  it("again changes nothing and logs nothing", async () => {
    const { owner, skill } = await learnerWithSkill();
    const ids = { user_id: owner.userId, skill_id: skill.id };
    const first = await callerAs(db, world.a.instructor).skills.verify(ids);
    const before = await stored(skill.id);
    const again = await callerAs(db, world.a.orgAdmin).skills.verify(ids);
    expect(again).toEqual(first);
    expect(await stored(skill.id)).toEqual(before);
  });

  it("at a level the skill is no longer at is a CONFLICT on proficiency_level", async () => {
    const { owner, skill } = await learnerWithSkill();
    const before = await stored(skill.id);
    await expect(
      callerAs(db, world.a.instructor).skills.verify({
        user_id: owner.userId,
        skill_id: skill.id,
        proficiency_level: "EXPERT",
      }),
    ).rejects.toMatchObject({ appCode: "CONFLICT", details: [{ path: "proficiency_level" }] });
    expect(await stored(skill.id)).toEqual(before);
    await expect(
      callerAs(db, world.a.instructor).skills.verify({
        user_id: owner.userId,
        skill_id: skill.id,
        proficiency_level: "INTERMEDIATE",
      }),
    ).resolves.toMatchObject({ verified: true });
  });
});

describe("a verified skill", () => {
  it("loses its verification when its proficiency level changes, and says so in SKILL_UPDATED", async () => {
    const { owner, skill } = await learnerWithSkill();
    await callerAs(db, world.a.instructor).skills.verify({
      user_id: owner.userId,
      skill_id: skill.id,
    });
    const updated = await callerAs(db, owner).skills.update({
      skill_id: skill.id,
      proficiency_level: "ADVANCED",
    });
    expect(updated).toMatchObject({
      proficiency_level: "ADVANCED",
      verified: false,
      verified_by: null,
      verified_at: null,
      self_assessed: true,
    });
    const { activities } = await stored(skill.id);
    expect(activities.at(-1)).toMatchObject({
      activity_type: "SKILL_UPDATED",
      actor_id: null,
      activity_data: {
        fields: ["proficiency_level"],
        proficiency_level: { from: "INTERMEDIATE", to: "ADVANCED" },
        verification_cleared: true,
      },
    });
  });

  it("loses it when renamed (another skill), keeps it through category and evidence changes or an unchanged level", async () => {
    const { owner, skill } = await learnerWithSkill();
    const me = callerAs(db, owner);
    await callerAs(db, world.a.instructor).skills.verify({
      user_id: owner.userId,
      skill_id: skill.id,
    });
    await expect(
      me.skills.update({
        skill_id: skill.id,
        proficiency_level: "INTERMEDIATE",
        skill_category: "Data",
        evidence_type: "certificate",
        evidence_url: "https://certs.example.com/pg",
      }),
    ).resolves.toMatchObject({ verified: true, verified_by: world.a.instructor.userId });
    await expect(
      me.skills.update({ skill_id: skill.id, skill_name: "MySQL" }),
    ).resolves.toMatchObject({ verified: false, verified_by: null, self_assessed: true });
  });

  it("is never verified at a level the verifier did not confirm, however a verification and a level change interleave", async () => {
    for (let round = 0; round < 4; round++) {
      const { owner, skill } = await learnerWithSkill();
      const outcomes = await Promise.all([
        settle(
          callerAs(db, world.a.instructor).skills.verify({
            user_id: owner.userId,
            skill_id: skill.id,
            proficiency_level: "INTERMEDIATE",
          }),
        ),
        settle(
          callerAs(db, owner).skills.update({ skill_id: skill.id, proficiency_level: "EXPERT" }),
        ),
      ]);
      const { skill: after } = await stored(skill.id);
      expect(after.proficiency_level).toBe("EXPERT");
      // Either the verification came first and the change cleared it, or the change came first
      // and the verification was refused.
      expect(after.verified).toBe(false);
      expect([
        ["ok", "ok"],
        ["CONFLICT", "ok"],
      ]).toContainEqual(outcomes);
    }
  });
});

describe("skills.unverify", () => {
  it("withdraws a verification (same callers as verify), logged as SKILL_UPDATED; an unverified skill stays as it is", async () => {
    const { owner, skill } = await learnerWithSkill();
    await callerAs(db, world.a.instructor).skills.verify({
      user_id: owner.userId,
      skill_id: skill.id,
    });
    const verifiedState = await stored(skill.id);
    for (const actor of [owner, await newActor("LEARNER"), world.b.orgAdmin]) {
      expect(
        await settle(
          callerAs(db, actor).skills.unverify({ user_id: owner.userId, skill_id: skill.id }),
        ),
      ).not.toBe("ok");
    }
    expect(await stored(skill.id)).toEqual(verifiedState);

    const unverified = await callerAs(db, world.a.orgAdmin).skills.unverify({
      user_id: owner.userId,
      skill_id: skill.id,
    });
    expect(unverified).toMatchObject({
      verified: false,
      verified_by: null,
      verified_at: null,
      self_assessed: true,
    });
    const after = await stored(skill.id);
    expect(after.activities.at(-1)).toMatchObject({
      activity_type: "SKILL_UPDATED",
      actor_id: world.a.orgAdmin.userId,
      activity_data: {
        fields: ["verified"],
        verification_cleared: true,
        previously_verified_by: world.a.instructor.userId,
      },
    });
    await callerAs(db, world.a.orgAdmin).skills.unverify({
      user_id: owner.userId,
      skill_id: skill.id,
    });
    expect(await stored(skill.id)).toEqual(after);
  });
});
