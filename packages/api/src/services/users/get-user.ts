import { directSql, type Prisma } from "@ums/db";

import { organizationScope } from "../../auth/actor";
import { notFound } from "../../errors";
import { joinedRowRead } from "../direct-reads/joined-row";
import { relatedRowsSql } from "../direct-reads/related-rows";
import { userRelations } from "../direct-reads/user-relations";
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

/** How much of the activity log comes with a user's details; the rest is paged by the activity API. */
export const recentActivityCount = 20;

/** What `GET /users/{user_id}` answers, as a Prisma select (the tests read it both ways). */
export const userDetailsSelect = {
  ...userSelect,
  organization: { select: organizationSelect },
  profile: { select: profileSelect },
  learning_preferences: { select: preferencesSelect },
  learning_stats: { select: statsSelect },
  skills: {
    select: skillSelect,
    orderBy: [{ skill_category: "asc" }, { skill_name: "asc" }, { id: "asc" }],
  },
  goals: {
    select: goalSelect,
    orderBy: [{ status: "asc" }, { target_date: "asc" }, { id: "asc" }],
  },
  invitations_received: {
    select: invitationSelect,
    orderBy: [{ sent_at: "desc" }, { id: "desc" }],
  },
  activities: {
    select: activitySelect,
    orderBy: [{ created_at: "desc" }, { id: "desc" }],
    take: recentActivityCount,
  },
} satisfies Prisma.UserSelect;

type Details = Prisma.UserGetPayload<{ select: typeof userDetailsSelect }>;

// The same read as prepared statements (see `directSql`): the user with its one-row relations,
// then each list. Through Prisma this one read cost more CPU than the baseline's whole answer.
const userRead = joinedRowRead<
  Omit<Details, "skills" | "goals" | "invitations_received" | "activities">
>({
  table: "users",
  select: userSelect,
  relations: userRelations,
});
/** `$2` is the organization the actor is limited to, or null for all. */
const userSql = `${userRead.select} WHERE t."id" = $1::uuid AND ($2::uuid IS NULL OR t."organization_id" = $2::uuid)`;
const skillsSql = relatedRowsSql({
  table: "user_skills",
  select: skillSelect,
  foreignKey: "user_id",
  orderBy: [
    ["skill_category", "ASC"],
    ["skill_name", "ASC"],
  ],
});
const goalsSql = relatedRowsSql({
  table: "user_goals",
  select: goalSelect,
  foreignKey: "user_id",
  orderBy: [
    ["status", "ASC"],
    ["target_date", "ASC"],
  ],
});
const invitationsSql = relatedRowsSql({
  table: "user_invitations",
  select: invitationSelect,
  foreignKey: "user_id",
  orderBy: [["sent_at", "DESC"]],
});
const activitySql = relatedRowsSql({
  table: "user_activities",
  select: activitySelect,
  foreignKey: "user_id",
  orderBy: [["created_at", "DESC"]],
  limit: recentActivityCount,
});

/**
 * `GET /users/{user_id}`: a user of the actor's scope with every relation. A user of another
 * organization is NOT_FOUND, exactly like one that does not exist.
 */
export async function getUser(ctx: ServiceContext, userId: string) {
  const sql = directSql(ctx.db);
  const [row] = await sql.prepared<Record<string, unknown>>(userSql, [
    userId,
    organizationScope(ctx.actor),
  ]);
  if (row === undefined) throw notFound("User");
  const user = userRead.toObject(row);
  const [skills, goals, invitations, recent_activity] = await Promise.all([
    sql.prepared<Details["skills"][number]>(skillsSql, [userId]),
    sql.prepared<Details["goals"][number]>(goalsSql, [userId]),
    sql.prepared<Details["invitations_received"][number]>(invitationsSql, [userId]),
    sql.prepared<Details["activities"][number]>(activitySql, [userId]),
  ]);
  return { ...user, skills, goals, invitations, recent_activity };
}
