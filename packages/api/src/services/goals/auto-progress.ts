import { Prisma, type GoalType } from "@ums/db";

import { automaticProgressGoalTypes } from "../../schemas/goals";

import { logActivities } from "../activity/log-activity";
import { goalSelect } from "../selects";
import type { ServiceContext, Tx } from "../service-context";
import { applyGoalProgress, type GoalProgressUpdate } from "./goal-progress";

/** LEARNING_TIME goals count hours when their unit says so, minutes otherwise. */
const hourUnits = ["hour", "hours", "h", "hr", "hrs"];

/**
 * Recomputes the current value of the ACTIVE automatic goals of `userIds` from the ledger, counting
 * only events whose local day (the user's time zone) falls between the goal's start and target
 * dates: minutes (or hours) learned, distinct courses completed, best assessment score, certificates.
 * Reaching the target completes the goal (GOAL_UPDATED logged). Paused goals wait: they are
 * recomputed from the ledger by the first event after they resume.
 */
export async function refreshAutoGoals(
  tx: Tx,
  ctx: ServiceContext,
  userIds: string[],
  now: Date,
): Promise<void> {
  if (userIds.length === 0) return;
  const goals = await tx.$queryRaw<
    {
      id: string;
      user_id: string;
      status: "ACTIVE" | "PAUSED" | "COMPLETED" | "CANCELLED";
      target_value: number | null;
      current_value: number;
      completed_at: Date | null;
      measured: number | null;
    }[]
  >`
    SELECT g."id", g."user_id", g."status", g."target_value", g."current_value", g."completed_at",
      (SELECT CASE g."goal_type"
          WHEN 'LEARNING_TIME' THEN coalesce(sum(e."minutes") FILTER (WHERE e."event_type" = 'LEARNING_TIME'), 0)
            / CASE WHEN lower(coalesce(g."unit", '')) IN (${Prisma.join(hourUnits)}) THEN 60.0 ELSE 1.0 END
          WHEN 'COURSE_COMPLETION' THEN count(DISTINCT e."course_id") FILTER (WHERE e."event_type" = 'COURSE_COMPLETED')
          WHEN 'ASSESSMENT_SCORE' THEN coalesce(max(e."score") FILTER (WHERE e."event_type" = 'ASSESSMENT_COMPLETED'), 0)
          WHEN 'CERTIFICATION' THEN count(*) FILTER (WHERE e."event_type" = 'CERTIFICATE_EARNED')
        END
        FROM "learning_events" e
        WHERE e."user_id" = g."user_id"
          AND ((e."occurred_at" AT TIME ZONE 'UTC') AT TIME ZONE coalesce(p."timezone", 'UTC'))::date
              BETWEEN g."start_date" AND g."target_date"
      )::float8 AS measured
    FROM "user_goals" g
    LEFT JOIN "user_profiles" p ON p."user_id" = g."user_id"
    WHERE g."user_id" = ANY (${userIds}::uuid[])
      AND g."status" = 'ACTIVE'
      AND g."goal_type"::text IN (${Prisma.join([...automaticProgressGoalTypes])})`;

  const changed = goals.flatMap((goal) => {
    const measured = Math.round((goal.measured ?? 0) * 100) / 100;
    return measured === goal.current_value
      ? []
      : [{ goal, progress: applyGoalProgress(goal, measured, now) }];
  });
  if (changed.length === 0) return;

  // One statement for all of them, whatever their number (a batch may touch hundreds of users).
  // updated_at is the client's clock, as Prisma's @updatedAt sets it.
  const updates = changed.map((entry) => entry.progress);
  const timestamps = (value: (update: GoalProgressUpdate) => Date | null) =>
    updates.map((update) => value(update)?.toISOString() ?? null);
  await tx.$executeRaw`
    UPDATE "user_goals" AS g SET
      "current_value" = t."current_value",
      "progress_percentage" = t."progress_percentage",
      "status" = t."status"::"goal_status",
      "completed_at" = (t."completed_at" AT TIME ZONE 'UTC'),
      "last_progress_update" = (t."last_progress_update" AT TIME ZONE 'UTC'),
      "updated_at" = (${new Date().toISOString()}::timestamptz AT TIME ZONE 'UTC')
    FROM unnest(
      ${changed.map((entry) => entry.goal.id)}::uuid[],
      ${updates.map((update) => update.current_value)}::float8[],
      ${updates.map((update) => update.progress_percentage)}::float8[],
      ${updates.map((update) => update.status)}::text[],
      ${timestamps((update) => update.completed_at)}::timestamptz[],
      ${timestamps((update) => update.last_progress_update)}::timestamptz[]
    ) AS t("id", "current_value", "progress_percentage", "status", "completed_at", "last_progress_update")
    WHERE g."id" = t."id"`;

  await logActivities(
    tx,
    ctx,
    changed
      .filter(({ progress }) => progress.status === "COMPLETED")
      .map(({ goal }) => ({
        userId: goal.user_id,
        type: "GOAL_UPDATED" as const,
        data: {
          goal_id: goal.id,
          fields: ["status"],
          from: goal.status,
          to: "COMPLETED",
          automatic: true,
        },
      })),
  );
}

/**
 * Brings one goal up to date with the events already in the ledger, when it starts counting anew:
 * created, resumed, or given other dates. Returns the goal as it now stands.
 */
export async function catchUpGoal(
  tx: Tx,
  ctx: ServiceContext,
  goal: { id: string; user_id: string; goal_type: GoalType },
  now: Date,
) {
  if ((automaticProgressGoalTypes as readonly GoalType[]).includes(goal.goal_type)) {
    await refreshAutoGoals(tx, ctx, [goal.user_id], now);
  }
  return tx.userGoal.findUniqueOrThrow({ where: { id: goal.id }, select: goalSelect });
}
