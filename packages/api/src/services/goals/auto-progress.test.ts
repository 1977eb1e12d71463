import { createPrismaClient } from "@ums/db";
import {
  createApiKey,
  createGoal,
  createOrganization,
  createTestDatabase,
  createUser,
} from "@ums/db/testing";
import { afterAll, describe, expect, it } from "vitest";

import type { ApiKeyActor } from "../../auth/actor";
import { createContextInner } from "../../context";
import type { LearningEventInput } from "../../schemas/learning-events";
import { callerAs, testMeta, testSettings } from "../../testing";
import type { ServiceContext } from "../service-context";
import { recordLearningEvents } from "../stats/record-learning-events";

const { db, url } = await createTestDatabase();
const organization = await createOrganization(db);
const { apiKey } = await createApiKey(db, {
  organization_id: organization.id,
  scopes: ["stats:write"],
});
const actor: ApiKeyActor = {
  kind: "apiKey",
  apiKeyId: apiKey.id,
  organizationId: organization.id,
  scopes: ["stats:write"],
};
const ctx = {
  ...createContextInner({ db, actor, settings: testSettings }),
  actor,
} as ServiceContext<ApiKeyActor>;
const now = new Date("2026-11-20T12:00:00Z");

async function learner(timezone = "UTC") {
  const user = await createUser(db, { organization_id: organization.id });
  await db.userProfile.create({ data: { user_id: user.id, timezone } });
  return user;
}

const day = (text: string) => new Date(`${text}T00:00:00Z`);
let n = 0;
/** An event without its id (distributed over the union, so each event type keeps its fields). */
type WithoutId<T> = T extends unknown ? Omit<T, "event_id"> : never;

const record = (events: WithoutId<LearningEventInput>[]) =>
  recordLearningEvents(
    ctx,
    { events: events.map((event) => ({ ...event, event_id: `g-${++n}` })) },
    now,
  );
const goalNow = (id: string) => db.userGoal.findUniqueOrThrow({ where: { id } });

