import type { Prisma } from "@ums/db";
import {
  createLearningEvent,
  createOrganization,
  createTestDatabase,
  createUser,
} from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import type { UserActor } from "../../auth/actor";
import { createContextInner } from "../../context";
import {
  callerAs,
  expectRefused,
  explainRecordedQueries,
  indexScan,
  testSettings,
  userActor,
} from "../../testing";
import type { ServiceContext } from "../service-context";
import { getOwnLearningHistory, getUserLearningHistory } from "./learning-history";

const { db } = await createTestDatabase();
const organization = await createOrganization(db);

/** Wednesday 4 November 2026, 10:00 UTC: after the EU (25 Oct) and US (1 Nov) clock changes. */
const now = new Date("2026-11-04T10:00:00Z");

async function learner(timezone: string | null, organizationId = organization.id) {
  const user = await createUser(db, { organization_id: organizationId });
  if (timezone !== null) await db.userProfile.create({ data: { user_id: user.id, timezone } });
  return userActor(user);
}

const contextOf = (actor: UserActor, database = db) =>
  ({
    ...createContextInner({ db: database, actor, settings: testSettings }),
    actor,
  }) as ServiceContext<UserActor>;

const event = (
  actor: UserActor,
  occurred_at: string,
  data: Partial<Prisma.LearningEventUncheckedCreateInput> = {},
) =>
  createLearningEvent(db, { user_id: actor.userId, occurred_at: new Date(occurred_at), ...data });

const assessment = (actor: UserActor, occurred_at: string, score: number) =>
  event(actor, occurred_at, {
    event_type: "ASSESSMENT_COMPLETED",
    minutes: null,
    score,
    passed: score >= 70,
  });

