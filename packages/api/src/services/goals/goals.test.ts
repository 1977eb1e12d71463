import type { GoalType, UserRole } from "@ums/db";
import { createTestDatabase, createUserWithDetails } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import type { UserActor } from "../../auth/actor";
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

type Api = ReturnType<typeof callerAs>;
type CreateGoal = Parameters<Api["goals"]["create"]>[0];

const goalInput = (overrides: Partial<CreateGoal> = {}): CreateGoal => ({
  title: "Learn SQL window functions",
  goal_type: "SKILL_DEVELOPMENT",
  target_value: 10,
  unit: "exercises",
  start_date: "2026-01-01",
  target_date: "2026-06-30",
  ...overrides,
});

/** Everything a goal change of `userId` writes: the goals and the activity log. */
const storedGoals = async (userId: string) => ({
  goals: await db.userGoal.findMany({ where: { user_id: userId }, orderBy: { id: "asc" } }),
  activities: await db.userActivity.count({ where: { user_id: userId } }),
});

const lastActivity = async (userId: string) =>
  db.userActivity.findFirst({ where: { user_id: userId }, orderBy: { created_at: "desc" } });

/** A fresh learner, their caller, and one goal of theirs. */
async function learnerWithGoal(overrides: Partial<CreateGoal> = {}) {
  const actor = await newActor();
  const me = callerAs(db, actor);
  const goal = await me.goals.create(goalInput(overrides));
  return { actor, me, goal };
}

/** An instant as the API returns it: an ISO 8601 date-time in UTC. */
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe("goals.create", () => {
  it.each([
    "LEARNING_TIME",
    "COURSE_COMPLETION",
    "SKILL_DEVELOPMENT",
    "CERTIFICATION",
    "ASSESSMENT_SCORE",
    "CUSTOM",
  ] as const satisfies GoalType[])(
    "creates an ACTIVE %s goal with no progress and logs GOAL_CREATED",
    async (goal_type) => {
      const actor = await newActor();
      const goal = await callerAs(db, actor).goals.create(
        goalInput({ goal_type, priority: "HIGH", description: "Because" }),
      );
      expect(goal).toMatchObject({
        title: "Learn SQL window functions",
        description: "Because",
        goal_type,
        target_value: 10,
        current_value: 0,
        unit: "exercises",
        status: "ACTIVE",
        priority: "HIGH",
        progress_percentage: 0,
        completed_at: null,
        last_progress_update: null,
      });
      expect([goal.start_date, goal.target_date]).toEqual(["2026-01-01", "2026-06-30"]);
      expect(await lastActivity(actor.userId)).toMatchObject({
        activity_type: "GOAL_CREATED",
        actor_id: null,
        activity_data: {
          goal_id: goal.id,
          goal_type,
          title: goal.title,
          start_date: "2026-01-01",
          target_date: "2026-06-30",
        },
      });
    },
  );

  it("takes a CUSTOM goal without a target, a one-day goal, and MEDIUM priority by default", async () => {
    const actor = await newActor();
    const goal = await callerAs(db, actor).goals.create({
      title: "Read more",
      goal_type: "CUSTOM",
      start_date: "2026-02-01",
      target_date: "2026-02-01",
    });
    expect(goal).toMatchObject({ target_value: null, unit: null, priority: "MEDIUM" });
  });

  it.each([
    ["target_value", { target_value: undefined }],
    ["target_value", { goal_type: "LEARNING_TIME", target_value: null }],
    ["target_value", { target_value: 0 }],
    ["target_value", { target_value: -5 }],
    ["target_value", { goal_type: "CUSTOM", target_value: 0 }],
    ["target_date", { start_date: "2026-03-02", target_date: "2026-03-01" }],
    ["start_date", { start_date: "2026-02-30" }],
    ["target_date", { target_date: "30/06/2026" }],
    ["title", { title: "   " }],
    ["title", { title: "x".repeat(201) }],
    ["goal_type", { goal_type: "WEIGHT_LOSS" }],
    ["priority", { priority: "CRITICAL" }],
    ["unit", { unit: "" }],
    ["current_value", { current_value: 5 }],
    ["status", { status: "COMPLETED" }],
  ] as [string, Record<string, unknown>][])(
    "refuses a bad %s, naming it, and writes nothing",
    async (path, overrides) => {
      const actor = await newActor();
      const before = await storedGoals(actor.userId);
      await expect(
        callerAs(db, actor).goals.create({ ...goalInput(), ...overrides }),
      ).rejects.toMatchObject({ appCode: "VALIDATION_FAILED", details: [{ path }] });
      expect(await storedGoals(actor.userId)).toEqual(before);
    },
  );
});

