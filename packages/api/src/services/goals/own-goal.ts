import type { GoalStatus } from "@ums/db";

import { conflict, notFound } from "../../errors";
import { goalSelect } from "../selects";
import type { Tx } from "../service-context";

/**
 * One of the user's own goals, locked until the transaction ends, so that two changes of the same
 * goal (an edit, a status change, progress) happen one after the other. Anyone else's is NOT_FOUND.
 */
export async function lockOwnGoal(tx: Tx, userId: string, goalId: string) {
  await tx.$queryRaw`SELECT "id" FROM "user_goals" WHERE "id" = ${goalId}::uuid FOR UPDATE`;
  const goal = await tx.userGoal.findFirst({
    where: { id: goalId, user_id: userId },
    select: goalSelect,
  });
  if (!goal) throw notFound("Goal");
  return goal;
}

/** Statuses after which a goal is finished: it can only be deleted. */
const finishedStatuses: readonly GoalStatus[] = ["COMPLETED", "CANCELLED"];

/** A COMPLETED or CANCELLED goal cannot change any more (it can be deleted). */
export function assertGoalEditable(goal: { status: GoalStatus }): void {
  if (finishedStatuses.includes(goal.status)) {
    throw conflict(
      "status",
      `This goal is ${goal.status}; a completed or cancelled goal cannot be changed, only deleted`,
    );
  }
}

/** A YYYY-MM-DD date as the value of a DATE column (midnight UTC). */
export const dateColumn = (date: string): Date => new Date(`${date}T00:00:00.000Z`);

/** A DATE column's value as YYYY-MM-DD. */
export const calendarDay = (date: Date): string => date.toISOString().slice(0, 10);
