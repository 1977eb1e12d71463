import type { Db } from "../client";
import { Prisma } from "../generated/prisma/client";

/**
 * The one definition of LearningStats: every column derived from the learning-events ledger, in
 * the user's time zone (profile.timezone), as of `now`. The API's write path (right after events
 * are recorded), its reconciliation job and the demo seed all run this same statement, so they
 * cannot disagree. It lives beside the schema because it defines a derived table.
 *
 * - courses: distinct courses enrolled / completed; in progress = enrolled or started, not completed
 * - learning time: all minutes, and those of the current week (from Monday) and month, local days
 * - assessments: count, passed, average and highest score
 * - logins: count; streak = consecutive local days with a login, ending today or yesterday;
 *   longest = the longest such run ever
 * - achievements: certificates, badges, points
 * - last activity, last course accessed, last lesson completed (latest by occurred_at)
 * - week_start_date / month_start_date: the current windows, so they roll over by themselves
 *
 * Only rows whose values differ are written; returns the ids of the users whose stats changed.
 * `rowsExist`: the caller has already created every user's row (and locked it), so the INSERT
 * that would create the missing ones is skipped.
 */
export async function refreshLearningStats(
  db: Db | Prisma.TransactionClient,
  userIds: string[],
  now: Date,
  options: { rowsExist?: boolean } = {},
): Promise<string[]> {
  if (userIds.length === 0) return [];
  // Users who have none yet get a row with defaults first (ids are generated here: Prisma's
  // uuid() default lives in the client, not in the table).
  if (options.rowsExist !== true) {
    await db.$executeRaw`
      INSERT INTO "learning_stats" ("id", "user_id", "updated_at")
      SELECT gen_random_uuid(), u, (now() AT TIME ZONE 'UTC') FROM unnest(${userIds}::uuid[]) AS u
      ON CONFLICT ("user_id") DO NOTHING`;
  }

  const changed = await db.$queryRaw<{ user_id: string }[]>(refreshStatement(userIds, now));
  return changed.map((row) => row.user_id);
}

const columns = [
  "total_courses_enrolled",
  "courses_completed",
  "courses_in_progress",
  "total_learning_time",
  "this_week_learning_time",
  "this_month_learning_time",
  "average_score",
  "highest_score",
  "total_assessments_taken",
  "assessments_passed",
  "login_streak",
  "longest_login_streak",
  "total_logins",
  "certificates_earned",
  "badges_earned",
  "points_earned",
  "last_activity",
  "last_course_accessed",
  "last_lesson_completed",
  "week_start_date",
  "month_start_date",
] as const;

const quoted = (names: readonly string[], prefix: string) =>
  Prisma.raw(names.map((name) => `${prefix}"${name}"`).join(", "));

