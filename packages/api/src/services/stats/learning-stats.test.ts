import { createApiKey, createOrganization, createTestDatabase, createUser } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import type { ApiKeyActor } from "../../auth/actor";
import type { AppError } from "../../errors";
import type { LearningEventInput } from "../../schemas/learning-events";
import { createContextInner } from "../../context";
import { callerAs, testSettings } from "../../testing";
import { expectedStats, localDay, type OracleEvent } from "../../testing/learning-stats-oracle";
import type { ServiceContext } from "../service-context";
import { reconcileStats } from "./reconcile-stats";
import { recordLearningEvents } from "./record-learning-events";

const { db } = await createTestDatabase();
const organization = await createOrganization(db);
const { apiKey } = await createApiKey(db, {
  organization_id: organization.id,
  scopes: ["stats:write", "stats:read"],
});
const service: ApiKeyActor = {
  kind: "apiKey",
  apiKeyId: apiKey.id,
  organizationId: organization.id,
  scopes: ["stats:write", "stats:read"],
};
const ctx = {
  ...createContextInner({ db, actor: service, settings: testSettings }),
  actor: service,
} as ServiceContext<ApiKeyActor>;

/** Wednesday 4 November 2026, 10:00 UTC: after the EU (25 Oct) and US (1 Nov) clock changes. */
const now = new Date("2026-11-04T10:00:00Z");

async function learnerIn(organizationId: string, timezone: string) {
  const user = await createUser(db, { organization_id: organizationId });
  await db.userProfile.create({ data: { user_id: user.id, timezone } });
  return user;
}

const learner = (timezone: string) => learnerIn(organization.id, timezone);

const stored = (userId: string) =>
  db.learningStats.findUniqueOrThrow({ where: { user_id: userId } });

