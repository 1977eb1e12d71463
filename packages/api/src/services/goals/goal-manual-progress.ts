import type { UserActor } from "../../auth/actor";
import { conflict } from "../../errors";
import {
  isManualProgressGoalType,
  manualProgressGoalTypes,
  type UpdateGoalProgressInput,
} from "../../schemas/goals";
import { logActivity } from "../activity/log-activity";
import { goalSelect } from "../selects";
import type { ServiceContext } from "../service-context";
import { applyGoalProgress } from "./goal-progress";
import { assertGoalEditable, lockOwnGoal } from "./own-goal";

/**
 * The caller reports the current value of one of their SKILL_DEVELOPMENT or CUSTOM goals (the
 * other types advance from learning events: a CONFLICT on current_value). The value may go down
 * (a correction). Reaching the target completes an ACTIVE goal; a PAUSED goal records the value
 * and stays paused. A COMPLETED or CANCELLED goal is a CONFLICT. GOAL_UPDATED records the change.
 */
export async function updateGoalProgress(
  ctx: ServiceContext<UserActor>,
  input: UpdateGoalProgressInput,
) {
  const userId = ctx.actor.userId;
  return ctx.db.$transaction(async (tx) => {
    const before = await lockOwnGoal(tx, userId, input.goal_id);
    if (!isManualProgressGoalType(before.goal_type)) {
      throw conflict(
        "current_value",
        `A ${before.goal_type} goal advances automatically from learning events; only ${manualProgressGoalTypes.join(" and ")} goals take progress by hand`,
      );
    }
    assertGoalEditable(before);
    if (input.current_value === before.current_value) return before;

    const progress = applyGoalProgress(before, input.current_value, new Date());
    const after = await tx.userGoal.update({
      where: { id: input.goal_id },
      data: progress,
      select: goalSelect,
    });
    const statusChanged = after.status !== before.status;
    await logActivity(tx, ctx, {
      userId,
      type: "GOAL_UPDATED",
      data: {
        goal_id: after.id,
        title: after.title,
        fields: statusChanged ? ["current_value", "status"] : ["current_value"],
        current_value: { from: before.current_value, to: after.current_value },
        progress_percentage: after.progress_percentage,
        ...(statusChanged ? { from: before.status, to: after.status } : {}),
      },
    });
    return after;
  });
}

/**
 * The caller declares one of their SKILL_DEVELOPMENT or CUSTOM goals done: COMPLETED now, its
 * progress shown as 100 %. This is how a goal without a target (CUSTOM) ends; automatic goal types
 * complete only by reaching their target (a CONFLICT on status here). Only an ACTIVE or PAUSED
 * goal can be completed; GOAL_UPDATED records it.
 */
export async function completeGoal(
  ctx: ServiceContext<UserActor>,
  goalId: string,
  now = new Date(),
) {
  const userId = ctx.actor.userId;
  return ctx.db.$transaction(async (tx) => {
    const before = await lockOwnGoal(tx, userId, goalId);
    if (!isManualProgressGoalType(before.goal_type)) {
      throw conflict(
        "status",
        `A ${before.goal_type} goal completes by reaching its target from learning events`,
      );
    }
    assertGoalEditable(before);
    const after = await tx.userGoal.update({
      where: { id: goalId },
      data: {
        status: "COMPLETED",
        completed_at: now,
        progress_percentage: 100,
        last_progress_update: now,
      },
      select: goalSelect,
    });
    await logActivity(tx, ctx, {
      userId,
      type: "GOAL_UPDATED",
      data: {
        goal_id: goalId,
        title: after.title,
        fields: ["status"],
        from: before.status,
        to: after.status,
      },
    });
    return after;
  });
}
