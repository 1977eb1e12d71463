import { createTestDatabase, createUser, createUserWithDetails } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import { callerAs, createWorld, userActor } from "../../testing";

const { db } = await createTestDatabase();
const world = await createWorld(db);

type Caller = ReturnType<typeof callerAs>;
type ProfileUpdate = Parameters<Caller["profile"]["update"]>[0];

/** Twelve updates, each of a different field, in the user row, the profile and the preferences. */
const updatesFor = (round: number): ProfileUpdate[] => [
  { first_name: `First${round}` },
  { last_name: `Last${round}` },
  { username: `parallel.${round}` },
  { profile: { bio: `Bio of round ${round}` } },
  { profile: { city: `City ${round}` } },
  { profile: { timezone: round % 2 === 0 ? "Europe/Lisbon" : "Asia/Tokyo" } },
  { profile: { phone_number: `+4420794601${String(round).padStart(2, "0")}` } },
  { profile: { show_email: round % 2 === 1 } },
  { learning_preferences: { visual_score: round / 10 } },
  { learning_preferences: { reminder_time: `0${round % 10}:30` } },
  { learning_preferences: { preferred_content_types: round % 2 === 0 ? ["audio"] : ["video"] } },
  { learning_preferences: { font_size: round % 2 === 0 ? "LARGE" : "SMALL" } },
];

async function expectRound(userId: string, round: number) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    include: { profile: true, learning_preferences: true },
  });
  expect(user).toMatchObject({
    first_name: `First${round}`,
    last_name: `Last${round}`,
    username: `parallel.${round}`,
    profile: {
      bio: `Bio of round ${round}`,
      city: `City ${round}`,
      timezone: round % 2 === 0 ? "Europe/Lisbon" : "Asia/Tokyo",
      phone_number: `+4420794601${String(round).padStart(2, "0")}`,
      show_email: round % 2 === 1,
    },
    learning_preferences: {
      visual_score: round / 10,
      reminder_time: `0${round % 10}:30`,
      preferred_content_types: round % 2 === 0 ? ["audio"] : ["video"],
      font_size: round % 2 === 0 ? "LARGE" : "SMALL",
    },
  });
}

const detailRows = async (userId: string) => ({
  profiles: await db.userProfile.count({ where: { user_id: userId } }),
  preferences: await db.learningPreferences.count({ where: { user_id: userId } }),
  stats: await db.learningStats.count({ where: { user_id: userId } }),
});

describe("concurrent profile updates", () => {
  it("never lose a field: parallel updates of different fields all persist", async () => {
    const user = await createUserWithDetails(db, { organization_id: world.a.organizationId });
    const caller = callerAs(db, userActor(user));
    for (const round of [1, 2, 3]) {
      const results = await Promise.allSettled(
        updatesFor(round).map((update) => caller.profile.update(update)),
      );
      expect(results.filter((result) => result.status === "rejected")).toEqual([]);
      await expectRound(user.id, round);
    }
    // Each update logged what it changed: three rounds of nine profile and four preference fields.
    const activities = await db.userActivity.groupBy({
      by: ["activity_type"],
      where: { user_id: user.id },
      _count: true,
    });
    expect(
      Object.fromEntries(activities.map((group) => [group.activity_type, group._count])),
    ).toEqual({ PROFILE_UPDATED: 3 * 8, PREFERENCES_CHANGED: 3 * 4 });
  });

  it("never lose a field when the profile rows do not exist yet", async () => {
    const user = await createUser(db, { organization_id: world.a.organizationId });
    expect(await detailRows(user.id)).toEqual({ profiles: 0, preferences: 0, stats: 0 });
    const caller = callerAs(db, userActor(user));
    const results = await Promise.allSettled(
      updatesFor(4).map((update) => caller.profile.update(update)),
    );
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    await expectRound(user.id, 4);
    expect(await detailRows(user.id)).toEqual({ profiles: 1, preferences: 1, stats: 1 });
  });

  it("last write wins per field: two updates of one field leave one of the two values", async () => {
    const user = await createUserWithDetails(db, { organization_id: world.a.organizationId });
    const caller = callerAs(db, userActor(user));
    await Promise.all([
      caller.profile.update({
        profile: { city: "Porto" },
        learning_preferences: { visual_score: 0.1 },
      }),
      caller.profile.update({ profile: { city: "Braga", bio: "kept" } }),
    ]);
    const after = await caller.profile.get();
    expect(["Porto", "Braga"]).toContain(after.profile.city);
    expect(after.profile.bio).toBe("kept");
    expect(after.learning_preferences.visual_score).toBe(0.1);
  });

  it("two concurrent first reads both succeed and leave exactly one row of each kind", async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const user = await createUser(db, { organization_id: world.b.organizationId });
      const caller = callerAs(db, userActor(user));
      const [first, second] = await Promise.all([caller.profile.get(), caller.profile.get()]);
      for (const read of [first, second]) {
        expect(read.id).toBe(user.id);
        expect(read.profile).toMatchObject({ timezone: "UTC", language: "en" });
        expect(read.learning_preferences).toMatchObject({ visual_score: 0.5 });
        expect(read.learning_stats).toMatchObject({ total_logins: 0 });
      }
      expect(await detailRows(user.id)).toEqual({ profiles: 1, preferences: 1, stats: 1 });
    }
  });
});
