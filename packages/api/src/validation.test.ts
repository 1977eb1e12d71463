import { createTestDatabase, createUserWithDetails } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import type { AppError } from "./errors";
import { callerAs, createWorld } from "./testing";

// Every validation rule of DESIGN.md, through the procedures: a failing input gets
// VALIDATION_FAILED naming the field, and nothing is written.

const { db } = await createTestDatabase();
const world = await createWorld(db);
const learner = world.a.learner;
const me = callerAs(db, learner);

/** Everything a failed update could have touched. */
async function snapshot() {
  const user = await db.user.findUniqueOrThrow({
    where: { id: learner.userId },
    include: { profile: true, learning_preferences: true },
  });
  const activities = await db.userActivity.count();
  return { user, activities, users: await db.user.count() };
}

async function expectRefused(call: () => Promise<unknown>, path: string) {
  const before = await snapshot();
  const error = await call().then(
    () => {
      throw new Error(`expected VALIDATION_FAILED on ${path}`);
    },
    (caught: unknown) => caught as AppError,
  );
  expect(error.appCode).toBe("VALIDATION_FAILED");
  expect(error.details.map((detail) => detail.path)).toContain(path);
  expect(await snapshot()).toEqual(before);
}

describe("profile.update refuses", () => {
  it.each([
    ["profile.phone_number", { profile: { phone_number: "020 7946 0123" } }],
    ["profile.phone_number", { profile: { phone_number: "+44 12" } }],
    ["profile.linkedin_url", { profile: { linkedin_url: "javascript:alert(1)" } }],
    ["profile.twitter_url", { profile: { twitter_url: "ftp://x.com/ada" } }],
    ["profile.website_url", { profile: { website_url: "not a url" } }],
    ["profile.timezone", { profile: { timezone: "Mars/Olympus_Mons" } }],
    ["profile.timezone", { profile: { timezone: "GMT+25" } }],
    ["profile.language", { profile: { language: "english please" } }],
    ["profile.language", { profile: { language: "en_US" } }],
    ["profile.country", { profile: { country: "XX" } }],
    ["profile.date_of_birth", { profile: { date_of_birth: "2999-01-01" } }],
    ["profile.date_of_birth", { profile: { date_of_birth: "1990-02-30" } }],
    ["profile.gender", { profile: { gender: "ROBOT" } }],
    ["profile.profile_visibility", { profile: { profile_visibility: "FRIENDS" } }],
    ["profile.timezone", { profile: { timezone: null } }],
    ["profile.bio", { profile: { bio: "x".repeat(2001) } }],
    ["profile.show_email", { profile: { show_email: "yes" } }],
    ["learning_preferences.visual_score", { learning_preferences: { visual_score: 1.5 } }],
    ["learning_preferences.auditory_score", { learning_preferences: { auditory_score: -0.1 } }],
    ["learning_preferences.reading_score", { learning_preferences: { reading_score: "high" } }],
    [
      "learning_preferences.kinesthetic_score",
      { learning_preferences: { kinesthetic_score: null } },
    ],
    ["learning_preferences.reminder_time", { learning_preferences: { reminder_time: "9am" } }],
    ["learning_preferences.reminder_time", { learning_preferences: { reminder_time: "24:00" } }],
    [
      "learning_preferences.preferred_content_types.0",
      { learning_preferences: { preferred_content_types: ["hologram"] } },
    ],
    [
      "learning_preferences.preferred_content_types",
      { learning_preferences: { preferred_content_types: ["video", "video"] } },
    ],
    [
      "learning_preferences.preferred_study_time",
      { learning_preferences: { preferred_study_time: "midnight" } },
    ],
    [
      "learning_preferences.difficulty_preference",
      { learning_preferences: { difficulty_preference: "EASY" } },
    ],
    ["learning_preferences.pace_preference", { learning_preferences: { pace_preference: "WARP" } }],
    [
      "learning_preferences.reminder_frequency",
      { learning_preferences: { reminder_frequency: "HOURLY" } },
    ],
    ["learning_preferences.font_size", { learning_preferences: { font_size: "HUGE" } }],
    ["learning_preferences.daily_study_goal", { learning_preferences: { daily_study_goal: 2000 } }],
    [
      "learning_preferences.weekly_study_goal",
      { learning_preferences: { weekly_study_goal: 1.5 } },
    ],
    ["first_name", { first_name: "   " }],
    ["profile.bio", { profile: { bio: "nul \u0000 byte" } }],
    ["profile.city", { profile: { city: "\u0000" } }],
    ["last_name", { last_name: "x".repeat(101) }],
    ["username", { username: "a" }],
    ["username", { username: "has space" }],
  ])("%s = %j", async (path, input) => {
    await expectRefused(() => me.profile.update(input as never), path);
  });

  it("unknown fields, at any level, rather than dropping them", async () => {
    await expectRefused(() => me.profile.update({ role: "SUPER_ADMIN" } as never), "role");
    await expectRefused(
      () => me.profile.update({ profile: { avatar_url: "https://x.test/a.png" } } as never),
      "profile.avatar_url",
    );
    await expectRefused(
      () =>
        me.profile.update({ learning_preferences: { user_id: world.b.learner.userId } } as never),
      "learning_preferences.user_id",
    );
  });

  it("a request with one bad field among good ones, keeping the good ones unwritten too", async () => {
    await expectRefused(
      () =>
        me.profile.update({
          first_name: "Changed",
          profile: { city: "Paris", phone_number: "nope" },
        }),
      "profile.phone_number",
    );
  });
});