describe("automatic goal progress", () => {
  it("counts learning time inside the goal's dates only, in hours when the unit says so, and completes at the target", async () => {
    const user = await learner();
    const goal = await createGoal(db, {
      user_id: user.id,
      goal_type: "LEARNING_TIME",
      target_value: 2,
      unit: "hours",
      start_date: day("2026-11-10"),
      target_date: day("2026-11-16"),
    });
    await record([
      {
        user_id: user.id,
        event_type: "LEARNING_TIME",
        minutes: 600,
        occurred_at: "2026-11-09T23:59:00Z",
      }, // before
      {
        user_id: user.id,
        event_type: "LEARNING_TIME",
        minutes: 45,
        occurred_at: "2026-11-10T00:00:00Z",
      },
      {
        user_id: user.id,
        event_type: "LEARNING_TIME",
        minutes: 600,
        occurred_at: "2026-11-17T00:00:00Z",
      }, // after
    ]);
    expect(await goalNow(goal.id)).toMatchObject({
      current_value: 0.75,
      progress_percentage: 37.5,
      status: "ACTIVE",
    });

    await record([
      {
        user_id: user.id,
        event_type: "LEARNING_TIME",
        minutes: 75,
        occurred_at: "2026-11-16T23:59:00Z",
      },
    ]);
    const completed = await goalNow(goal.id);
    expect(completed).toMatchObject({
      current_value: 2,
      progress_percentage: 100,
      status: "COMPLETED",
    });
    expect(completed.completed_at).toEqual(now);
    const logged = await db.userActivity.findFirst({
      where: { user_id: user.id, activity_type: "GOAL_UPDATED" },
    });
    expect(logged?.activity_data).toMatchObject({
      goal_id: goal.id,
      to: "COMPLETED",
      automatic: true,
    });
  });

  it("uses the user's local days for the goal's dates", async () => {
    const user = await learner("Pacific/Auckland");
    const goal = await createGoal(db, {
      user_id: user.id,
      goal_type: "COURSE_COMPLETION",
      target_value: 3,
      start_date: day("2026-11-10"),
      target_date: day("2026-11-12"),
    });
    await record([
      // 9 Nov 10:30 UTC is 9 Nov, 23:30 in Auckland (UTC+13): outside.
      {
        user_id: user.id,
        event_type: "COURSE_COMPLETED",
        course_id: crypto.randomUUID(),
        occurred_at: "2026-11-09T10:30:00Z",
      },
      // 9 Nov 11:30 UTC is already 10 Nov, 00:30 in Auckland (UTC+13): inside.
      {
        user_id: user.id,
        event_type: "COURSE_COMPLETED",
        course_id: crypto.randomUUID(),
        occurred_at: "2026-11-09T11:30:00Z",
      },
      // 12 Nov 11:30 UTC is 13 Nov, 00:30 in Auckland: outside.
      {
        user_id: user.id,
        event_type: "COURSE_COMPLETED",
        course_id: crypto.randomUUID(),
        occurred_at: "2026-11-12T11:30:00Z",
      },
    ]);
    expect((await goalNow(goal.id)).current_value).toBe(1);
  });

  it("tracks the best assessment score and certificates; leaves manual, paused and finished goals alone", async () => {
    const user = await learner();
    const window = { start_date: day("2026-11-01"), target_date: day("2026-11-30") };
    const score = await createGoal(db, {
      user_id: user.id,
      goal_type: "ASSESSMENT_SCORE",
      target_value: 90,
      ...window,
    });
    const certification = await createGoal(db, {
      user_id: user.id,
      goal_type: "CERTIFICATION",
      target_value: 2,
      ...window,
    });
    const custom = await createGoal(db, {
      user_id: user.id,
      goal_type: "CUSTOM",
      target_value: 5,
      ...window,
    });
    const paused = await createGoal(db, {
      user_id: user.id,
      goal_type: "CERTIFICATION",
      target_value: 1,
      status: "PAUSED",
      ...window,
    });
    const cancelled = await createGoal(db, {
      user_id: user.id,
      goal_type: "CERTIFICATION",
      target_value: 1,
      status: "CANCELLED",
      ...window,
    });

    await record([
      {
        user_id: user.id,
        event_type: "ASSESSMENT_COMPLETED",
        score: 72,
        passed: true,
        occurred_at: "2026-11-05T10:00:00Z",
      },
      {
        user_id: user.id,
        event_type: "ASSESSMENT_COMPLETED",
        score: 85.5,
        passed: true,
        occurred_at: "2026-11-06T10:00:00Z",
      },
      {
        user_id: user.id,
        event_type: "ASSESSMENT_COMPLETED",
        score: 60,
        passed: false,
        occurred_at: "2026-11-07T10:00:00Z",
      },
      { user_id: user.id, event_type: "CERTIFICATE_EARNED", occurred_at: "2026-11-07T10:00:00Z" },
    ]);
    expect(await goalNow(score.id)).toMatchObject({
      current_value: 85.5,
      progress_percentage: 95,
      status: "ACTIVE",
    });
    expect(await goalNow(certification.id)).toMatchObject({
      current_value: 1,
      progress_percentage: 50,
    });
    expect(await goalNow(custom.id)).toMatchObject({ current_value: 0 });
    expect(await goalNow(paused.id)).toMatchObject({ current_value: 0, status: "PAUSED" });
    expect(await goalNow(cancelled.id)).toMatchObject({ current_value: 0, status: "CANCELLED" });

    await record([
      {
        user_id: user.id,
        event_type: "ASSESSMENT_COMPLETED",
        score: 91,
        passed: true,
        occurred_at: "2026-11-08T10:00:00Z",
      },
    ]);
    expect(await goalNow(score.id)).toMatchObject({ current_value: 91, status: "COMPLETED" });
  });

  it("counts a resent event once toward a goal", async () => {
    const user = await learner();
    const goal = await createGoal(db, {
      user_id: user.id,
      goal_type: "LEARNING_TIME",
      target_value: 100,
      unit: "minutes",
      start_date: day("2026-11-01"),
      target_date: day("2026-11-30"),
    });
    const event: LearningEventInput = {
      event_id: "same",
      user_id: user.id,
      event_type: "LEARNING_TIME",
      minutes: 30,
      occurred_at: "2026-11-05T10:00:00Z",
    };
    await recordLearningEvents(ctx, { events: [event] }, now);
    await recordLearningEvents(ctx, { events: [event, event] }, now);
    expect((await goalNow(goal.id)).current_value).toBe(30);
  });
});