/** A small deterministic generator, so a failing stream can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const courseIds = Array.from({ length: 6 }, () => crypto.randomUUID());

function randomEvent(userId: string, next: () => number, n: number): LearningEventInput {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  // From 1 October to now: month, week and both clock changes inside.
  const occurred_at = new Date(
    Date.parse("2026-10-01T00:00:00Z") +
      next() * (now.getTime() - Date.parse("2026-10-01T00:00:00Z")),
  ).toISOString();
  const base = { event_id: `e-${userId.slice(0, 8)}-${n}`, user_id: userId, occurred_at };
  const course_id = pick(courseIds);
  switch (
    pick([
      "COURSE_ENROLLED",
      "COURSE_IN_PROGRESS",
      "COURSE_COMPLETED",
      "LESSON_COMPLETED",
      "LEARNING_TIME",
      "LEARNING_TIME",
      "ASSESSMENT_COMPLETED",
      "CERTIFICATE_EARNED",
      "BADGE_EARNED",
      "POINTS_EARNED",
      "LOGIN",
      "LOGIN",
      "LOGIN",
    ] as const)
  ) {
    case "COURSE_ENROLLED":
      return { ...base, event_type: "COURSE_ENROLLED", course_id };
    case "COURSE_IN_PROGRESS":
      return { ...base, event_type: "COURSE_IN_PROGRESS", course_id };
    case "COURSE_COMPLETED":
      return { ...base, event_type: "COURSE_COMPLETED", course_id };
    case "LESSON_COMPLETED":
      return { ...base, event_type: "LESSON_COMPLETED", course_id, lesson_id: crypto.randomUUID() };
    case "LEARNING_TIME":
      return {
        ...base,
        event_type: "LEARNING_TIME",
        minutes: 1 + Math.floor(next() * 90),
        course_id,
      };
    case "ASSESSMENT_COMPLETED": {
      const score = Math.round(next() * 1000) / 10;
      return { ...base, event_type: "ASSESSMENT_COMPLETED", score, passed: score >= 70, course_id };
    }
    case "CERTIFICATE_EARNED":
      return { ...base, event_type: "CERTIFICATE_EARNED", course_id };
    case "BADGE_EARNED":
      return { ...base, event_type: "BADGE_EARNED" };
    case "POINTS_EARNED":
      return { ...base, event_type: "POINTS_EARNED", points: 1 + Math.floor(next() * 500) };
    case "LOGIN":
      return { ...base, event_type: "LOGIN" };
  }
}

function expectStatsToMatch(
  actual: Awaited<ReturnType<typeof stored>>,
  events: OracleEvent[],
  timeZone: string,
  at = now,
) {
  const { average_score, ...expected } = expectedStats(events, timeZone, at);
  const { average_score: actualAverage, week_start_date, month_start_date, ...rest } = actual;
  expect({
    ...rest,
    week_start_date: week_start_date?.toISOString().slice(0, 10),
    month_start_date: month_start_date?.toISOString().slice(0, 10),
  }).toMatchObject(expected);
  if (average_score === null) expect(actualAverage).toBeNull();
  else expect(actualAverage).toBeCloseTo(average_score, 3);
}

describe("learning events → statistics", () => {
  it("a shuffled stream with duplicates, across weeks, months, time zones and clock changes, gives the oracle's stats, and reconciliation agrees", async () => {
    const zones = ["Europe/London", "America/New_York", "Pacific/Auckland", "UTC"];
    const next = random(20_261_104);
    const users = await Promise.all(zones.map((zone) => learner(zone)));
    const streams = users.map((user) =>
      Array.from({ length: 150 }, (_, n) => randomEvent(user.id, next, n)),
    );

    // Interleave users, resend ~15% of events in later batches, cut into uneven batches.
    const all = streams.flat().sort(() => next() - 0.5);
    const withDuplicates = [...all, ...all.filter(() => next() < 0.15)];
    let position = 0;
    let recorded = 0;
    while (position < withDuplicates.length) {
      const size = 1 + Math.floor(next() * 80);
      const result = await recordLearningEvents(
        ctx,
        { events: withDuplicates.slice(position, position + size) },
        now,
      );
      recorded += result.recorded;
      position += size;
    }
    expect(recorded).toBe(all.length); // each event once, whatever was resent
    expect(
      await db.learningEvent.count({ where: { user_id: { in: users.map((u) => u.id) } } }),
    ).toBe(all.length);

    for (const [i, user] of users.entries()) {
      expectStatsToMatch(await stored(user.id), streams[i] ?? [], zones[i] ?? "UTC");
    }

    // Reconciliation recomputes the same values: it repairs whatever was damaged, nothing else.
    const before = await Promise.all(users.map((user) => stored(user.id)));
    await db.learningStats.update({
      where: { user_id: users[0]?.id },
      data: { total_logins: 999, login_streak: 42 },
    });
    await db.learningStats.update({
      where: { user_id: users[2]?.id },
      data: { this_week_learning_time: 0 },
    });
    const result = await reconcileStats({ db, now: () => now });
    expect(result.usersRepaired).toBe(2);
    const after = await Promise.all(users.map((user) => stored(user.id)));
    const comparable = (rows: typeof after) => rows.map(({ updated_at: _updated, ...row }) => row);
    expect(comparable(after)).toEqual(comparable(before));
    expect((await reconcileStats({ db, now: () => now })).usersRepaired).toBe(0);
  });

  it("rolls the week and month windows over for users with no new events", async () => {
    const user = await learner("Europe/Berlin");
    await recordLearningEvents(
      ctx,
      {
        events: [
          {
            event_id: "w1",
            user_id: user.id,
            event_type: "LEARNING_TIME",
            minutes: 30,
            occurred_at: "2026-11-03T09:00:00Z",
          },
          {
            event_id: "w2",
            user_id: user.id,
            event_type: "LEARNING_TIME",
            minutes: 45,
            occurred_at: "2026-10-30T09:00:00Z",
          },
        ],
      },
      now,
    );
    expect(await stored(user.id)).toMatchObject({
      this_week_learning_time: 30,
      this_month_learning_time: 30,
      total_learning_time: 75,
    });

    // Monday 9 November, 00:30 in Berlin (23:30 UTC on Sunday): a new week there already.
    const nextMonday = new Date("2026-11-08T23:30:00Z");
    await reconcileStats({ db, now: () => nextMonday });
    const rolled = await stored(user.id);
    expect(rolled).toMatchObject({
      this_week_learning_time: 0,
      this_month_learning_time: 30,
      total_learning_time: 75,
    });
    expect(rolled.week_start_date?.toISOString().slice(0, 10)).toBe("2026-11-09");

    await reconcileStats({ db, now: () => new Date("2026-12-01T12:00:00Z") });
    const december = await stored(user.id);
    expect(december.this_month_learning_time).toBe(0);
    expect(december.month_start_date?.toISOString().slice(0, 10)).toBe("2026-12-01");
  });

  it("counts a resent batch once, and reports which events were duplicates", async () => {
    const user = await learner("UTC");
    const events: LearningEventInput[] = [
      {
        event_id: "d1",
        user_id: user.id,
        event_type: "POINTS_EARNED",
        points: 10,
        occurred_at: "2026-11-01T10:00:00Z",
      },
      {
        event_id: "d2",
        user_id: user.id,
        event_type: "POINTS_EARNED",
        points: 5,
        occurred_at: "2026-11-02T10:00:00Z",
      },
    ];
    expect(await recordLearningEvents(ctx, { events }, now)).toMatchObject({
      recorded: 2,
      duplicates: 0,
    });
    const again = await recordLearningEvents(
      ctx,
      { events: [...events, ...events.slice(0, 1)] },
      now,
    );
    expect(again).toEqual({
      recorded: 0,
      duplicates: 3,
      events: [
        { event_id: "d1", status: "duplicate" },
        { event_id: "d2", status: "duplicate" },
        { event_id: "d1", status: "duplicate" },
      ],
    });
    expect((await stored(user.id)).points_earned).toBe(15);
  });

  it("keeps every field of each event in the ledger as sent, with its sender and receipt time", async () => {
    const user = await learner("UTC");
    const course_id = crypto.randomUUID();
    const lesson_id = crypto.randomUUID();
    const before = new Date();
    await recordLearningEvents(
      ctx,
      {
        events: [
          {
            event_id: "f1",
            user_id: user.id,
            event_type: "ASSESSMENT_COMPLETED",
            score: 85.5,
            passed: false,
            course_id,
            occurred_at: "2026-11-03T12:30:00.250+02:00",
            payload: { attempt: 2, tags: ["quiz"], detail: { note: null, ok: true } },
          },
          {
            event_id: "f2",
            user_id: user.id,
            event_type: "LESSON_COMPLETED",
            lesson_id,
            occurred_at: "2026-11-03T11:00:00Z",
          },
          {
            event_id: "f3",
            user_id: user.id,
            event_type: "LEARNING_TIME",
            minutes: 25,
            occurred_at: "2026-11-03T11:00:00Z",
          },
          {
            event_id: "f4",
            user_id: user.id,
            event_type: "POINTS_EARNED",
            points: 40,
            occurred_at: "2026-11-03T11:00:00Z",
          },
        ],
      },
      now,
    );
    const after = new Date();
    const ledger = await db.learningEvent.findMany({
      where: { user_id: user.id },
      orderBy: { event_id: "asc" },
    });
    const common = {
      source: `api-key:${apiKey.id}`,
      user_id: user.id,
      organization_id: organization.id,
    };
    const none = { course_id: null, lesson_id: null, minutes: null, score: null, passed: null };
    expect(ledger.map(({ id: _id, received_at: _receivedAt, ...row }) => row)).toEqual([
      {
        ...common,
        event_id: "f1",
        event_type: "ASSESSMENT_COMPLETED",
        occurred_at: new Date("2026-11-03T10:30:00.250Z"),
        course_id,
        lesson_id: null,
        minutes: null,
        score: 85.5,
        passed: false,
        points: null,
        payload: { attempt: 2, tags: ["quiz"], detail: { note: null, ok: true } },
      },
      {
        ...common,
        ...none,
        event_id: "f2",
        event_type: "LESSON_COMPLETED",
        occurred_at: new Date("2026-11-03T11:00:00Z"),
        lesson_id,
        points: null,
        payload: null,
      },
      {
        ...common,
        ...none,
        event_id: "f3",
        event_type: "LEARNING_TIME",
        occurred_at: new Date("2026-11-03T11:00:00Z"),
        minutes: 25,
        points: null,
        payload: null,
      },
      {
        ...common,
        ...none,
        event_id: "f4",
        event_type: "POINTS_EARNED",
        occurred_at: new Date("2026-11-03T11:00:00Z"),
        points: 40,
        payload: null,
      },
    ]);
    // Each its own id; received now, by the real clock and in UTC (the batch's `now` is only the
    // day its statistics are computed for).
    expect(new Set(ledger.map((row) => row.id)).size).toBe(4);
    for (const row of ledger) {
      expect(row.received_at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1);
      expect(row.received_at.getTime()).toBeLessThanOrEqual(after.getTime() + 1);
    }
  });
});

describe("login streaks", () => {
  /** Logins at a local wall-clock time on consecutive local days, written as UTC instants. */
  const loginsAt = (userId: string, zone: string, days: string[], localTime: string) =>
    days.map((day, n) => {
      // Find the UTC instant whose local time in `zone` is day + localTime (DST-aware).
      const guess = Date.parse(`${day}T${localTime}:00Z`);
      const offsetMs =
        Date.parse(new Date(guess).toLocaleString("en-US", { timeZone: zone }) + " UTC") - guess;
      const instant = new Date(guess - offsetMs).toISOString();
      expect(localDay(instant, zone)).toBe(day);
      return {
        event_id: `login-${zone}-${n}-${day}`,
        user_id: userId,
        event_type: "LOGIN" as const,
        occurred_at: instant,
      };
    });

  it("counts local days across the autumn clock change (America/New_York, 1 Nov 2026)", async () => {
    const user = await learner("America/New_York");
    const days = ["2026-10-30", "2026-10-31", "2026-11-01", "2026-11-02", "2026-11-03"];
    await recordLearningEvents(
      ctx,
      { events: loginsAt(user.id, "America/New_York", days, "23:30") },
      now,
    );
    // 4 Nov 05:00 in New York: yesterday's login keeps the 5-day streak alive.
    expect(await stored(user.id)).toMatchObject({
      login_streak: 5,
      longest_login_streak: 5,
      total_logins: 5,
    });
  });

  it("counts local days across the spring clock change (Europe/London, 29 Mar 2026)", async () => {
    const user = await learner("Europe/London");
    const days = ["2026-03-27", "2026-03-28", "2026-03-29", "2026-03-30"];
    const spring = new Date("2026-03-30T20:00:00Z");
    await recordLearningEvents(
      ctx,
      { events: loginsAt(user.id, "Europe/London", days, "00:30") },
      spring,
    );
    expect(await stored(user.id)).toMatchObject({ login_streak: 4, longest_login_streak: 4 });
  });

  it("depends on the user's time zone: the same instants are other days elsewhere", async () => {
    const instants = ["2026-11-01T23:30:00Z", "2026-11-02T11:00:00Z", "2026-11-03T23:30:00Z"];
    const results: Record<string, unknown> = {};
    for (const zone of ["UTC", "Pacific/Auckland", "America/Los_Angeles"]) {
      const user = await learner(zone);
      await recordLearningEvents(
        ctx,
        {
          events: instants.map((occurred_at, n) => ({
            event_id: `tz-${zone}-${n}`,
            user_id: user.id,
            event_type: "LOGIN" as const,
            occurred_at,
          })),
        },
        now,
      );
      const stats = await stored(user.id);
      results[zone] = [stats.login_streak, stats.longest_login_streak];
      expectStatsToMatch(
        stats,
        instants.map((occurred_at, n) => ({ event_id: `${n}`, event_type: "LOGIN", occurred_at })),
        zone,
      );
    }
    // UTC: 1, 2, 3 Nov → 3 in a row. Auckland (UTC+13): 2, 3, 4 Nov → 3 and today. Los Angeles: 1, 2, 3 Nov (16:30, 04:00, 16:30).
    expect(results).toEqual({
      UTC: [3, 3],
      "Pacific/Auckland": [3, 3],
      "America/Los_Angeles": [3, 3],
    });
  });

  it("breaks after a missed day, keeping the longest run, and is 0 once two days pass", async () => {
    const user = await learner("UTC");
    const days = [
      "2026-10-20",
      "2026-10-21",
      "2026-10-22",
      "2026-10-23",
      "2026-11-02",
      "2026-11-03",
    ];
    await recordLearningEvents(ctx, { events: loginsAt(user.id, "UTC", days, "12:00") }, now);
    expect(await stored(user.id)).toMatchObject({ login_streak: 2, longest_login_streak: 4 });
    await reconcileStats({ db, now: () => new Date("2026-11-05T12:00:00Z") });
    expect(await stored(user.id)).toMatchObject({ login_streak: 0, longest_login_streak: 4 });
  });
});

