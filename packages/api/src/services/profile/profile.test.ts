import {
  createOrganization,
  createTestDatabase,
  createUser,
  createUserWithDetails,
} from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import type { UserActor } from "../../auth/actor";
import { callerAs, testMeta, userActor } from "../../testing";

const { db } = await createTestDatabase();

const activitiesOf = (userId: string) =>
  db.userActivity.findMany({ where: { user_id: userId }, orderBy: { created_at: "asc" } });

describe("profile.get", () => {
  it("returns the user with profile, preferences and statistics, creating missing rows with defaults", async () => {
    const user = await createUser(db);
    const profile = await callerAs(db, userActor(user)).profile.get();
    expect(profile).toMatchObject({
      id: user.id,
      email: user.email,
      profile: {
        timezone: "UTC",
        language: "en",
        profile_visibility: "ORGANIZATION",
        show_email: false,
      },
      learning_preferences: {
        visual_score: 0.5,
        difficulty_preference: "INTERMEDIATE",
        reminder_frequency: "DAILY",
      },
      learning_stats: { total_learning_time: 0, login_streak: 0 },
    });
    expect(await db.userProfile.count({ where: { user_id: user.id } })).toBe(1);
  });

  it("never returns credentials or other tables' secrets", async () => {
    const user = await createUserWithDetails(db);
    const text = JSON.stringify(await callerAs(db, userActor(user)).profile.get());
    expect(text).not.toMatch(/password|token|hash/i);
  });
});

describe("profile.update", () => {
  it("changes only what is sent, clears what is null, in one go, and logs what really changed", async () => {
    const user = await createUserWithDetails(db);
    const me = callerAs(db, userActor(user));
    await me.profile.update({ profile: { city: "Lisbon", bio: "Hello", show_email: true } });

    const updated = await me.profile.update({
      first_name: "Ada",
      profile: {
        bio: null,
        city: "Lisbon",
        timezone: "Europe/Lisbon",
        date_of_birth: "1990-12-10",
      },
      learning_preferences: {
        visual_score: 0.9,
        preferred_content_types: ["video", "audio"],
        reminder_time: "07:30",
      },
    });
    expect(updated.first_name).toBe("Ada");
    expect(updated.profile).toMatchObject({
      bio: null,
      city: "Lisbon",
      timezone: "Europe/Lisbon",
      show_email: true,
    });
    expect(updated.profile.date_of_birth).toBe("1990-12-10");
    expect(updated.learning_preferences).toMatchObject({
      visual_score: 0.9,
      auditory_score: 0.5,
      preferred_content_types: ["video", "audio"],
      reminder_time: "07:30",
    });

    const activities = await activitiesOf(user.id);
    const last = activities.slice(-2);
    expect(last.map((a) => a.activity_type)).toEqual(["PROFILE_UPDATED", "PREFERENCES_CHANGED"]);
    // city was sent but did not change: not logged.
    expect(last[0]?.activity_data).toEqual({
      fields: ["first_name", "profile.bio", "profile.timezone", "profile.date_of_birth"],
    });
    expect(last[1]?.activity_data).toMatchObject({
      fields: ["visual_score", "preferred_content_types", "reminder_time"],
      changes: { visual_score: { from: 0.5, to: 0.9 } },
    });
    expect(last[0]).toMatchObject({
      actor_id: null,
      ip_address: testMeta.ip,
      user_agent: testMeta.userAgent,
      device_type: "desktop",
    });
  });

  it("logs nothing when nothing changes", async () => {
    const user = await createUserWithDetails(db);
    const me = callerAs(db, userActor(user));
    await me.profile.update({
      profile: { timezone: "UTC" },
      learning_preferences: { visual_score: 0.5 },
    });
    expect(await activitiesOf(user.id)).toEqual([]);
  });

  it("refuses a username another account has, naming the field", async () => {
    await createUser(db, { username: "taken.name" });
    const user = await createUserWithDetails(db);
    await expect(
      callerAs(db, userActor(user)).profile.update({ username: "Taken.Name" }),
    ).rejects.toMatchObject({
      appCode: "CONFLICT",
      details: [{ path: "username" }],
    });
  });
});