describe("goals that start counting anew catch up with the ledger", () => {
  it("when created with past dates, when resumed, and when re-dated", async () => {
    const user = await learner();
    const me = callerAs(db, {
      kind: "user",
      userId: user.id,
      organizationId: organization.id,
      role: "LEARNER",
    });
    await record([
      {
        user_id: user.id,
        event_type: "LEARNING_TIME",
        minutes: 50,
        occurred_at: "2026-11-02T10:00:00Z",
      },
      {
        user_id: user.id,
        event_type: "LEARNING_TIME",
        minutes: 20,
        occurred_at: "2026-10-20T10:00:00Z",
      },
    ]);
    const goal = await me.goals.create({
      title: "Study 100 minutes in November",
      goal_type: "LEARNING_TIME",
      target_value: 100,
      unit: "minutes",
      start_date: "2026-11-01",
      target_date: "2026-11-30",
    });
    expect(goal).toMatchObject({ current_value: 50, progress_percentage: 50, status: "ACTIVE" });

    await me.goals.pause({ goal_id: goal.id });
    await record([
      {
        user_id: user.id,
        event_type: "LEARNING_TIME",
        minutes: 30,
        occurred_at: "2026-11-03T10:00:00Z",
      },
    ]);
    expect((await goalNow(goal.id)).current_value).toBe(50); // paused: waits
    expect(await me.goals.resume({ goal_id: goal.id })).toMatchObject({
      current_value: 80,
      status: "ACTIVE",
    });

    // Starting in October brings the 20 October session in: 100 minutes, completed.
    expect(await me.goals.update({ goal_id: goal.id, start_date: "2026-10-01" })).toMatchObject({
      current_value: 100,
      status: "COMPLETED",
    });
  });
});

describe("a batch that moves many users' goals", () => {
  // The same database through a client that counts the statements it sends.
  const statements: string[] = [];
  const counted = createPrismaClient(url, {
    maxConnections: 2,
    onQuery: (sql) => statements.push(sql),
  });
  afterAll(() => counted.$disconnect());
  const countedCtx = {
    ...createContextInner({ db: counted, actor, meta: testMeta, settings: testSettings }),
    actor,
  } as ServiceContext<ApiKeyActor>;

  /** `n` learners with a 100-minute goal each, but the first one's is 30 minutes. */
  async function learnersWithGoals(n: number) {
    const learners = [];
    for (let i = 0; i < n; i += 1) {
      const user = await learner();
      const goal = await createGoal(db, {
        user_id: user.id,
        goal_type: "LEARNING_TIME",
        target_value: i === 0 ? 30 : 100,
        unit: "minutes",
        start_date: day("2026-11-01"),
        target_date: day("2026-11-30"),
      });
      learners.push({ user, goal });
    }
    return learners;
  }

  /** Records 30 minutes for each learner; returns the statements the batch sent. */
  async function thirtyMinutesEach(learners: { user: { id: string } }[]) {
    statements.length = 0;
    await recordLearningEvents(
      countedCtx,
      {
        events: learners.map(({ user }) => ({
          event_id: `many-${++n}`,
          user_id: user.id,
          event_type: "LEARNING_TIME" as const,
          minutes: 30,
          occurred_at: "2026-11-05T10:00:00Z",
        })),
      },
      now,
    );
    return [...statements];
  }

  it("updates every goal and logs exactly the completions, in as many statements for 50 users as for 2", async () => {
    const few = await learnersWithGoals(2);
    const many = await learnersWithGoals(50);
    const fewStatements = await thirtyMinutesEach(few);
    const manyStatements = await thirtyMinutesEach(many);
    expect(manyStatements.length, manyStatements.join("\n")).toBe(fewStatements.length);

    const [first, ...others] = many;
    expect(await goalNow(first?.goal.id ?? "")).toMatchObject({
      current_value: 30,
      progress_percentage: 100,
      status: "COMPLETED",
      completed_at: now,
      last_progress_update: now,
    });
    for (const { goal } of others) {
      expect(await goalNow(goal.id)).toMatchObject({
        current_value: 30,
        progress_percentage: 30,
        status: "ACTIVE",
        completed_at: null,
        last_progress_update: now,
      });
    }

    const logged = await db.userActivity.findMany({
      where: { user_id: { in: many.map(({ user }) => user.id) }, activity_type: "GOAL_UPDATED" },
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      user_id: first?.user.id,
      actor_id: null,
      activity_data: {
        goal_id: first?.goal.id,
        fields: ["status"],
        from: "ACTIVE",
        to: "COMPLETED",
        automatic: true,
        api_key_id: apiKey.id,
      },
      ip_address: testMeta.ip,
      user_agent: testMeta.userAgent,
      device_type: "desktop",
    });
  });
});