describe("profile.update accepts and normalises", () => {
  it("E.164 phone numbers, canonical language tags, upper-case countries and trimmed text", async () => {
    const updated = await me.profile.update({
      profile: {
        phone_number: "+44 20 7946 0123",
        language: "pt-br",
        country: "gb",
        city: "  London ",
      },
    });
    expect(updated.profile).toMatchObject({
      phone_number: "+442079460123",
      language: "pt-BR",
      country: "GB",
      city: "London",
    });
  });
});

describe("other inputs refuse bad values", () => {
  const admin = callerAs(db, world.a.orgAdmin);

  it.each([
    ["email", { email: "not-an-email", first_name: "A", last_name: "B" }],
    ["first_name", { email: "ok@example.com", first_name: "", last_name: "B" }],
    ["last_name", { email: "ok@example.com", first_name: "A", last_name: "B\u0000" }],
    ["role", { email: "ok@example.com", first_name: "A", last_name: "B", role: "OWNER" }],
    [
      "temporary_password",
      { email: "ok@example.com", first_name: "A", last_name: "B", temporary_password: "short" },
    ],
    [
      "organization_id",
      { email: "ok@example.com", first_name: "A", last_name: "B", organization_id: "nope" },
    ],
  ])("users.create: %s", async (path, input) => {
    await expectRefused(() => admin.users.create(input as never), path);
  });

  it.each([
    ["status", { status: "PENDING" }],
    ["role", { role: "KING" }],
    ["user_id", { user_id: "42" }],
  ])("users.update: %s", async (path, input) => {
    const target = await createUserWithDetails(db, { organization_id: world.a.organizationId });
    await expectRefused(() => admin.users.update({ user_id: target.id, ...input } as never), path);
  });

  it.each([
    ["created_from", { created_from: "yesterday" }],
    ["created_from", { created_from: "2026-02-01T00:00:00Z", created_to: "2026-01-01T00:00:00Z" }],
    ["sort", { sort: "password" }],
    ["order", { order: "sideways" }],
    ["search", { search: "" }],
    ["search", { search: "a\u0000b" }],
  ])("users.list: %s", async (path, input) => {
    await expectRefused(() => admin.users.list(input as never), path);
  });

  it("profile.changeEmail: the address", async () => {
    await expectRefused(() => me.profile.changeEmail({ email: "ada@" }), "email");
  });
});
