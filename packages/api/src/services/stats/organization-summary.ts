import type { OrganizationSummaryInput } from "../../schemas/stats";
import type { ServiceContext } from "../service-context";
import { organizationForAction } from "../users/user-scope";
import { invalid } from "../../errors";

/**
 * An organization's learning between two UTC days (both included), from the ledger: learners
 * with any activity, minutes learned, courses completed, assessments and their average score, and
 * the same per day for charts. Answered from the (organization_id, occurred_at) index.
 */
export async function organizationSummary(ctx: ServiceContext, input: OrganizationSummaryInput) {
  const organizationId = await organizationForAction(ctx.db, ctx.actor, input.organization_id);
  if (organizationId === undefined) {
    throw invalid("organization_id", "is required for a platform-wide API key");
  }
  const from = `${input.from}T00:00:00Z`;
  const until = new Date(Date.parse(`${input.to}T00:00:00Z`) + 86_400_000).toISOString();

  const rows = await ctx.db.$queryRaw<
    {
      day: string | null;
      active_learners: number;
      learning_minutes: number;
      courses_completed: number;
      assessments_taken: number;
      average_score: number | null;
    }[]
  >`
    SELECT to_char(date_trunc('day', "occurred_at"), 'YYYY-MM-DD') AS day,
      count(DISTINCT "user_id")::int AS active_learners,
      coalesce(sum("minutes") FILTER (WHERE "event_type" = 'LEARNING_TIME'), 0)::int AS learning_minutes,
      (count(*) FILTER (WHERE "event_type" = 'COURSE_COMPLETED'))::int AS courses_completed,
      (count(*) FILTER (WHERE "event_type" = 'ASSESSMENT_COMPLETED'))::int AS assessments_taken,
      round(avg("score"::numeric) FILTER (WHERE "event_type" = 'ASSESSMENT_COMPLETED'), 2)::float8 AS average_score
    FROM "learning_events"
    WHERE "organization_id" = ${organizationId}::uuid
      AND "occurred_at" >= (${from}::timestamptz AT TIME ZONE 'UTC')
      AND "occurred_at" < (${until}::timestamptz AT TIME ZONE 'UTC')
    GROUP BY GROUPING SETS ((date_trunc('day', "occurred_at")), ())
    ORDER BY day NULLS FIRST`;

  const [total, ...days] = rows;
  const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
  const summary = {
    active_learners: total?.active_learners ?? 0,
    total_learning_time: total?.learning_minutes ?? 0,
    courses_completed: total?.courses_completed ?? 0,
    assessments_taken: total?.assessments_taken ?? 0,
    average_score: round(total?.average_score ?? null),
  };
  return {
    organization_id: organizationId,
    from: input.from,
    to: input.to,
    ...summary,
    days: days.map((day) => ({
      date: day.day ?? "",
      active_learners: day.active_learners,
      learning_time: day.learning_minutes,
      courses_completed: day.courses_completed,
      assessments_taken: day.assessments_taken,
      average_score: round(day.average_score),
    })),
  };
}
