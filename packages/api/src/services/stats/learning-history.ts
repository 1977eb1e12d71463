import type { UserActor } from "../../auth/actor";
import {
  defaultHistoryWeeks,
  type LearningHistoryRange,
  type LearningPeriod,
} from "../../schemas/stats";
import type { ServiceContext } from "../service-context";
import { findUserInScope } from "../users/user-scope";
import { daysBetween, weeksBetween } from "./calendar-days";

/** A row of the history query: one day, one week or the whole range, with the range itself. */
type HistoryRow = LearningPeriod & {
  time_zone: string;
  first_day: string;
  last_day: string;
  /** set on the rows of single days */
  history_local_day: string | null;
  /** set on the rows of weeks */
  week_start: string | null;
  /** 1 when the row is not grouped by day / by week (GROUPING()) */
  no_day: number;
  no_week: number;
};

const emptyPeriod: LearningPeriod = {
  learning_time: 0,
  courses_completed: 0,
  lessons_completed: 0,
  assessments_taken: 0,
  assessments_passed: 0,
  average_score: null,
};

const periodOf = ({
  learning_time,
  courses_completed,
  lessons_completed,
  assessments_taken,
  assessments_passed,
  average_score,
}: LearningPeriod): LearningPeriod => ({
  learning_time,
  courses_completed,
  lessons_completed,
  assessments_taken,
  assessments_passed,
  average_score: average_score === null ? null : Math.round(average_score * 100) / 100,
});

/**
 * A user's learning per day and per week over a range of days in the user's own time zone
 * (profile.timezone, as LearningStats uses), from the learning-events ledger. One statement: the
 * zone, today and the range's bounds are worked out in SQL (a `weeks` range ends today, local),
 * turned into UTC instants so that the (user_id, occurred_at) index bounds the read, and the
 * events are summed by local day, by week and in total with GROUPING SETS.
 */
async function historyOf(
  ctx: ServiceContext,
  userId: string,
  range: LearningHistoryRange,
  now: Date,
) {
  const weeks = range.from === undefined ? (range.weeks ?? defaultHistoryWeeks) : null;
  const rows = await ctx.db.$queryRaw<HistoryRow[]>`
    WITH zone AS (
      SELECT coalesce(
        (SELECT p."timezone" FROM "user_profiles" p WHERE p."user_id" = ${userId}::uuid), 'UTC'
      ) AS tz
    ),
    span AS (
      SELECT tz,
        coalesce(${range.from ?? null}::date,
          date_trunc('week', (${now.toISOString()}::timestamptz AT TIME ZONE tz))::date
            - 7 * (${weeks}::int - 1)) AS first_day,
        coalesce(${range.to ?? null}::date,
          (${now.toISOString()}::timestamptz AT TIME ZONE tz)::date) AS last_day
      FROM zone
    ),
    bounds AS (
      -- The local midnights that begin and end the range, as UTC times like occurred_at.
      SELECT tz, first_day, last_day,
        (first_day::timestamp AT TIME ZONE tz) AT TIME ZONE 'UTC' AS since,
        ((last_day + 1)::timestamp AT TIME ZONE tz) AT TIME ZONE 'UTC' AS until
      FROM span
    ),
    ev AS (
      SELECT e."event_type", e."minutes", e."score", e."passed", local.day AS local_day,
        date_trunc('week', local.day::timestamp)::date AS local_week
      FROM bounds b
      JOIN "learning_events" e
        ON e."user_id" = ${userId}::uuid AND e."occurred_at" >= b.since AND e."occurred_at" < b.until
      CROSS JOIN LATERAL (
        SELECT ((e."occurred_at" AT TIME ZONE 'UTC') AT TIME ZONE b.tz)::date AS day
      ) local
    )
    SELECT b.tz AS time_zone,
      to_char(b.first_day, 'YYYY-MM-DD') AS first_day,
      to_char(b.last_day, 'YYYY-MM-DD') AS last_day,
      to_char(ev.local_day, 'YYYY-MM-DD') AS history_local_day,
      to_char(ev.local_week, 'YYYY-MM-DD') AS week_start,
      grouping(ev.local_day)::int AS no_day,
      grouping(ev.local_week)::int AS no_week,
      coalesce(sum(ev."minutes") FILTER (WHERE ev."event_type" = 'LEARNING_TIME'), 0)::int AS learning_time,
      (count(*) FILTER (WHERE ev."event_type" = 'COURSE_COMPLETED'))::int AS courses_completed,
      (count(*) FILTER (WHERE ev."event_type" = 'LESSON_COMPLETED'))::int AS lessons_completed,
      (count(*) FILTER (WHERE ev."event_type" = 'ASSESSMENT_COMPLETED'))::int AS assessments_taken,
      (count(*) FILTER (WHERE ev."event_type" = 'ASSESSMENT_COMPLETED' AND ev."passed"))::int AS assessments_passed,
      -- exact numeric average, so the same ledger always gives the same figure
      round(avg(ev."score"::numeric) FILTER (WHERE ev."event_type" = 'ASSESSMENT_COMPLETED'), 2)::float8 AS average_score
    FROM bounds b
    LEFT JOIN ev ON true
    GROUP BY b.tz, b.first_day, b.last_day, GROUPING SETS ((ev.local_day), (ev.local_week), ())`;

  // The range row is always there (LEFT JOIN): without events it is the only one.
  const total = rows.find((row) => row.no_day === 1 && row.no_week === 1);
  if (total === undefined) throw new Error("the learning history query returned no total row");
  const byDay = new Map<string, LearningPeriod>();
  const byWeek = new Map<string, LearningPeriod>();
  for (const row of rows) {
    if (row.no_day === 0 && row.history_local_day !== null) {
      byDay.set(row.history_local_day, periodOf(row));
    } else if (row.no_week === 0 && row.week_start !== null) {
      byWeek.set(row.week_start, periodOf(row));
    }
  }
  return {
    user_id: userId,
    time_zone: total.time_zone,
    from: total.first_day,
    to: total.last_day,
    total: periodOf(total),
    days: daysBetween(total.first_day, total.last_day).map((date) => ({
      date,
      ...(byDay.get(date) ?? emptyPeriod),
    })),
    weeks: weeksBetween(total.first_day, total.last_day).map((week_start) => ({
      week_start,
      ...(byWeek.get(week_start) ?? emptyPeriod),
    })),
  };
}

/** The caller's own learning history. */
export function getOwnLearningHistory(
  ctx: ServiceContext<UserActor>,
  range: LearningHistoryRange,
  now = new Date(),
) {
  return historyOf(ctx, ctx.actor.userId, range, now);
}

/** Admins (and services with stats:read): the learning history of a user in their scope. */
export async function getUserLearningHistory(
  ctx: ServiceContext,
  userId: string,
  range: LearningHistoryRange,
  now = new Date(),
) {
  await findUserInScope(ctx.db, ctx.actor, userId, { id: true });
  return historyOf(ctx, userId, range, now);
}
