import type { Db, GoalStatus, Priority } from "@ums/db";

import type { UserActor } from "../../auth/actor";
import { goalSelect } from "../selects";
import type { ServiceContext } from "../service-context";
import { findUserInScope } from "../users/user-scope";

/** List order of statuses: what is being worked on first, finished last. */
const statusRank: Record<GoalStatus, number> = { ACTIVE: 0, PAUSED: 1, COMPLETED: 2, CANCELLED: 3 };
/** List order of priorities: URGENT first. */
const priorityRank: Record<Priority, number> = { URGENT: 0, HIGH: 1, MEDIUM: 2, LOW: 3 };

interface SortableGoal {
  id: string;
  status: GoalStatus;
  priority: Priority;
  target_date: Date;
  created_at: Date;
}

/**
 * Goal list order: by status (ACTIVE, PAUSED, COMPLETED, CANCELLED), then priority (URGENT
 * first), then target date (soonest first); ties by creation, then id, so the order is stable.
 */
export function compareGoals(a: SortableGoal, b: SortableGoal): number {
  return (
    statusRank[a.status] - statusRank[b.status] ||
    priorityRank[a.priority] - priorityRank[b.priority] ||
    a.target_date.getTime() - b.target_date.getTime() ||
    a.created_at.getTime() - b.created_at.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The caller's goals, optionally of one status, in list order. */
export async function listOwnGoals(
  ctx: ServiceContext<UserActor>,
  input: { status?: GoalStatus | undefined },
) {
  return goalsOf(ctx.db, ctx.actor.userId, input.status);
}

/**
 * A user's goals for admins of their organization (super admins: any) and services with
 * `users:read`; a user of another organization is NOT_FOUND.
 */
export async function listUserGoals(
  ctx: ServiceContext,
  input: { user_id: string; status?: GoalStatus | undefined },
) {
  await findUserInScope(ctx.db, ctx.actor, input.user_id, { id: true });
  return goalsOf(ctx.db, input.user_id, input.status);
}

async function goalsOf(db: Db, userId: string, status: GoalStatus | undefined) {
  // The status and priority orders are not the enums' declaration orders; a person's goals are few.
  const goals = await db.userGoal.findMany({
    where: { user_id: userId, ...(status === undefined ? {} : { status }) },
    select: goalSelect,
  });
  return goals.sort(compareGoals);
}