describe("a batch is all or nothing", () => {
  it("reports every bad event with its index and field, and writes nothing", async () => {
    const user = await learner("UTC");
    const stranger = await createUser(db); // another organization's user
    const before = await db.learningEvent.count();
    const attempt = recordLearningEvents(
      ctx,
      {
        events: [
          {
            event_id: "ok-1",
            user_id: user.id,
            event_type: "LOGIN",
            occurred_at: "2026-11-01T10:00:00Z",
          },
          {
            event_id: "bad-1",
            user_id: stranger.id,
            event_type: "LOGIN",
            occurred_at: "2026-11-01T10:00:00Z",
          },
          {
            event_id: "bad-2",
            user_id: user.id,
            event_type: "LOGIN",
            occurred_at: "2026-12-25T10:00:00Z",
          },
          {
            event_id: "ok-1",
            user_id: user.id,
            event_type: "BADGE_EARNED",
            occurred_at: "2026-11-01T10:00:00Z",
          },
        ],
      },
      now,
    );
    await expect(attempt).rejects.toMatchObject({
      appCode: "VALIDATION_FAILED",
      details: [
        { path: "events.1.user_id", message: "no such user in this organization" },
        { path: "events.2.occurred_at", message: "must not be in the future" },
        { path: "events.3.event_id" },
      ],
    });
    expect(await db.learningEvent.count()).toBe(before);
  });

  it("refuses malformed events through the procedure, naming each field", async () => {
    const user = await learner("UTC");
    await expect(
      callerAs(db, service).stats.record({
        events: [
          {
            event_id: "m1",
            user_id: user.id,
            event_type: "LEARNING_TIME",
            minutes: 0,
            occurred_at: "2026-11-01T10:00:00Z",
          },
          {
            event_id: "m2",
            user_id: user.id,
            event_type: "ASSESSMENT_COMPLETED",
            score: 120,
            passed: true,
            occurred_at: "2026-11-01T10:00:00Z",
          },
          {
            event_id: "m3",
            user_id: user.id,
            event_type: "TELEPORTED",
            occurred_at: "2026-11-01T10:00:00Z",
          },
          { event_id: "m4", user_id: user.id, event_type: "LOGIN", occurred_at: "yesterday" },
        ] as never,
      }),
    ).rejects.toMatchObject({ appCode: "VALIDATION_FAILED" });
    const error = await callerAs(db, service)
      .stats.record({
        events: [
          {
            event_id: "m1",
            user_id: user.id,
            event_type: "LEARNING_TIME",
            minutes: 0,
            occurred_at: "2026-11-01T10:00:00Z",
          },
        ],
      })
      .then(
        () => {
          throw new Error("expected VALIDATION_FAILED");
        },
        (caught: unknown) => caught as AppError,
      );
    expect(error.details.map((d) => d.path)).toEqual(["events.0.minutes"]);
    await expect(callerAs(db, service).stats.record({ events: [] })).rejects.toMatchObject({
      appCode: "VALIDATION_FAILED",
    });
  });
});

