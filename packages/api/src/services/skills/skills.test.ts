import type { Db, UserRole } from "@ums/db";
import { createOrganization, createTestDatabase, createUserWithDetails } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import type { UserActor } from "../../auth/actor";
import { callerAs, createWorld } from "../../testing";

const { db } = await createTestDatabase();
const world = await createWorld(db);

/** A fresh user of `organizationId` (A by default), signed in. */
async function newActor(
  role: UserRole = "LEARNER",
  organizationId = world.a.organizationId,
): Promise<UserActor> {
  const user = await createUserWithDetails(db, { organization_id: organizationId, role });
  return { kind: "user", userId: user.id, organizationId, role };
}

/** Everything a skill change of `userId` writes: the skills and the activity log. */
const storedSkills = async (userId: string) => ({
  skills: await db.userSkill.findMany({ where: { user_id: userId }, orderBy: { id: "asc" } }),
  activities: await db.userActivity.count({ where: { user_id: userId } }),
});

const activitiesOf = (userId: string) =>
  db.userActivity.findMany({ where: { user_id: userId }, orderBy: { created_at: "asc" } });

const typescript = {
  skill_name: "TypeScript",
  skill_category: "Programming",
  proficiency_level: "INTERMEDIATE",
} as const;

describe("skills.add", () => {
  it("adds a self-assessed, unverified skill with its evidence and logs SKILL_ADDED", async () => {
    const actor = await newActor();
    const skill = await callerAs(db, actor).skills.add({
      skill_name: "  Machine   Learning ",
      skill_category: " Data  Science",
      proficiency_level: "BEGINNER",
      evidence_type: "certificate",
      evidence_url: "https://certs.example.com/ml/123",
    });
    expect(skill).toMatchObject({
      skill_name: "Machine Learning",
      skill_category: "Data Science",
      proficiency_level: "BEGINNER",
      self_assessed: true,
      verified: false,
      verified_by: null,
      verified_at: null,
      evidence_type: "certificate",
      evidence_url: "https://certs.example.com/ml/123",
    });
    const [activity] = await activitiesOf(actor.userId);
    expect(activity).toMatchObject({
      activity_type: "SKILL_ADDED",
      actor_id: null,
      activity_data: {
        skill_id: skill.id,
        skill_name: "Machine Learning",
        skill_category: "Data Science",
        proficiency_level: "BEGINNER",
      },
    });
  });

  it.each([
    ["skill_name", { ...typescript, skill_name: "   " }],
    ["skill_name", { ...typescript, skill_name: "x".repeat(101) }],
    ["skill_name", { ...typescript, skill_name: "Type\u0000Script" }],
    ["skill_category", { ...typescript, skill_category: "" }],
    ["proficiency_level", { ...typescript, proficiency_level: "GURU" }],
    ["evidence_type", { ...typescript, evidence_type: "rumour" }],
    ["evidence_url", { ...typescript, evidence_url: "ftp://files.example.com/cert.pdf" }],
    ["evidence_url", { ...typescript, evidence_url: "javascript:alert(1)" }],
    ["evidence_url", { ...typescript, evidence_url: "not a url" }],
    ["verified", { ...typescript, verified: true }],
  ])("refuses a bad %s, naming it, and writes nothing", async (path, input) => {
    const actor = await newActor();
    const before = await storedSkills(actor.userId);
    const error = await callerAs(db, actor)
      // @ts-expect-error -- deliberately invalid input
      .skills.add(input)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ appCode: "VALIDATION_FAILED" });
    expect(error).toMatchObject({ details: [{ path }] });
    expect(await storedSkills(actor.userId)).toEqual(before);
  });

  it("refuses a second skill of the same name, in any letter case, with CONFLICT on skill_name", async () => {
    const actor = await newActor();
    const me = callerAs(db, actor);
    await me.skills.add(typescript);
    const before = await storedSkills(actor.userId);
    for (const skill_name of ["TypeScript", "typescript", " TYPESCRIPT "]) {
      await expect(
        me.skills.add({ ...typescript, skill_name, skill_category: "Languages" }),
      ).rejects.toMatchObject({ appCode: "CONFLICT", details: [{ path: "skill_name" }] });
    }
    expect(await storedSkills(actor.userId)).toEqual(before);
    // Another person may have the same skill.
    const other = await newActor();
    await expect(callerAs(db, other).skills.add(typescript)).resolves.toMatchObject(typescript);
  });

  it("lets one of concurrent adds of one name in different letter cases win (the lower() index)", async () => {
    const actor = await newActor();
    const me = callerAs(db, actor);
    const names = ["Elixir", "ELIXIR", "elixir", "eLiXiR", "Elixir", "elixir"];
    const results = await Promise.allSettled(
      names.map((skill_name) => me.skills.add({ ...typescript, skill_name })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.userSkill.count({ where: { user_id: actor.userId } })).toBe(1);
  });

  it("lets exactly one of concurrent adds of the same name win; the others are CONFLICTs", async () => {
    const actor = await newActor();
    const me = callerAs(db, actor);
    // Pairs, as two browser tabs would send them, then a burst, so that some adds get past the
    // friendly check at the same time and meet the unique index.
    const rounds = [2, 2, 2, 2, 6];
    for (const [round, size] of rounds.entries()) {
      const skill_name = `Rust ${round}`;
      const results = await Promise.allSettled(
        Array.from({ length: size }, () => me.skills.add({ ...typescript, skill_name })),
      );
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const failures = results.flatMap((result) =>
        result.status === "rejected" ? [result.reason as unknown] : [],
      );
      expect(failures).toEqual(
        Array.from({ length: size - 1 }, (): unknown =>
          expect.objectContaining({
            appCode: "CONFLICT",
            details: [expect.objectContaining({ path: "skill_name" })],
          }),
        ),
      );
    }
    const { skills, activities } = await storedSkills(actor.userId);
    expect(skills).toHaveLength(rounds.length);
    expect(activities).toBe(rounds.length);
  });
});