describe("learning history", () => {
  it("puts each event on the day it happened in the user's time zone, across a clock change", async () => {
    const me = await learner("America/New_York");
    // New York left summer time on Sunday 1 November 2026 at 06:00 UTC (02:00 EDT → 01:00 EST).
    await event(me, "2026-11-01T03:59:00Z", { minutes: 1 }); // Sat 31 Oct, 23:59 EDT
    await event(me, "2026-11-01T04:00:00Z", { minutes: 10 }); // Sun 1 Nov, 00:00 EDT
    await event(me, "2026-11-02T04:59:00Z", { minutes: 20 }); // Sun 1 Nov, 23:59 EST
    await event(me, "2026-11-02T05:00:00Z", { minutes: 100 }); // Mon 2 Nov, 00:00 EST
    await assessment(me, "2026-11-01T12:00:00Z", 90);
    await assessment(me, "2026-11-01T13:00:00Z", 65);
    await event(me, "2026-11-01T14:00:00Z", {
      event_type: "COURSE_COMPLETED",
      minutes: null,
      course_id: crypto.randomUUID(),
    });
    await event(me, "2026-11-01T15:00:00Z", { event_type: "LOGIN", minutes: null });

    const sunday = await getOwnLearningHistory(
      contextOf(me),
      { from: "2026-11-01", to: "2026-11-01" },
      now,
    );
    expect(sunday).toMatchObject({
      user_id: me.userId,
      time_zone: "America/New_York",
      from: "2026-11-01",
      to: "2026-11-01",
      total: {
        learning_time: 30,
        courses_completed: 1,
        lessons_completed: 0,
        assessments_taken: 2,
        assessments_passed: 1,
        average_score: 77.5,
      },
    });
    expect(sunday.days).toEqual([{ date: "2026-11-01", ...sunday.total }]);
    // Sunday closes the week that began on Monday 26 October.
    expect(sunday.weeks).toEqual([{ week_start: "2026-10-26", ...sunday.total }]);

    const around = await getOwnLearningHistory(
      contextOf(me),
      { from: "2026-10-31", to: "2026-11-02" },
      now,
    );
    expect(around.days.map((day) => [day.date, day.learning_time])).toEqual([
      ["2026-10-31", 1],
      ["2026-11-01", 30],
      ["2026-11-02", 100],
    ]);
    expect(around.weeks.map((week) => [week.week_start, week.learning_time])).toEqual([
      ["2026-10-26", 31],
      ["2026-11-02", 100],
    ]);
    expect(around.total.learning_time).toBe(131);
  });

  it("ends a `weeks` range on the user's today, which may be tomorrow in UTC", async () => {
    const me = await learner("Asia/Tokyo");
    // 20:00 UTC on Wednesday 4 November is 05:00 on Thursday 5 November in Tokyo.
    const evening = new Date("2026-11-04T20:00:00Z");
    await event(me, "2026-11-04T19:00:00Z", { minutes: 45 }); // Thu 5 Nov, 04:00 JST
    await event(me, "2026-10-26T01:00:00Z", { minutes: 15 }); // Mon 26 Oct, 10:00 JST
    await event(me, "2026-10-25T14:00:00Z", { minutes: 999 }); // Sun 25 Oct, 23:00 JST: outside

    const history = await getOwnLearningHistory(contextOf(me), { weeks: 2 }, evening);
    expect(history).toMatchObject({ from: "2026-10-26", to: "2026-11-05" });
    expect(history.days).toHaveLength(11);
    expect(history.days.at(-1)).toMatchObject({ date: "2026-11-05", learning_time: 45 });
    expect(history.days[0]).toMatchObject({ date: "2026-10-26", learning_time: 15 });
    expect(history.weeks.map((week) => [week.week_start, week.learning_time])).toEqual([
      ["2026-10-26", 15],
      ["2026-11-02", 45],
    ]);
    expect(history.total.learning_time).toBe(60);

    // Without a range: the last 12 weeks, this one included.
    const fallback = await getOwnLearningHistory(contextOf(me), {}, evening);
    expect(fallback).toMatchObject({ from: "2026-08-17", to: "2026-11-05" });
    expect(fallback.weeks).toHaveLength(12);
    expect(fallback.days).toHaveLength(81);
  });

  it("gives a learner without events (or without a profile) every day at zero, in UTC", async () => {
    const me = await learner(null);
    const history = await getOwnLearningHistory(
      contextOf(me),
      { from: "2026-02-27", to: "2026-03-02" },
      now,
    );
    const zero = {
      learning_time: 0,
      courses_completed: 0,
      lessons_completed: 0,
      assessments_taken: 0,
      assessments_passed: 0,
      average_score: null,
    };
    expect(history).toEqual({
      user_id: me.userId,
      time_zone: "UTC",
      from: "2026-02-27",
      to: "2026-03-02",
      total: zero,
      days: ["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"].map((date) => ({
        date,
        ...zero,
      })),
      weeks: ["2026-02-23", "2026-03-02"].map((week_start) => ({ week_start, ...zero })),
    });
  });

  it("counts only the user's own events", async () => {
    const me = await learner("UTC");
    const other = await learner("UTC");
    await event(me, "2026-11-03T10:00:00Z", { minutes: 5 });
    await event(other, "2026-11-03T10:00:00Z", { minutes: 50 });
    const history = await getOwnLearningHistory(
      contextOf(me),
      { from: "2026-11-03", to: "2026-11-03" },
      now,
    );
    expect(history.total.learning_time).toBe(5);
  });

  it("refuses ranges that are inverted, too long, half given or mixed with `weeks`", async () => {
    const me = callerAs(db, await learner("UTC"));
    await expectRefused(
      me.stats.myHistory({ from: "2026-11-02", to: "2026-11-01" }),
      "VALIDATION_FAILED",
      "from",
    );
    // 366 days, both ends included, is the longest.
    const leapYear = await me.stats.myHistory({ from: "2024-01-01", to: "2024-12-31" });
    expect(leapYear.days).toHaveLength(366);
    await expectRefused(
      me.stats.myHistory({ from: "2025-01-01", to: "2026-01-02" }),
      "VALIDATION_FAILED",
      "to",
    );
    await expectRefused(me.stats.myHistory({ from: "2026-11-01" }), "VALIDATION_FAILED", "to");
    await expectRefused(
      me.stats.myHistory({ weeks: 4, from: "2026-11-01", to: "2026-11-02" }),
      "VALIDATION_FAILED",
      "weeks",
    );
    await expectRefused(me.stats.myHistory({ weeks: 0 }), "VALIDATION_FAILED", "weeks");
    await expectRefused(me.stats.myHistory({ weeks: 54 }), "VALIDATION_FAILED", "weeks");
    await expectRefused(
      me.stats.myHistory({ from: "2026-02-30", to: "2026-03-01" }),
      "VALIDATION_FAILED",
      "from",
    );
  });

  it("lets an org admin read the history of their organization's users only", async () => {
    const me = await learner("Europe/Lisbon");
    await event(me, "2026-11-03T23:30:00Z", { minutes: 25 }); // Lisbon is on UTC in winter
    const admin = userActor(
      await createUser(db, { organization_id: organization.id, role: "ORG_ADMIN" }),
    );
    const history = await callerAs(db, admin).stats.historyOfUser({
      user_id: me.userId,
      from: "2026-11-03",
      to: "2026-11-03",
    });
    expect(history).toMatchObject({
      user_id: me.userId,
      time_zone: "Europe/Lisbon",
      total: { learning_time: 25 },
    });

    const elsewhere = await createOrganization(db);
    const stranger = userActor(
      await createUser(db, { organization_id: elsewhere.id, role: "ORG_ADMIN" }),
    );
    await expectRefused(
      getUserLearningHistory(contextOf(stranger), me.userId, { weeks: 1 }, now),
      "NOT_FOUND",
    );
  });

  it("reads the ledger through the (user_id, occurred_at) index, in one statement (EXPLAIN)", async () => {
    const me = await learner("America/New_York");
    const plans = await explainRecordedQueries(db, "history_local_day", async (spy) => {
      await getOwnLearningHistory(contextOf(me, spy), { weeks: 12 }, now);
    });
    expect(plans).toHaveLength(1);
    const [history] = plans;
    expect(history?.plan).not.toMatch(/Seq Scan on learning_events/);
    expect(history?.plan).toMatch(indexScan("learning_events_user_id_occurred_at_idx"));
    expect(history?.plan).toMatch(/Index Cond: .*user_id = .*occurred_at >= .*occurred_at < /);
  });
});