describe("reading statistics", () => {
  it("gives the learner their own, refreshed to the current windows, and admins an organization summary", async () => {
    // An organization of its own, so the other tests' events stay out of its summary.
    const summarised = await createOrganization(db);
    const user = await learnerIn(summarised.id, "UTC");
    const other = await learnerIn(summarised.id, "UTC");
    const platform: ApiKeyActor = {
      kind: "apiKey",
      apiKeyId: apiKey.id,
      organizationId: null,
      scopes: ["stats:write", "stats:read"],
    };
    const ctx = {
      ...createContextInner({ db, actor: platform, settings: testSettings }),
      actor: platform,
    } as ServiceContext<ApiKeyActor>;
    await recordLearningEvents(
      ctx,
      {
        events: [
          {
            event_id: "s1",
            user_id: user.id,
            event_type: "LEARNING_TIME",
            minutes: 40,
            occurred_at: "2026-11-02T08:00:00Z",
          },
          {
            event_id: "s2",
            user_id: user.id,
            event_type: "ASSESSMENT_COMPLETED",
            score: 80,
            passed: true,
            occurred_at: "2026-11-02T09:00:00Z",
          },
          {
            event_id: "s3",
            user_id: other.id,
            event_type: "ASSESSMENT_COMPLETED",
            score: 60,
            passed: false,
            occurred_at: "2026-11-03T09:00:00Z",
          },
          {
            event_id: "s4",
            user_id: other.id,
            event_type: "COURSE_COMPLETED",
            course_id: courseIds[0] ?? "",
            occurred_at: "2026-11-03T10:00:00Z",
          },
          {
            event_id: "s5",
            user_id: other.id,
            event_type: "LEARNING_TIME",
            minutes: 20,
            occurred_at: "2026-10-01T10:00:00Z",
          },
        ],
      },
      now,
    );
    const mine = await callerAs(db, {
      kind: "user",
      userId: user.id,
      organizationId: summarised.id,
      role: "LEARNER",
    }).stats.mine();
    expect(mine).toMatchObject({ total_learning_time: 40, average_score: 80 });

    const summary = await callerAs(db, platform).stats.organizationSummary({
      organization_id: summarised.id,
      from: "2026-11-02",
      to: "2026-11-03",
    });
    expect(summary).toMatchObject({
      organization_id: summarised.id,
      active_learners: 2,
      courses_completed: 1,
      total_learning_time: 40,
      assessments_taken: 2,
      average_score: 70,
    });
    expect(summary.days.map((day) => day.date)).toEqual(["2026-11-02", "2026-11-03"]);
  });
});