describe("profile.changeEmail", () => {
  it("changes the address, lower-cased, and logs EMAIL_CHANGED with both addresses", async () => {
    const user = await createUserWithDetails(db);
    const result = await callerAs(db, userActor(user)).profile.changeEmail({
      email: "New.Address@Example.com",
    });
    expect(result.email).toBe("new.address@example.com");
    const [activity] = await activitiesOf(user.id);
    expect(activity).toMatchObject({
      activity_type: "EMAIL_CHANGED",
      activity_data: { from: user.email, to: "new.address@example.com" },
    });
  });

  it("refuses another account's address with CONFLICT on email, changing nothing", async () => {
    const other = await createUser(db);
    const user = await createUserWithDetails(db);
    await expect(
      callerAs(db, userActor(user)).profile.changeEmail({ email: other.email }),
    ).rejects.toMatchObject({
      appCode: "CONFLICT",
      details: [{ path: "email" }],
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });
});

describe("profile.view (the people directory)", () => {
  const organization = createOrganization(db);
  const otherOrganization = createOrganization(db);

  async function person(
    visibility: "PUBLIC" | "ORGANIZATION" | "PRIVATE",
    options: { other?: boolean; status?: "ACTIVE" | "INACTIVE"; show?: boolean } = {},
  ) {
    const org = await (options.other ? otherOrganization : organization);
    const user = await createUser(db, {
      organization_id: org.id,
      status: options.status ?? "ACTIVE",
    });
    await db.userProfile.create({
      data: {
        user_id: user.id,
        profile_visibility: visibility,
        phone_number: "+442079460000",
        address_line1: "1 Secret Street",
        show_email: options.show ?? false,
        show_phone: options.show ?? false,
      },
    });
    return user;
  }
  const viewer = async (role: UserActor["role"] = "LEARNER", other = false) =>
    userActor(
      await createUser(db, {
        organization_id: (await (other ? otherOrganization : organization)).id,
        role,
      }),
    );

  it.each([
    ["PUBLIC", false, true],
    ["PUBLIC", true, true],
    ["ORGANIZATION", false, true],
    ["ORGANIZATION", true, false],
    ["PRIVATE", false, false],
    ["PRIVATE", true, false],
  ] as const)(
    "a %s profile seen from the %s organization: visible %s",
    async (visibility, fromOther, visible) => {
      const target = await person(visibility);
      const call = callerAs(db, await viewer("LEARNER", fromOther)).profile.view({
        user_id: target.id,
      });
      if (visible) {
        const card = await call;
        expect(card).toMatchObject({ visibility: "card", id: target.id, email: null });
        expect(JSON.stringify(card)).not.toMatch(/Secret Street|\+44/);
      } else {
        await expect(call).rejects.toMatchObject({ appCode: "NOT_FOUND" });
      }
    },
  );

  it("shows e-mail and phone only when the owner chose to", async () => {
    const target = await person("PUBLIC", { show: true });
    const card = await callerAs(db, await viewer()).profile.view({ user_id: target.id });
    expect(card).toMatchObject({ email: target.email, profile: { phone_number: "+442079460000" } });
  });

  it("shows everything to the person themself and to admins of the organization", async () => {
    const target = await person("PRIVATE");
    const self = userActor(target);
    for (const actor of [self, await viewer("ORG_ADMIN"), await viewer("SUPER_ADMIN", true)]) {
      const full = await callerAs(db, actor).profile.view({ user_id: target.id });
      expect(full).toMatchObject({
        visibility: "full",
        email: target.email,
        profile: { address_line1: "1 Secret Street" },
      });
    }
    await expect(
      callerAs(db, await viewer("ORG_ADMIN", true)).profile.view({ user_id: target.id }),
    ).rejects.toMatchObject({
      appCode: "NOT_FOUND",
    });
  });

  it("hides deactivated users from everyone but admins, and unknown ids alike", async () => {
    const target = await person("PUBLIC", { status: "INACTIVE" });
    await expect(
      callerAs(db, await viewer()).profile.view({ user_id: target.id }),
    ).rejects.toMatchObject({ appCode: "NOT_FOUND" });
    await expect(
      callerAs(db, await viewer()).profile.view({ user_id: crypto.randomUUID() }),
    ).rejects.toMatchObject({
      appCode: "NOT_FOUND",
    });
    expect(
      await callerAs(db, await viewer("ORG_ADMIN")).profile.view({ user_id: target.id }),
    ).toMatchObject({ visibility: "full" });
  });
});
