import type { UserActor } from "../../auth/actor";
import { invalid } from "../../errors";
import {
  targetDateProblem,
  targetValueRequired,
  type CreateGoalInput,
  type UpdateGoalInput,
} from "../../schemas/goals";
import { logActivity } from "../activity/log-activity";
import { changedFields } from "../profile/changed-fields";
import { goalSelect } from "../selects";
import type { ServiceContext } from "../service-context";
import { catchUpGoal } from "./auto-progress";
import { applyGoalProgress } from "./goal-progress";
import { assertGoalEditable, calendarDay, dateColumn, lockOwnGoal } from "./own-goal";

type OwnContext = ServiceContext<UserActor>;

/** A new ACTIVE goal of the caller, with no progress yet. GOAL_CREATED is logged. */
export async function createGoal(ctx: OwnContext, input: CreateGoalInput) {
  const userId = ctx.actor.userId;
  return ctx.db.$transaction(async (tx) => {
    const goal = await tx.userGoal.create({
      data: {
        user_id: userId,
        title: input.title,
        description: input.description ?? null,
        goal_type: input.goal_type,
        target_value: input.target_value ?? null,
        unit: input.unit ?? null,
        start_date: dateColumn(input.start_date),
        target_date: dateColumn(input.target_date),
        priority: input.priority,
      },
      select: { ...goalSelect, user_id: true },
    });
    await logActivity(tx, ctx, {
      userId,
      type: "GOAL_CREATED",
      data: {
        goal_id: goal.id,
        title: goal.title,
        goal_type: goal.goal_type,
        target_value: goal.target_value,
        unit: goal.unit,
        start_date: input.start_date,
        target_date: input.target_date,
        priority: goal.priority,
      },
    });
    // A goal whose dates reach into the past counts the events already recorded.
    return catchUpGoal(tx, ctx, goal, new Date());
  });
}

/**
 * Changes one of the caller's ACTIVE or PAUSED goals (a COMPLETED or CANCELLED one is a CONFLICT).
 * A date sent alone is checked against the stored other one (target_date not before start_date);
 * only a CUSTOM goal may lose its target. A new target recomputes the progress, and an ACTIVE goal
 * whose value already reaches it is completed. Unchanged values change nothing and log nothing;
 * otherwise GOAL_UPDATED names the fields (and the status change, if any).
 */
export async function updateGoal(ctx: OwnContext, input: UpdateGoalInput) {
  const { goal_id: goalId, start_date, target_date, ...rest } = input;
  const userId = ctx.actor.userId;
  return ctx.db.$transaction(async (tx) => {
    const before = await lockOwnGoal(tx, userId, goalId);
    assertGoalEditable(before);

    const dateProblem = targetDateProblem(
      start_date ?? calendarDay(before.start_date),
      target_date ?? calendarDay(before.target_date),
    );
    if (dateProblem !== undefined) throw invalid("target_date", dateProblem);
    if (rest.target_value === null && targetValueRequired(before.goal_type)) {
      throw invalid("target_value", `is required for ${before.goal_type} goals`);
    }

    const changes = {
      ...rest,
      ...(start_date === undefined ? {} : { start_date: dateColumn(start_date) }),
      ...(target_date === undefined ? {} : { target_date: dateColumn(target_date) }),
    };
    const fields = changedFields(before, changes);
    if (fields.length === 0) return before;

    let progress = {};
    if (fields.includes("target_value")) {
      const { progress_percentage, status, completed_at } = applyGoalProgress(
        { ...before, target_value: rest.target_value ?? null },
        before.current_value,
        new Date(),
      );
      progress = { progress_percentage, status, completed_at };
    }
    const after = await tx.userGoal.update({
      where: { id: goalId },
      data: { ...changes, ...progress },
      select: goalSelect,
    });
    const statusChanged = after.status !== before.status;
    await logActivity(tx, ctx, {
      userId,
      type: "GOAL_UPDATED",
      data: {
        goal_id: goalId,
        title: after.title,
        fields: statusChanged ? [...fields, "status"] : fields,
        ...(statusChanged ? { from: before.status, to: after.status } : {}),
      },
    });
    const recount = fields.includes("start_date") || fields.includes("target_date");
    return recount ? catchUpGoal(tx, ctx, { ...after, user_id: userId }, new Date()) : after;
  });
}

/** Deletes one of the caller's goals, whatever its status; GOAL_DELETED keeps what it was. */
export async function deleteGoal(ctx: OwnContext, goalId: string) {
  const userId = ctx.actor.userId;
  return ctx.db.$transaction(async (tx) => {
    const goal = await lockOwnGoal(tx, userId, goalId);
    await tx.userGoal.delete({ where: { id: goalId }, select: { id: true } });
    await logActivity(tx, ctx, {
      userId,
      type: "GOAL_DELETED",
      data: {
        goal_id: goalId,
        title: goal.title,
        goal_type: goal.goal_type,
        status: goal.status,
        progress_percentage: goal.progress_percentage,
      },
    });
    return goal;
  });
}