describe("skills.update", () => {
  it("changes only what is sent, clears evidence with null, and logs the changed fields", async () => {
    const actor = await newActor();
    const me = callerAs(db, actor);
    const skill = await me.skills.add({
      ...typescript,
      evidence_type: "project",
      evidence_url: "https://github.com/example/project",
    });
    const updated = await me.skills.update({
      skill_id: skill.id,
      skill_category: "Languages",
      proficiency_level: "ADVANCED",
      evidence_type: null,
      evidence_url: null,
    });
    expect(updated).toMatchObject({
      id: skill.id,
      skill_name: "TypeScript",
      skill_category: "Languages",
      proficiency_level: "ADVANCED",
      evidence_type: null,
      evidence_url: null,
    });
    const last = (await activitiesOf(actor.userId)).at(-1);
    expect(last).toMatchObject({
      activity_type: "SKILL_UPDATED",
      activity_data: {
        skill_id: skill.id,
        fields: ["skill_category", "proficiency_level", "evidence_type", "evidence_url"],
        proficiency_level: { from: "INTERMEDIATE", to: "ADVANCED" },
        verification_cleared: false,
      },
    });
  });

  it("changes and logs nothing when nothing changes", async () => {
    const actor = await newActor();
    const me = callerAs(db, actor);
    const skill = await me.skills.add(typescript);
    const before = await storedSkills(actor.userId);
    const same = await me.skills.update({ skill_id: skill.id, ...typescript });
    expect(same).toEqual(skill);
    expect(await storedSkills(actor.userId)).toEqual(before);
  });

  it("renames (a change of letter case too), but not to the name of another of one's skills", async () => {
    const actor = await newActor();
    const me = callerAs(db, actor);
    const skill = await me.skills.add(typescript);
    await me.skills.add({ ...typescript, skill_name: "Go" });
    const before = await storedSkills(actor.userId);
    await expect(me.skills.update({ skill_id: skill.id, skill_name: "GO" })).rejects.toMatchObject({
      appCode: "CONFLICT",
      details: [{ path: "skill_name" }],
    });
    await expect(
      me.skills.update({ skill_id: skill.id, evidence_url: "mailto:someone@example.com" }),
    ).rejects.toMatchObject({ appCode: "VALIDATION_FAILED", details: [{ path: "evidence_url" }] });
    expect(await storedSkills(actor.userId)).toEqual(before);
    await expect(
      me.skills.update({ skill_id: skill.id, skill_name: "typescript" }),
    ).resolves.toMatchObject({ skill_name: "typescript" });
  });

  it("acts on one's own skills only: anyone else's is NOT_FOUND, and stays as it is", async () => {
    const owner = await newActor();
    const skill = await callerAs(db, owner).skills.add(typescript);
    const before = await storedSkills(owner.userId);
    const colleague = await newActor("ORG_ADMIN");
    for (const actor of [colleague, world.b.orgAdmin, world.superAdmin]) {
      const api = callerAs(db, actor);
      await expect(
        api.skills.update({ skill_id: skill.id, proficiency_level: "EXPERT" }),
      ).rejects.toMatchObject({ appCode: "NOT_FOUND" });
      await expect(api.skills.remove({ skill_id: skill.id })).rejects.toMatchObject({
        appCode: "NOT_FOUND",
      });
    }
    expect(await storedSkills(owner.userId)).toEqual(before);
  });

  it("is refused to API keys, which have no skills of their own", async () => {
    await expect(callerAs(db, world.a.keyAllScopes).skills.add(typescript)).rejects.toMatchObject({
      appCode: "FORBIDDEN",
    });
    await expect(callerAs(db, null).skills.mine()).rejects.toMatchObject({
      appCode: "UNAUTHENTICATED",
    });
  });
});

