import { describe, expect, it } from "vitest";

import { createTestDatabase } from "../testing";
import { seedDemoData } from ".";

const { db } = await createTestDatabase();

const tables = [
  "organizations",
  "users",
  "user_credentials",
  "user_profiles",
  "learning_preferences",
  "learning_stats",
  "learning_events",
  "user_skills",
  "user_goals",
  "user_invitations",
  "user_activities",
] as const;

/** Every row of every table, in a stable order, as JSON text. */
async function snapshot(): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of tables) {
    const rows = await db.$queryRawUnsafe<unknown[]>(
      `SELECT row_to_json(t)::text AS row FROM "${table}" t ORDER BY row_to_json(t)::text`,
    );
    result[table] = JSON.stringify(rows);
  }
  return result;
}

describe("demo seed", () => {
  it("inserts the demo data, then leaves every row as it is on a second run", async () => {
    const first = await seedDemoData(db);
    expect(first.inserted.users).toBeGreaterThan(0);
    const afterFirst = await snapshot();

    const second = await seedDemoData(db);
    expect(Object.values(second.inserted).every((count) => count === 0)).toBe(true);
    expect(await snapshot()).toEqual(afterFirst);
  });

  it("shows every feature: two organizations, every role, status, visibility and invitation status", async () => {
    expect(await db.organization.count()).toBe(2);
    const distinct = async <T extends string>(query: Promise<Record<T, unknown>[]>, field: T) =>
      new Set((await query).map((row) => row[field]));
    expect(await distinct(db.user.findMany({ select: { role: true } }), "role")).toEqual(
      new Set(["SUPER_ADMIN", "ORG_ADMIN", "INSTRUCTOR", "LEARNER"]),
    );
    expect(await distinct(db.user.findMany({ select: { status: true } }), "status")).toEqual(
      new Set(["ACTIVE", "INACTIVE", "SUSPENDED", "PENDING"]),
    );
    expect(
      await distinct(
        db.userProfile.findMany({ select: { profile_visibility: true } }),
        "profile_visibility",
      ),
    ).toEqual(new Set(["PUBLIC", "ORGANIZATION", "PRIVATE"]));
    expect(
      await distinct(db.userInvitation.findMany({ select: { status: true } }), "status"),
    ).toEqual(new Set(["PENDING", "ACCEPTED", "EXPIRED", "CANCELLED"]));
    expect(await distinct(db.userGoal.findMany({ select: { status: true } }), "status")).toEqual(
      new Set(["ACTIVE", "COMPLETED", "PAUSED", "CANCELLED"]),
    );
    expect(
      await db.userSkill.count({ where: { verified: true, verified_by: { not: null } } }),
    ).toBeGreaterThan(0);
    expect(await db.userSkill.count({ where: { verified: false } })).toBeGreaterThan(0);

    for (const slug of ["northwind", "globex"]) {
      const roles = await distinct(
        db.user.findMany({ where: { organization: { slug } }, select: { role: true } }),
        "role",
      );
      for (const role of ["ORG_ADMIN", "INSTRUCTOR", "LEARNER"])
        expect(roles, `${slug} ${role}`).toContain(role);
      expect(
        await db.user.count({ where: { organization: { slug }, role: "LEARNER" } }),
      ).toBeGreaterThanOrEqual(2);
    }
  });

  it("gives every user a profile, preferences and statistics, and active learners a learning history", async () => {
    const users = await db.user.count();
    expect(await db.userProfile.count()).toBe(users);
    expect(await db.learningPreferences.count()).toBe(users);
    expect(await db.learningStats.count()).toBe(users);
    const learner = await db.learningStats.findFirstOrThrow({
      where: { user: { username: "ada.lovelace" } },
    });
    expect(learner.total_logins).toBeGreaterThan(0);
    expect(learner.login_streak).toBeGreaterThan(0);
    expect(learner.total_learning_time).toBe(
      (
        await db.learningEvent.aggregate({
          _sum: { minutes: true },
          where: { user_id: learner.user_id, event_type: "LEARNING_TIME" },
        })
      )._sum.minutes,
    );
  });

  it("stores only hashes of passwords and invitation tokens", async () => {
    const credentials = await db.userCredential.findMany();
    expect(credentials.every((c) => c.password_hash.startsWith("$argon2id$"))).toBe(true);
    const withTemporary = await db.userInvitation.findMany({
      where: { temporary_password: { not: null } },
    });
    expect(withTemporary.length).toBeGreaterThan(0);
    expect(withTemporary.every((i) => i.temporary_password?.startsWith("$argon2id$"))).toBe(true);
    const invitations = await db.userInvitation.findMany();
    expect(invitations.every((i) => /^[0-9a-f]{64}$/.test(i.invitation_token))).toBe(true);
    expect(await db.userCredential.count({ where: { user: { status: "PENDING" } } })).toBe(0);
  });
});