describe("goals.update", () => {
  it("changes only what is sent and logs the changed fields; unchanged values log nothing", async () => {
    const { actor, me, goal } = await learnerWithGoal();
    const updated = await me.goals.update({
      goal_id: goal.id,
      title: "Master window functions",
      description: "Ranking, framing",
      priority: "URGENT",
      target_date: "2026-09-30",
      unit: "exercises",
    });
    expect(updated).toMatchObject({
      title: "Master window functions",
      description: "Ranking, framing",
      priority: "URGENT",
      unit: "exercises",
      status: "ACTIVE",
    });
    expect(updated.target_date).toBe("2026-09-30");
    expect(await lastActivity(actor.userId)).toMatchObject({
      activity_type: "GOAL_UPDATED",
      activity_data: {
        goal_id: goal.id,
        fields: ["title", "description", "priority", "target_date"],
      },
    });

    const before = await storedGoals(actor.userId);
    await me.goals.update({
      goal_id: goal.id,
      title: "Master window functions",
      start_date: "2026-01-01",
    });
    expect(await storedGoals(actor.userId)).toEqual(before);
  });

  it("checks a date sent alone against the stored other one, on target_date, writing nothing", async () => {
    const { actor, me, goal } = await learnerWithGoal();
    const before = await storedGoals(actor.userId);
    for (const dates of [
      { target_date: "2025-12-31" },
      { start_date: "2026-07-01" },
      { start_date: "2026-05-02", target_date: "2026-05-01" },
    ]) {
      await expect(me.goals.update({ goal_id: goal.id, ...dates })).rejects.toMatchObject({
        appCode: "VALIDATION_FAILED",
        details: [{ path: "target_date" }],
      });
    }
    expect(await storedGoals(actor.userId)).toEqual(before);
    const moved = await me.goals.update({
      goal_id: goal.id,
      start_date: "2026-07-01",
      target_date: "2026-07-01",
    });
    expect([moved.start_date, moved.target_date]).toEqual(["2026-07-01", "2026-07-01"]);
  });

  it("lets only a CUSTOM goal lose its target, and never changes a goal's type", async () => {
    const { actor, me, goal } = await learnerWithGoal();
    const before = await storedGoals(actor.userId);
    await expect(me.goals.update({ goal_id: goal.id, target_value: null })).rejects.toMatchObject({
      appCode: "VALIDATION_FAILED",
      details: [{ path: "target_value" }],
    });
    await expect(
      // @ts-expect-error -- goal_type is not a field of an update
      me.goals.update({ goal_id: goal.id, goal_type: "CUSTOM" }),
    ).rejects.toMatchObject({ appCode: "VALIDATION_FAILED" });
    expect(await storedGoals(actor.userId)).toEqual(before);

    const custom = await me.goals.create(goalInput({ goal_type: "CUSTOM", target_value: 4 }));
    await me.goals.updateProgress({ goal_id: custom.id, current_value: 2 });
    await expect(
      me.goals.update({ goal_id: custom.id, target_value: null }),
    ).resolves.toMatchObject({ target_value: null, current_value: 2, progress_percentage: 0 });
  });

  it("recomputes the progress for a new target, completing an ACTIVE goal the value already reaches", async () => {
    const { actor, me, goal } = await learnerWithGoal({ target_value: 10 });
    await me.goals.updateProgress({ goal_id: goal.id, current_value: 6 });
    await expect(me.goals.update({ goal_id: goal.id, target_value: 8 })).resolves.toMatchObject({
      progress_percentage: 75,
      status: "ACTIVE",
    });
    const completed = await me.goals.update({ goal_id: goal.id, target_value: 5 });
    expect(completed).toMatchObject({ progress_percentage: 100, status: "COMPLETED" });
    expect(completed.completed_at).toMatch(isoInstant);
    expect(await lastActivity(actor.userId)).toMatchObject({
      activity_type: "GOAL_UPDATED",
      activity_data: { fields: ["target_value", "status"], from: "ACTIVE", to: "COMPLETED" },
    });
  });

  it("refuses to change a COMPLETED or CANCELLED goal (CONFLICT), which can only be deleted", async () => {
    const { actor, me, goal } = await learnerWithGoal({ target_value: 1 });
    await me.goals.updateProgress({ goal_id: goal.id, current_value: 1 });
    const cancelled = await me.goals.create(goalInput());
    await me.goals.cancel({ goal_id: cancelled.id });
    const before = await storedGoals(actor.userId);
    for (const id of [goal.id, cancelled.id]) {
      await expect(me.goals.update({ goal_id: id, title: "New title" })).rejects.toMatchObject({
        appCode: "CONFLICT",
        details: [{ path: "status" }],
      });
      await expect(
        me.goals.updateProgress({ goal_id: id, current_value: 0 }),
      ).rejects.toMatchObject({ appCode: "CONFLICT", details: [{ path: "status" }] });
    }
    expect(await storedGoals(actor.userId)).toEqual(before);
    await me.goals.delete({ goal_id: goal.id });
    await me.goals.delete({ goal_id: cancelled.id });
    expect((await storedGoals(actor.userId)).goals).toEqual([]);
  });

  it("acts on one's own goals only: anyone else's is NOT_FOUND, and stays as it is", async () => {
    const { actor, goal } = await learnerWithGoal();
    const before = await storedGoals(actor.userId);
    for (const other of [await newActor("ORG_ADMIN"), world.b.orgAdmin, world.superAdmin]) {
      const api = callerAs(db, other);
      const id = { goal_id: goal.id };
      for (const call of [
        () => api.goals.update({ ...id, title: "Mine now" }),
        () => api.goals.updateProgress({ ...id, current_value: 3 }),
        () => api.goals.pause(id),
        () => api.goals.resume(id),
        () => api.goals.cancel(id),
        () => api.goals.delete(id),
      ]) {
        await expect(call()).rejects.toMatchObject({ appCode: "NOT_FOUND" });
      }
    }
    await expect(callerAs(db, world.a.keyAllScopes).goals.mine({})).rejects.toMatchObject({
      appCode: "FORBIDDEN",
    });
    expect(await storedGoals(actor.userId)).toEqual(before);
  });
});

