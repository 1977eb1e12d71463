import { createTestDatabase, createUser } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import type { UserActor } from "../../auth/actor";
import { callerAs } from "../../testing";

const { db } = await createTestDatabase();

async function me() {
  const user = await createUser(db);
  const actor: UserActor = {
    kind: "user",
    userId: user.id,
    organizationId: user.organization_id,
    role: "LEARNER",
  };
  return { user, api: callerAs(db, actor) };
}

describe("preferences", () => {
  it("start with the specification's defaults", async () => {
    const { api } = await me();
    expect(await api.preferences.get()).toMatchObject({
      visual_score: 0.5,
      auditory_score: 0.5,
      reading_score: 0.5,
      kinesthetic_score: 0.5,
      preferred_content_types: [],
      difficulty_preference: "INTERMEDIATE",
      pace_preference: "MODERATE",
      preferred_study_time: null,
      reminder_enabled: true,
      reminder_frequency: "DAILY",
      font_size: "MEDIUM",
      high_contrast: false,
      screen_reader: false,
      closed_captions: false,
    });
  });

  it("change what is sent and log PREFERENCES_CHANGED with each change", async () => {
    const { user, api } = await me();
    const updated = await api.preferences.update({
      font_size: "EXTRA_LARGE",
      high_contrast: true,
      preferred_study_time: "evening",
      daily_study_goal: 45,
    });
    expect(updated).toMatchObject({
      font_size: "EXTRA_LARGE",
      high_contrast: true,
      daily_study_goal: 45,
      pace_preference: "MODERATE",
    });
    const activity = await db.userActivity.findFirstOrThrow({ where: { user_id: user.id } });
    expect(activity).toMatchObject({
      activity_type: "PREFERENCES_CHANGED",
      activity_data: {
        fields: ["preferred_study_time", "daily_study_goal", "font_size", "high_contrast"],
        changes: {
          font_size: { from: "MEDIUM", to: "EXTRA_LARGE" },
          daily_study_goal: { from: null, to: 45 },
        },
      },
    });
  });

  it("refuse a bad value naming the field", async () => {
    const { api } = await me();
    await expect(api.preferences.update({ visual_score: 2 })).rejects.toMatchObject({
      appCode: "VALIDATION_FAILED",
      details: [{ path: "visual_score" }],
    });
  });

  it("say what a study goal must be, in minutes", async () => {
    const { api } = await me();
    await expect(api.preferences.update({ daily_study_goal: 0 })).rejects.toMatchObject({
      details: [{ path: "daily_study_goal", message: "must be at least 1 minute" }],
    });
    await expect(api.preferences.update({ weekly_study_goal: 90.5 })).rejects.toMatchObject({
      details: [{ path: "weekly_study_goal", message: "must be a whole number of minutes" }],
    });
    await expect(api.preferences.update({ weekly_study_goal: 20_000 })).rejects.toMatchObject({
      details: [{ path: "weekly_study_goal", message: "must be at most 10080 minutes (a week)" }],
    });
  });
});
