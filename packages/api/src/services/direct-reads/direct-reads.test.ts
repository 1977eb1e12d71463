// A zone far from UTC: a timestamp read in the process's zone would differ from Prisma's by hours.
process.env.TZ = "Asia/Kolkata";

import {
  createActivity,
  createGoal,
  createInvitation,
  createOrganization,
  createSkill,
  createTestDatabase,
  createUser,
} from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import type { UserActor } from "../../auth/actor";
import { createContextInner } from "../../context";
import { listUsersInput } from "../../schemas/users";
import { testSettings, userActor } from "../../testing";
import { getOwnProfile, ownProfileSelect } from "../profile/get-own-profile";
import { getUser, userDetailsSelect } from "../users/get-user";
import { listUsers, userListItemSelect } from "../users/list-users";
import type { ServiceContext } from "../service-context";

const { db } = await createTestDatabase();

/**
 * The reads that bypass Prisma (`directSql`) must answer exactly what Prisma answers for the same
 * `select`: same fields, same values and types (dates, calendar days, floats, arrays, JSON, nulls),
 * same order of the lists. Each test reads the same rows both ways.
 */
const organization = await createOrganization(db);
const admin = await createUser(db, { organization_id: organization.id, role: "ORG_ADMIN" });
const context = (actor: UserActor = userActor(admin)): ServiceContext<UserActor> => ({
  ...createContextInner({ db, actor, settings: testSettings }),
  actor,
});

async function personWithEverything() {
  const person = await createUser(db, {
    organization_id: organization.id,
    username: null,
    last_login: new Date("2026-11-27T23:59:59.999Z"),
  });
  await db.userProfile.create({
    data: {
      user_id: person.id,
      bio: "Línea ☃",
      date_of_birth: new Date("1990-12-31T00:00:00.000Z"),
      gender: "FEMALE",
      country: "IN",
      show_email: true,
    },
  });
  await db.learningPreferences.create({
    data: {
      user_id: person.id,
      visual_score: 0.1 + 0.2,
      preferred_content_types: ["video", "audio"],
      daily_study_goal: 45,
      reminder_time: "07:30",
    },
  });
  await db.learningStats.create({
    data: {
      user_id: person.id,
      average_score: 87.5,
      last_activity: new Date("2026-11-26T18:45:00.001Z"),
      week_start_date: new Date("2026-11-23T00:00:00.000Z"),
      total_learning_time: 1234,
    },
  });
  for (const [category, name] of [
    ["Data", "SQL"],
    ["Programming", "TypeScript"],
    ["Programming", "Rust"],
  ] as const) {
    await createSkill(db, { user_id: person.id, skill_category: category, skill_name: name });
  }
  await createGoal(db, { user_id: person.id, description: null });
  await createGoal(db, {
    user_id: person.id,
    status: "COMPLETED",
    completed_at: new Date("2026-11-01T08:00:00.000Z"),
  });
  await createInvitation(db, {
    organization_id: organization.id,
    invited_by: admin.id,
    user_id: person.id,
    email: person.email,
    sent_at: new Date("2026-10-01T00:00:00.000Z"),
  });
  for (let i = 0; i < 25; i += 1) {
    await createActivity(db, {
      user_id: person.id,
      actor_id: i % 2 === 0 ? admin.id : null,
      activity_data: i % 3 === 0 ? { fields: ["bio"], n: i, nested: { ok: true } } : undefined,
      ip_address: i % 4 === 0 ? "203.0.113.7" : null,
      created_at: new Date(Date.UTC(2026, 10, 1, 0, 0, i)),
    });
  }
  return person;
}

describe("reads through directSql answer what Prisma answers", () => {
  it("GET /users/profile", async () => {
    const person = await personWithEverything();
    const viaPrisma = await db.user.findUniqueOrThrow({
      where: { id: person.id },
      select: ownProfileSelect,
    });
    expect(await getOwnProfile(context(userActor(person)))).toStrictEqual(viaPrisma);
  });

  it("GET /users/{id}", async () => {
    const person = await personWithEverything();
    const { invitations_received, activities, ...viaPrisma } = await db.user.findUniqueOrThrow({
      where: { id: person.id },
      select: userDetailsSelect,
    });
    const direct = await getUser(context(), person.id);
    expect(direct).toStrictEqual({
      ...viaPrisma,
      invitations: invitations_received,
      recent_activity: activities,
    });
    expect(direct.skills.map((skill) => skill.skill_name)).toEqual(["SQL", "Rust", "TypeScript"]);
    expect(direct.recent_activity).toHaveLength(20);
  });

  it("GET /users/profile of preferences saved without a content-type list (NULL, read as [])", async () => {
    const person = await createUser(db, { organization_id: organization.id });
    await db.learningPreferences.create({ data: { user_id: person.id } });
    await db.$executeRaw`UPDATE learning_preferences SET preferred_content_types = NULL
      WHERE user_id = ${person.id}::uuid`;
    // Read directly first: it creates the missing profile and statistics rows.
    const direct = await getOwnProfile(context(userActor(person)));
    const viaPrisma = await db.user.findUniqueOrThrow({
      where: { id: person.id },
      select: ownProfileSelect,
    });
    expect(direct.learning_preferences.preferred_content_types).toEqual([]);
    expect(direct).toStrictEqual(viaPrisma);
    const details = await getUser(context(), person.id);
    expect(details.learning_preferences?.preferred_content_types).toEqual([]);
  });

  it("GET /users/{id} of a user without profile rows and of another organization", async () => {
    const bare = await createUser(db, { organization_id: organization.id });
    const viaPrisma = await db.user.findUniqueOrThrow({
      where: { id: bare.id },
      select: userDetailsSelect,
    });
    const direct = await getUser(context(), bare.id);
    expect(direct).toMatchObject({ profile: null, learning_preferences: null, skills: [] });
    expect(direct.organization).toStrictEqual(viaPrisma.organization);

    const stranger = await createUser(db);
    await expect(getUser(context(), stranger.id)).rejects.toMatchObject({ appCode: "NOT_FOUND" });
  });

  it("GET /users", async () => {
    await personWithEverything();
    const page = await listUsers(
      context(),
      listUsersInput.parse({ limit: 100, sort: "created_at", order: "desc" }),
    );
    const viaPrisma = await db.user.findMany({
      where: { organization_id: organization.id },
      select: userListItemSelect,
      orderBy: [{ created_at: "desc" }, { id: "desc" }],
    });
    expect(page.items.length).toBeGreaterThan(2);
    expect(page.items).toStrictEqual(viaPrisma);
  });
});