describe("goals.updateProgress", () => {
  it("records progress of a SKILL_DEVELOPMENT goal and completes it at the target", async () => {
    const { actor, me, goal } = await learnerWithGoal({ target_value: 8 });
    const started = Date.now();
    const partial = await me.goals.updateProgress({ goal_id: goal.id, current_value: 3 });
    expect(partial).toMatchObject({
      current_value: 3,
      progress_percentage: 37.5,
      status: "ACTIVE",
      completed_at: null,
    });
    expect(Date.parse(partial.last_progress_update ?? "")).toBeGreaterThanOrEqual(started - 1000);
    expect(await lastActivity(actor.userId)).toMatchObject({
      activity_type: "GOAL_UPDATED",
      activity_data: {
        goal_id: goal.id,
        fields: ["current_value"],
        current_value: { from: 0, to: 3 },
        progress_percentage: 37.5,
      },
    });

    const done = await me.goals.updateProgress({ goal_id: goal.id, current_value: 9 });
    expect(done).toMatchObject({ current_value: 9, progress_percentage: 100, status: "COMPLETED" });
    expect(done.completed_at).toEqual(done.last_progress_update);
    expect(await lastActivity(actor.userId)).toMatchObject({
      activity_data: { fields: ["current_value", "status"], from: "ACTIVE", to: "COMPLETED" },
    });
  });

  it("records progress of a CUSTOM goal without a target, which stays at 0 %", async () => {
    const { me, goal } = await learnerWithGoal({ goal_type: "CUSTOM", target_value: null });
    await expect(
      me.goals.updateProgress({ goal_id: goal.id, current_value: 42 }),
    ).resolves.toMatchObject({ current_value: 42, progress_percentage: 0, status: "ACTIVE" });
  });

  it.each(["LEARNING_TIME", "COURSE_COMPLETION", "CERTIFICATION", "ASSESSMENT_SCORE"] as const)(
    "refuses manual progress of a %s goal (CONFLICT on current_value), writing nothing",
    async (goal_type) => {
      const { actor, me, goal } = await learnerWithGoal({ goal_type });
      const before = await storedGoals(actor.userId);
      await expect(
        me.goals.updateProgress({ goal_id: goal.id, current_value: 3 }),
      ).rejects.toMatchObject({ appCode: "CONFLICT", details: [{ path: "current_value" }] });
      expect(await storedGoals(actor.userId)).toEqual(before);
    },
  );

  it("refuses a negative or non-numeric value, naming current_value, and writes nothing", async () => {
    const { actor, me, goal } = await learnerWithGoal();
    const before = await storedGoals(actor.userId);
    for (const current_value of [-1, "5", null, Number.NaN]) {
      await expect(
        me.goals.updateProgress({ goal_id: goal.id, current_value: current_value as number }),
      ).rejects.toMatchObject({
        appCode: "VALIDATION_FAILED",
        details: [{ path: "current_value" }],
      });
    }
    expect(await storedGoals(actor.userId)).toEqual(before);
  });

  it("takes a correction downwards, and logs nothing for an unchanged value", async () => {
    const { actor, me, goal } = await learnerWithGoal();
    await me.goals.updateProgress({ goal_id: goal.id, current_value: 5 });
    await expect(
      me.goals.updateProgress({ goal_id: goal.id, current_value: 2 }),
    ).resolves.toMatchObject({ current_value: 2, progress_percentage: 20 });
    const before = await storedGoals(actor.userId);
    await me.goals.updateProgress({ goal_id: goal.id, current_value: 2 });
    expect(await storedGoals(actor.userId)).toEqual(before);
  });

  it("completes a goal once when two reports reach the target at the same time", async () => {
    const { actor, me, goal } = await learnerWithGoal({ target_value: 5 });
    const results = await Promise.allSettled([
      me.goals.updateProgress({ goal_id: goal.id, current_value: 5 }),
      me.goals.updateProgress({ goal_id: goal.id, current_value: 6 }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")?.reason).toMatchObject({
      appCode: "CONFLICT",
    });
    const completions = await db.userActivity.count({
      where: {
        user_id: actor.userId,
        activity_type: "GOAL_UPDATED",
        activity_data: { path: ["to"], equals: "COMPLETED" },
      },
    });
    expect(completions).toBe(1);
  });
});

describe("goal status changes", () => {
  it("pause only ACTIVE, resume only PAUSED, cancel ACTIVE or PAUSED; each logged from → to", async () => {
    const { actor, me, goal } = await learnerWithGoal();
    const id = { goal_id: goal.id };
    await expect(me.goals.resume(id)).rejects.toMatchObject({
      appCode: "CONFLICT",
      details: [{ path: "status" }],
    });
    await expect(me.goals.pause(id)).resolves.toMatchObject({ status: "PAUSED" });
    expect(await lastActivity(actor.userId)).toMatchObject({
      activity_type: "GOAL_UPDATED",
      activity_data: { goal_id: goal.id, fields: ["status"], from: "ACTIVE", to: "PAUSED" },
    });
    await expect(me.goals.pause(id)).rejects.toMatchObject({ appCode: "CONFLICT" });
    await expect(me.goals.resume(id)).resolves.toMatchObject({ status: "ACTIVE" });
    await expect(me.goals.pause(id)).resolves.toMatchObject({ status: "PAUSED" });
    await expect(me.goals.cancel(id)).resolves.toMatchObject({ status: "CANCELLED" });
    expect(await lastActivity(actor.userId)).toMatchObject({
      activity_data: { from: "PAUSED", to: "CANCELLED" },
    });
    const before = await storedGoals(actor.userId);
    for (const change of [me.goals.pause, me.goals.resume, me.goals.cancel]) {
      await expect(change(id)).rejects.toMatchObject({ appCode: "CONFLICT" });
    }
    expect(await storedGoals(actor.userId)).toEqual(before);

    const active = await me.goals.create(goalInput());
    await expect(me.goals.cancel({ goal_id: active.id })).resolves.toMatchObject({
      status: "CANCELLED",
      completed_at: null,
    });
  });

  it("a COMPLETED goal can be neither paused, resumed nor cancelled", async () => {
    const { actor, me, goal } = await learnerWithGoal({ target_value: 1 });
    await me.goals.updateProgress({ goal_id: goal.id, current_value: 1 });
    const before = await storedGoals(actor.userId);
    for (const change of [me.goals.pause, me.goals.resume, me.goals.cancel]) {
      await expect(change({ goal_id: goal.id })).rejects.toMatchObject({
        appCode: "CONFLICT",
        details: [{ path: "status" }],
      });
    }
    expect(await storedGoals(actor.userId)).toEqual(before);
  });

  it("a PAUSED goal records progress and stays paused; resumed at its target, it completes", async () => {
    const { me, goal } = await learnerWithGoal({ target_value: 4 });
    await me.goals.pause({ goal_id: goal.id });
    await expect(
      me.goals.updateProgress({ goal_id: goal.id, current_value: 4 }),
    ).resolves.toMatchObject({ status: "PAUSED", progress_percentage: 100, completed_at: null });
    const resumed = await me.goals.resume({ goal_id: goal.id });
    expect(resumed).toMatchObject({ status: "COMPLETED", progress_percentage: 100 });
    expect(resumed.completed_at).toMatch(isoInstant);
  });
});

describe("goals.delete", () => {
  it("deletes a goal of any status and logs GOAL_DELETED; deleting it again is NOT_FOUND", async () => {
    const { actor, me, goal } = await learnerWithGoal();
    await me.goals.pause({ goal_id: goal.id });
    await me.goals.delete({ goal_id: goal.id });
    expect(await db.userGoal.count({ where: { id: goal.id } })).toBe(0);
    expect(await lastActivity(actor.userId)).toMatchObject({
      activity_type: "GOAL_DELETED",
      activity_data: { goal_id: goal.id, title: goal.title, status: "PAUSED" },
    });
    await expect(me.goals.delete({ goal_id: goal.id })).rejects.toMatchObject({
      appCode: "NOT_FOUND",
    });
  });
});

describe("goals.mine and goals.ofUser", () => {
  /** A learner with goals in every status, priority and several target dates. */
  async function learnerWithManyGoals() {
    const actor = await newActor();
    const me = callerAs(db, actor);
    const make = async (title: string, input: Partial<CreateGoal>) =>
      me.goals.create(goalInput({ title, ...input }));
    const low = await make("active low feb", { priority: "LOW", target_date: "2026-02-01" });
    const urgentMay = await make("active urgent may", {
      priority: "URGENT",
      target_date: "2026-05-01",
    });
    const urgentMar = await make("active urgent mar", {
      priority: "URGENT",
      target_date: "2026-03-01",
    });
    const paused = await make("paused high", { priority: "HIGH", target_date: "2026-01-15" });
    await me.goals.pause({ goal_id: paused.id });
    const completed = await make("completed urgent", { priority: "URGENT", target_value: 1 });
    await me.goals.updateProgress({ goal_id: completed.id, current_value: 1 });
    const cancelled = await make("cancelled urgent", { priority: "URGENT" });
    await me.goals.cancel({ goal_id: cancelled.id });
    const medium = await make("active medium feb", { target_date: "2026-02-01" });
    const order = [urgentMar, urgentMay, medium, low, paused, completed, cancelled];
    return { actor, me, titles: order.map((goal) => goal.title) };
  }

  it("list one's goals by status (ACTIVE, PAUSED, COMPLETED, CANCELLED), priority, then target date", async () => {
    const { me, titles } = await learnerWithManyGoals();
    const goals = await me.goals.mine({});
    expect(goals.map((goal) => goal.title)).toEqual(titles);
    const active = await me.goals.mine({ status: "ACTIVE" });
    expect(active.map((goal) => goal.title)).toEqual(titles.slice(0, 4));
    await expect(
      // @ts-expect-error -- not a status
      me.goals.mine({ status: "DONE" }),
    ).rejects.toMatchObject({ appCode: "VALIDATION_FAILED", details: [{ path: "status" }] });
  });

  it("show a user's goals to admins of their organization and services with users:read", async () => {
    const { actor, titles } = await learnerWithManyGoals();
    for (const reader of [
      world.a.orgAdmin,
      world.superAdmin,
      world.a.keyAllScopes,
      world.platformKey,
    ]) {
      const goals = await callerAs(db, reader).goals.ofUser({ user_id: actor.userId });
      expect(goals.map((goal) => goal.title)).toEqual(titles);
    }
    await expect(
      callerAs(db, world.a.orgAdmin).goals.ofUser({ user_id: actor.userId, status: "CANCELLED" }),
    ).resolves.toEqual([expect.objectContaining({ title: "cancelled urgent" })]);
    for (const reader of [world.a.learner, world.a.instructor, world.a.keyNoScopes]) {
      await expect(
        callerAs(db, reader).goals.ofUser({ user_id: actor.userId }),
      ).rejects.toMatchObject({ appCode: "FORBIDDEN" });
    }
    for (const reader of [world.b.orgAdmin, world.b.keyAllScopes]) {
      await expect(
        callerAs(db, reader).goals.ofUser({ user_id: actor.userId }),
      ).rejects.toMatchObject({ appCode: "NOT_FOUND" });
    }
  });
});

describe("completing a goal by hand", () => {
  it("ends a CUSTOM goal without a target, refuses automatic types and finished goals", async () => {
    const actor = await newActor();
    const me = callerAs(db, actor);
    const open = await me.goals.create({
      title: "Read the style guide",
      goal_type: "CUSTOM",
      start_date: "2026-01-01",
      target_date: "2026-12-31",
    });
    const done = await me.goals.complete({ goal_id: open.id });
    expect(done).toMatchObject({ status: "COMPLETED", progress_percentage: 100 });
    expect(done.completed_at).not.toBeNull();
    await expect(me.goals.complete({ goal_id: open.id })).rejects.toMatchObject({
      appCode: "CONFLICT",
    });

    const automatic = await me.goals.create({
      title: "Study 10 hours",
      goal_type: "LEARNING_TIME",
      target_value: 10,
      unit: "hours",
      start_date: "2026-01-01",
      target_date: "2026-12-31",
    });
    await expect(me.goals.complete({ goal_id: automatic.id })).rejects.toMatchObject({
      appCode: "CONFLICT",
      details: [{ path: "status" }],
    });
  });
});