function refreshStatement(userIds: string[], now: Date): Prisma.Sql {
  const assignments = Prisma.raw(
    columns.map((name) => `"${name}" = d."${name}"`).join(",\n      "),
  );
  return Prisma.sql`
    WITH target AS (
      SELECT u."id" AS user_id,
             coalesce(p."timezone", 'UTC') AS tz
      FROM "users" u LEFT JOIN "user_profiles" p ON p."user_id" = u."id"
      WHERE u."id" = ANY (${userIds}::uuid[])
    ),
    clock AS (
      SELECT user_id, tz, (${now.toISOString()}::timestamptz AT TIME ZONE tz)::date AS today
      FROM target
    ),
    ev AS (
      -- occurred_at is UTC without a zone (Prisma's DateTime): read it as UTC, then as local time.
      SELECT e.*, c.today, ((e."occurred_at" AT TIME ZONE 'UTC') AT TIME ZONE c.tz)::date AS local_day
      FROM "learning_events" e JOIN clock c ON c.user_id = e."user_id"
    ),
    totals AS (
      SELECT c.user_id,
        (count(DISTINCT ev."course_id") FILTER (WHERE ev."event_type" = 'COURSE_ENROLLED'))::int AS total_courses_enrolled,
        (count(DISTINCT ev."course_id") FILTER (WHERE ev."event_type" = 'COURSE_COMPLETED'))::int AS courses_completed,
        -- |started ∪ completed| − |completed| = |started \\ completed|
        (count(DISTINCT ev."course_id") FILTER (WHERE ev."event_type" IN ('COURSE_ENROLLED', 'COURSE_IN_PROGRESS', 'COURSE_COMPLETED'))
          - count(DISTINCT ev."course_id") FILTER (WHERE ev."event_type" = 'COURSE_COMPLETED'))::int AS courses_in_progress,
        coalesce(sum(ev."minutes") FILTER (WHERE ev."event_type" = 'LEARNING_TIME'), 0)::int AS total_learning_time,
        coalesce(sum(ev."minutes") FILTER (WHERE ev."event_type" = 'LEARNING_TIME'
          AND ev.local_day >= date_trunc('week', c.today::timestamp)::date AND ev.local_day <= c.today), 0)::int AS this_week_learning_time,
        coalesce(sum(ev."minutes") FILTER (WHERE ev."event_type" = 'LEARNING_TIME'
          AND ev.local_day >= date_trunc('month', c.today::timestamp)::date AND ev.local_day <= c.today), 0)::int AS this_month_learning_time,
        -- In exact numeric arithmetic: a float average depends on the order rows are summed in,
        -- and the same ledger must always give the same value.
        round(avg(ev."score"::numeric) FILTER (WHERE ev."event_type" = 'ASSESSMENT_COMPLETED'), 4)::float8 AS average_score,
        max(ev."score") FILTER (WHERE ev."event_type" = 'ASSESSMENT_COMPLETED') AS highest_score,
        (count(*) FILTER (WHERE ev."event_type" = 'ASSESSMENT_COMPLETED'))::int AS total_assessments_taken,
        (count(*) FILTER (WHERE ev."event_type" = 'ASSESSMENT_COMPLETED' AND ev."passed"))::int AS assessments_passed,
        (count(*) FILTER (WHERE ev."event_type" = 'LOGIN'))::int AS total_logins,
        (count(*) FILTER (WHERE ev."event_type" = 'CERTIFICATE_EARNED'))::int AS certificates_earned,
        (count(*) FILTER (WHERE ev."event_type" = 'BADGE_EARNED'))::int AS badges_earned,
        coalesce(sum(ev."points") FILTER (WHERE ev."event_type" = 'POINTS_EARNED'), 0)::int AS points_earned,
        max(ev."occurred_at") AS last_activity,
        (array_agg(ev."course_id" ORDER BY ev."occurred_at" DESC, ev."received_at" DESC, ev."id")
          FILTER (WHERE ev."course_id" IS NOT NULL))[1] AS last_course_accessed,
        (array_agg(ev."lesson_id" ORDER BY ev."occurred_at" DESC, ev."received_at" DESC, ev."id")
          FILTER (WHERE ev."event_type" = 'LESSON_COMPLETED'))[1] AS last_lesson_completed,
        date_trunc('week', c.today::timestamp)::date AS week_start_date,
        date_trunc('month', c.today::timestamp)::date AS month_start_date
      FROM clock c LEFT JOIN ev ON ev."user_id" = c.user_id
      GROUP BY c.user_id, c.today
    ),
    login_days AS (
      SELECT DISTINCT "user_id", local_day, today FROM ev WHERE "event_type" = 'LOGIN'
    ),
    runs AS (
      -- Gaps and islands: consecutive days share (day − its rank).
      SELECT "user_id", today, count(*)::int AS length, max(local_day) AS last_day
      FROM (
        SELECT "user_id", today, local_day,
               local_day - (row_number() OVER (PARTITION BY "user_id" ORDER BY local_day))::int AS island
        FROM login_days
      ) numbered
      GROUP BY "user_id", today, island
    ),
    streaks AS (
      SELECT "user_id",
             max(length)::int AS longest_login_streak,
             coalesce(max(length) FILTER (WHERE last_day >= today - 1), 0)::int AS login_streak
      FROM runs GROUP BY "user_id"
    ),
    derived AS (
      SELECT t.*,
             coalesce(s.login_streak, 0) AS login_streak,
             coalesce(s.longest_login_streak, 0) AS longest_login_streak
      FROM totals t LEFT JOIN streaks s ON s."user_id" = t.user_id
    )
    UPDATE "learning_stats" AS ls SET
      ${assignments},
      "updated_at" = (now() AT TIME ZONE 'UTC')
    FROM derived d
    WHERE ls."user_id" = d.user_id
      AND (${quoted(columns, "ls.")}) IS DISTINCT FROM (${quoted(columns, "d.")})
    RETURNING ls."user_id"`;
}
