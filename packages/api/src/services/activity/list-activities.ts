import { Prisma, type Db } from "@ums/db";

import { organizationScope, type UserActor } from "../../auth/actor";
import { notFound } from "../../errors";
import type { ListActivitiesInput, ListOwnActivitiesInput } from "../../schemas/activities";
import { activitySelect } from "../selects";
import type { ServiceContext } from "../service-context";
import { decodeActivityCursor, encodeActivityCursor } from "./activity-list-cursor";

/** Who an entry is about, or who did it: enough to name them in a timeline. */
const personSelect = {
  id: true,
  first_name: true,
  last_name: true,
  email: true,
} satisfies Prisma.UserSelect;

export const activityListItemSelect = {
  ...activitySelect,
  user: { select: personSelect },
  actor: { select: personSelect },
} satisfies Prisma.UserActivitySelect;

type PageInput = ListOwnActivitiesInput;

/**
 * `GET /me/activities`: the caller's own activity log, newest first, filtered by type and date
 * range. Answered from the (user_id, created_at) index.
 */
export async function listOwnActivities(
  ctx: ServiceContext<UserActor>,
  input: ListOwnActivitiesInput,
) {
  return activityPage(ctx.db, input, {
    conditions: [Prisma.sql`a."user_id" = ${ctx.actor.userId}::uuid`],
  });
}

/**
 * `GET /activities`: the activity log of the users the actor may see (their organization, or any
 * for super admins and platform keys, who may narrow it to one organization), newest first,
 * filtered by type, user, actor and date range. Entries belong to an organization through their
 * user (users.organization_id). A user_id or actor_id outside the caller's organization is a
 * filter like any other: it matches nothing, and says nothing about whether that person exists.
 */
export async function listActivities(ctx: ServiceContext, input: ListActivitiesInput) {
  const scope = organizationScope(ctx.actor);
  if (scope !== null && input.organization_id !== undefined && input.organization_id !== scope) {
    throw notFound("Organization");
  }
  const conditions: Prisma.Sql[] = [];
  if (input.user_id !== undefined)
    conditions.push(Prisma.sql`a."user_id" = ${input.user_id}::uuid`);
  if (input.actor_id !== undefined)
    conditions.push(Prisma.sql`a."actor_id" = ${input.actor_id}::uuid`);
  return activityPage(ctx.db, input, {
    conditions,
    organizationId: scope ?? input.organization_id,
  });
}

/**
 * One page of activities, newest first: ORDER BY (created_at, id) DESC, keyset-paginated on that
 * pair, so a page is as cheap deep in the log as at its start and stays stable while entries are
 * added. The page's ids come from one query shaped for the indexes; the rows, their user and
 * their actor from one findMany (Prisma loads the relations in batches, never one per row).
 */
async function activityPage(
  db: Db,
  input: PageInput,
  scope: { conditions: Prisma.Sql[]; organizationId?: string | undefined },
) {
  const conditions = [...scope.conditions, ...filterConditions(input)];
  if (input.cursor !== undefined) {
    const cursor = decodeActivityCursor(input.cursor);
    // PostgreSQL reads this row comparison as the range created_at <= cursor of whichever index
    // on created_at (alone, or after user_id) it uses, and settles ties on created_at by id.
    conditions.push(
      Prisma.sql`(a."created_at", a."id") < (${cursor.created_at}::timestamp, ${cursor.id}::uuid)`,
    );
  }
  const organizationJoin =
    scope.organizationId === undefined
      ? Prisma.empty
      : Prisma.sql`JOIN "users" u ON u."id" = a."user_id" AND u."organization_id" = ${scope.organizationId}::uuid`;

  const page = await db.$queryRaw<{ id: string; created_at_text: string }[]>`
    SELECT a."id", a."created_at"::text AS created_at_text
    FROM "user_activities" a ${organizationJoin}
    WHERE ${conditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(conditions, " AND ")}
    ORDER BY a."created_at" DESC, a."id" DESC
    LIMIT ${input.limit + 1}`;

  const pageRows = page.slice(0, input.limit);
  const rows = await db.userActivity.findMany({
    where: { id: { in: pageRows.map((row) => row.id) } },
    select: activityListItemSelect,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const last = pageRows.at(-1);

  return {
    items: pageRows.flatMap((row) => byId.get(row.id) ?? []),
    next_cursor:
      page.length > input.limit && last
        ? encodeActivityCursor({ created_at: last.created_at_text, id: last.id })
        : null,
  };
}

function filterConditions(input: PageInput): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (input.activity_type !== undefined) {
    conditions.push(Prisma.sql`a."activity_type" = ANY(${input.activity_type}::activity_type[])`);
  }
  // Timestamps are stored in UTC without a zone (Prisma's DateTime); compare in UTC.
  if (input.created_from !== undefined) {
    conditions.push(
      Prisma.sql`a."created_at" >= (${input.created_from}::timestamptz AT TIME ZONE 'UTC')`,
    );
  }
  if (input.created_to !== undefined) {
    conditions.push(
      Prisma.sql`a."created_at" <= (${input.created_to}::timestamptz AT TIME ZONE 'UTC')`,
    );
  }
  return conditions;
}
