import type { UserActor } from "../../auth/actor";
import { statsSelect } from "../selects";
import type { ServiceContext } from "../service-context";
import { findUserInScope } from "../users/user-scope";
import { refreshLearningStats } from "@ums/db/derived";

/**
 * A user's statistics as of now. Reading refreshes them first (it writes only when something
 * changed, e.g. a new week began), so nobody sees last week's "this week".
 */
async function currentStats(ctx: ServiceContext, userId: string, now: Date) {
  await refreshLearningStats(ctx.db, [userId], now);
  return ctx.db.learningStats.findUniqueOrThrow({
    where: { user_id: userId },
    select: statsSelect,
  });
}

/** The caller's own statistics. */
export function getOwnStats(ctx: ServiceContext<UserActor>, now = new Date()) {
  return currentStats(ctx, ctx.actor.userId, now);
}

/** Admins (and services with stats:read): the statistics of a user of their organization. */
export async function getUserStats(ctx: ServiceContext, userId: string, now = new Date()) {
  await findUserInScope(ctx.db, ctx.actor, userId, { id: true });
  return currentStats(ctx, userId, now);
}
