import type { Prisma } from "@ums/db";

import {
  activitySelect,
  goalSelect,
  invitationSelect,
  organizationSelect,
  preferencesSelect,
  profileSelect,
  skillSelect,
  statsSelect,
  userSelect,
} from "../selects";
import type { ServiceContext } from "../service-context";
import { findUserInScope } from "./user-scope";

/** How much of the activity log comes with a user's details; the rest is paged by the activity API. */
export const recentActivityCount = 20;

export const userDetailsSelect = {
  ...userSelect,
  organization: { select: organizationSelect },
  profile: { select: profileSelect },
  learning_preferences: { select: preferencesSelect },
  learning_stats: { select: statsSelect },
  skills: { select: skillSelect, orderBy: [{ skill_category: "asc" }, { skill_name: "asc" }] },
  goals: { select: goalSelect, orderBy: [{ status: "asc" }, { target_date: "asc" }] },
  invitations_received: { select: invitationSelect, orderBy: { sent_at: "desc" } },
  activities: {
    select: activitySelect,
    orderBy: { created_at: "desc" },
    take: recentActivityCount,
  },
} satisfies Prisma.UserSelect;

/** `GET /users/{user_id}`: a user of the actor's scope with every relation. */
export async function getUser(ctx: ServiceContext, userId: string) {
  const { invitations_received, activities, ...user } = await findUserInScope(
    ctx.db,
    ctx.actor,
    userId,
    userDetailsSelect,
  );
  return { ...user, invitations: invitations_received, recent_activity: activities };
}
