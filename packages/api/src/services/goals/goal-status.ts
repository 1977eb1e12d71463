import type { GoalStatus } from "@ums/db";

import type { UserActor } from "../../auth/actor";
import { conflict } from "../../errors";
import { logActivity } from "../activity/log-activity";
import { goalSelect } from "../selects";
import type { ServiceContext } from "../service-context";
import { catchUpGoal } from "./auto-progress";
import { applyGoalProgress } from "./goal-progress";
import { lockOwnGoal } from "./own-goal";

type OwnContext = ServiceContext<UserActor>;

interface Transition {
  verb: string;
  from: readonly GoalStatus[];
  to: GoalStatus;
}

/** The status changes a user makes by hand; completion comes from progress only. */
const transitions = {
  pause: { verb: "paused", from: ["ACTIVE"], to: "PAUSED" },
  resume: { verb: "resumed", from: ["PAUSED"], to: "ACTIVE" },
  cancel: { verb: "cancelled", from: ["ACTIVE", "PAUSED"], to: "CANCELLED" },
} as const satisfies Record<string, Transition>;

/** ACTIVE → PAUSED. */
export const pauseGoal = (ctx: OwnContext, goalId: string) =>
  changeGoalStatus(ctx, goalId, transitions.pause);

/**
 * PAUSED → ACTIVE; a goal whose value reached its target while it was paused (e.g. a lowered
 * target) is completed at once, as progress would have done.
 */
export const resumeGoal = (ctx: OwnContext, goalId: string) =>
  changeGoalStatus(ctx, goalId, transitions.resume);

/** ACTIVE or PAUSED → CANCELLED, for good (a cancelled goal can only be deleted). */
export const cancelGoal = (ctx: OwnContext, goalId: string) =>
  changeGoalStatus(ctx, goalId, transitions.cancel);

/** Any other starting status is a CONFLICT on status. GOAL_UPDATED logs from → to. */
async function changeGoalStatus(ctx: OwnContext, goalId: string, transition: Transition) {
  const userId = ctx.actor.userId;
  return ctx.db.$transaction(async (tx) => {
    const before = await lockOwnGoal(tx, userId, goalId);
    if (!transition.from.includes(before.status)) {
      throw conflict(
        "status",
        `Only ${transition.from.join(" or ")} goals can be ${transition.verb}; this one is ${before.status}`,
      );
    }
    let data: { status: GoalStatus; completed_at?: Date | null; progress_percentage?: number } = {
      status: transition.to,
    };
    if (transition.to === "ACTIVE") {
      const { status, completed_at, progress_percentage } = applyGoalProgress(
        { ...before, status: "ACTIVE" },
        before.current_value,
        new Date(),
      );
      data = { status, completed_at, progress_percentage };
    }
    const after = await tx.userGoal.update({
      where: { id: goalId },
      data,
      select: goalSelect,
    });
    await logActivity(tx, ctx, {
      userId,
      type: "GOAL_UPDATED",
      data: {
        goal_id: goalId,
        title: before.title,
        fields: ["status"],
        from: before.status,
        to: after.status,
      },
    });
    // A resumed goal catches up with the events recorded while it was paused.
    return after.status === "ACTIVE"
      ? catchUpGoal(tx, ctx, { ...after, user_id: userId }, new Date())
      : after;
  });
}