describe("skills.remove", () => {
  it("deletes the skill and logs SKILL_REMOVED with its name; removing it again is NOT_FOUND", async () => {
    const actor = await newActor();
    const me = callerAs(db, actor);
    const skill = await me.skills.add(typescript);
    await me.skills.remove({ skill_id: skill.id });
    expect(await db.userSkill.count({ where: { id: skill.id } })).toBe(0);
    const last = (await activitiesOf(actor.userId)).at(-1);
    expect(last).toMatchObject({
      activity_type: "SKILL_REMOVED",
      activity_data: { skill_id: skill.id, skill_name: "TypeScript" },
    });
    await expect(me.skills.remove({ skill_id: skill.id })).rejects.toMatchObject({
      appCode: "NOT_FOUND",
    });
    await expect(me.skills.remove({ skill_id: "not-a-uuid" })).rejects.toMatchObject({
      appCode: "VALIDATION_FAILED",
      details: [{ path: "skill_id" }],
    });
  });
});

/** Adds the skills of `names` ([category, name, level]) to `actor`. */
async function addSkills(
  actor: UserActor,
  skills: [string, string, "NOVICE" | "BEGINNER" | "INTERMEDIATE" | "ADVANCED" | "EXPERT"][],
) {
  const api = callerAs(db, actor);
  const added = [];
  for (const [skill_category, skill_name, proficiency_level] of skills) {
    added.push(await api.skills.add({ skill_category, skill_name, proficiency_level }));
  }
  return added;
}

describe("skills.mine and skills.ofUser", () => {
  it("group one's skills by category, categories and names in human order", async () => {
    const actor = await newActor();
    await addSkills(actor, [
      ["Programming", "typescript", "ADVANCED"],
      ["design", "Figma", "BEGINNER"],
      ["Programming", "Zig", "NOVICE"],
      ["Cloud", "AWS", "INTERMEDIATE"],
      ["Programming", "Go", "EXPERT"],
      ["Programming", "Éclair 10", "NOVICE"],
      ["Programming", "Éclair 9", "NOVICE"],
    ]);
    const groups = await callerAs(db, actor).skills.mine();
    expect(
      groups.map((group) => [group.skill_category, group.skills.map((skill) => skill.skill_name)]),
    ).toEqual([
      ["Cloud", ["AWS"]],
      ["design", ["Figma"]],
      ["Programming", ["Éclair 9", "Éclair 10", "Go", "typescript", "Zig"]],
    ]);
  });

  it("show a user's skills to instructors and admins of their organization, services with users:read, and themself", async () => {
    const owner = await newActor();
    await addSkills(owner, [["Cloud", "AWS", "INTERMEDIATE"]]);
    const input = { user_id: owner.userId };
    for (const actor of [
      owner,
      world.a.instructor,
      world.a.orgAdmin,
      world.superAdmin,
      world.a.keyAllScopes,
      world.platformKey,
    ]) {
      const groups = await callerAs(db, actor).skills.ofUser(input);
      expect(groups).toEqual([
        { skill_category: "Cloud", skills: [expect.objectContaining({ skill_name: "AWS" })] },
      ]);
    }
    await expect(callerAs(db, world.a.learner).skills.ofUser(input)).rejects.toMatchObject({
      appCode: "FORBIDDEN",
    });
    await expect(callerAs(db, world.a.keyNoScopes).skills.ofUser(input)).rejects.toMatchObject({
      appCode: "FORBIDDEN",
    });
    for (const actor of [world.b.instructor, world.b.orgAdmin, world.b.keyAllScopes]) {
      await expect(callerAs(db, actor).skills.ofUser(input)).rejects.toMatchObject({
        appCode: "NOT_FOUND",
      });
    }
  });
});

/** A Db that counts the queries it sends. */
function countingDb(): { db: Db; count: () => number } {
  let queries = 0;
  const counting = db.$extends({
    query: {
      $allOperations({ args, query }) {
        queries += 1;
        return query(args);
      },
    },
  }) as unknown as Db;
  return { db: counting, count: () => queries };
}

describe("skills.overview", () => {
  it("counts people, verified people and levels per category and skill, in one organization", async () => {
    const organization = await createOrganization(db);
    const orgId = organization.id;
    const admin = await newActor("ORG_ADMIN", orgId);
    const instructor = await newActor("INSTRUCTOR", orgId);
    const people = [
      await newActor("LEARNER", orgId),
      await newActor("LEARNER", orgId),
      await newActor("LEARNER", orgId),
    ];
    const [first, second, third] = people as [UserActor, UserActor, UserActor];
    const [firstTs] = await addSkills(first, [
      ["Programming", "TypeScript", "ADVANCED"],
      ["Cloud", "AWS", "BEGINNER"],
    ]);
    await addSkills(second, [["Programming", "TypeScript", "ADVANCED"]]);
    await addSkills(third, [
      ["Programming", "TypeScript", "NOVICE"],
      ["Programming", "Go", "EXPERT"],
    ]);
    await callerAs(db, instructor).skills.verify({
      user_id: first.userId,
      skill_id: firstTs?.id ?? "",
    });
    // A soft-deleted person and another organization's people are not counted.
    const gone = await newActor("LEARNER", orgId);
    await addSkills(gone, [["Programming", "TypeScript", "EXPERT"]]);
    await db.user.update({ where: { id: gone.userId }, data: { status: "INACTIVE" } });
    await addSkills(world.b.learner, [["Programming", "TypeScript", "EXPERT"]]);

    const levels = (counts: Partial<Record<string, number>>) => ({
      NOVICE: 0,
      BEGINNER: 0,
      INTERMEDIATE: 0,
      ADVANCED: 0,
      EXPERT: 0,
      ...counts,
    });
    const expected = {
      organization_id: orgId,
      categories: [
        {
          skill_category: "Cloud",
          skills: [
            { skill_name: "AWS", users: 1, verified: 0, by_proficiency: levels({ BEGINNER: 1 }) },
          ],
        },
        {
          skill_category: "Programming",
          skills: [
            { skill_name: "Go", users: 1, verified: 0, by_proficiency: levels({ EXPERT: 1 }) },
            {
              skill_name: "TypeScript",
              users: 3,
              verified: 1,
              by_proficiency: levels({ ADVANCED: 2, NOVICE: 1 }),
            },
          ],
        },
      ],
    };
    const counting = countingDb();
    expect(await callerAs(counting.db, admin).skills.overview({})).toEqual(expected);
    const queriesForThree = counting.count();
    // Super admins and platform keys name the organization.
    expect(
      await callerAs(db, world.superAdmin).skills.overview({ organization_id: orgId }),
    ).toEqual(expected);
    expect(
      await callerAs(db, world.platformKey).skills.overview({ organization_id: orgId }),
    ).toEqual(expected);

    // More people, same number of queries (no query per person or skill).
    for (let i = 0; i < 5; i++) {
      await addSkills(await newActor("LEARNER", orgId), [
        ["Programming", "TypeScript", "INTERMEDIATE"],
        ["Languages", `Language ${i}`, "NOVICE"],
      ]);
    }
    const again = countingDb();
    const bigger = await callerAs(again.db, admin).skills.overview({});
    expect(again.count()).toBe(queriesForThree);
    expect(bigger.categories.map((category) => category.skill_category)).toEqual([
      "Cloud",
      "Languages",
      "Programming",
    ]);
  });

  it("is for admins and services with users:read; another organization is NOT_FOUND", async () => {
    await expect(callerAs(db, world.a.learner).skills.overview({})).rejects.toMatchObject({
      appCode: "FORBIDDEN",
    });
    await expect(callerAs(db, world.a.instructor).skills.overview({})).rejects.toMatchObject({
      appCode: "FORBIDDEN",
    });
    await expect(callerAs(db, world.a.keyNoScopes).skills.overview({})).rejects.toMatchObject({
      appCode: "FORBIDDEN",
    });
    for (const actor of [world.a.orgAdmin, world.a.keyAllScopes]) {
      await expect(
        callerAs(db, actor).skills.overview({ organization_id: world.b.organizationId }),
      ).rejects.toMatchObject({ appCode: "NOT_FOUND" });
      await expect(callerAs(db, actor).skills.overview({})).resolves.toMatchObject({
        organization_id: world.a.organizationId,
      });
    }
    // Without a named organization, super admins and platform keys see every organization at once.
    for (const actor of [world.superAdmin, world.platformKey]) {
      await expect(callerAs(db, actor).skills.overview({})).resolves.toMatchObject({
        organization_id: null,
      });
    }
    await expect(
      callerAs(db, world.superAdmin).skills.overview({
        organization_id: "00000000-0000-4000-8000-000000000000",
      }),
    ).rejects.toMatchObject({ appCode: "NOT_FOUND" });
  });
});
