import { directSql, Prisma } from "@ums/db";

import { organizationScope } from "../../auth/actor";
import { invalid, notFound } from "../../errors";
import type { ListUsersInput, userListTotalKinds } from "../../schemas/users";
import { joinedRowRead } from "../direct-reads/joined-row";
import { userRelations } from "../direct-reads/user-relations";
import { userSelect } from "../selects";
import type { ServiceContext } from "../service-context";
import { decodeCursor, encodeCursor, type UserListCursor } from "./user-list-cursor";
import {
  allConditions,
  joinConditions,
  type ListConditions,
  listPage,
  planned,
} from "./user-list-pages";

type UserListTotalKind = (typeof userListTotalKinds)[number];

export const userListItemSelect = {
  ...userSelect,
  profile: { select: { avatar_url: true } },
} satisfies Prisma.UserSelect;

// The page's people as one prepared statement (see `directSql`; through Prisma, each of the
// list's statements cost the API more CPU than PostgreSQL spent answering it).
const listItemRead = joinedRowRead<Prisma.UserGetPayload<{ select: typeof userListItemSelect }>>({
  table: "users",
  select: userSelect,
  relations: {
    profile: { ...userRelations.profile, select: userListItemSelect.profile.select },
  },
});
const listItemsSql = `${listItemRead.select} WHERE t."id" = ANY($1::uuid[])`;

/**
 * `GET /users`: the users the actor may see, filtered, searched and sorted, a page at a time.
 * Keyset pagination on (sort column, id): stable while users are added, and as fast on page 1,000
 * as on page 1. Filters combine with AND; search is a case-insensitive substring of name, e-mail
 * and username, found by walking the order or through the trigram index (see `listPage`).
 */
export async function listUsers(ctx: ServiceContext, input: ListUsersInput) {
  const scope = organizationScope(ctx.actor);
  if (scope !== null && input.organization_id !== undefined && input.organization_id !== scope) {
    throw notFound("Organization");
  }
  const organizationId = scope ?? input.organization_id;
  const conditions = listConditions(input, organizationId);

  let cursor: UserListCursor | undefined;
  if (input.cursor !== undefined) {
    cursor = decodeCursor(input.cursor, input.sort, input.order);
    if (cursor === undefined)
      throw invalid("cursor", "is not a cursor of this list, sort and order");
  }
  // One row beyond the page says whether another page follows.
  const page = await listPage(ctx, input, conditions, cursor, input.limit + 1);

  const hasMore = page.length > input.limit;
  const pageRows = page.slice(0, input.limit);
  const rows =
    pageRows.length === 0
      ? []
      : await directSql(ctx.db).prepared<Record<string, unknown>>(listItemsSql, [
          pageRows.map((row) => row.id),
        ]);
  const byId = new Map(
    rows.map((row) => {
      const user = listItemRead.toObject(row);
      return [user.id, user];
    }),
  );
  const last = pageRows.at(-1);

  return {
    items: pageRows.flatMap((row) => byId.get(row.id) ?? []),
    next_cursor:
      hasMore && last
        ? encodeCursor({
            sort: input.sort,
            order: input.order,
            value: last.sort_value,
            id: last.id,
          })
        : null,
    ...(input.include_total ? await countUsers(ctx, allConditions(conditions)) : {}),
  };
}

function listConditions(input: ListUsersInput, organizationId: string | undefined): ListConditions {
  const conditions: Prisma.Sql[] = [];
  if (organizationId !== undefined)
    conditions.push(Prisma.sql`"organization_id" = ${organizationId}::uuid`);
  if (input.role !== undefined) conditions.push(Prisma.sql`"role" = ${input.role}::user_role`);
  if (input.status !== undefined)
    conditions.push(Prisma.sql`"status" = ${input.status}::user_status`);
  // Timestamps are stored in UTC without a zone (Prisma's DateTime); compare in UTC.
  if (input.created_from !== undefined) {
    conditions.push(
      Prisma.sql`"created_at" >= (${input.created_from}::timestamptz AT TIME ZONE 'UTC')`,
    );
  }
  if (input.created_to !== undefined) {
    conditions.push(
      Prisma.sql`"created_at" <= (${input.created_to}::timestamptz AT TIME ZONE 'UTC')`,
    );
  }
  if (input.search === undefined) return { filters: conditions, search: undefined };
  // `search_text`: names, e-mail and username, lower-cased by PostgreSQL when the row is
  // written (a generated column, read by the trigram index users_search_trgm_idx). The term goes
  // through the same lower() (JavaScript's toLowerCase folds letters the database's ctype may
  // not, e.g. "Ó", and then nothing could ever match).
  return {
    filters: conditions,
    search: {
      indexed: Prisma.sql`"search_text" LIKE lower(${`%${escapeLike(input.search)}%`})`,
      inRow: Prisma.sql`strpos("search_text", lower(${input.search})) > 0`,
    },
  };
}

/**
 * Counts the matching users up to the cap and one beyond, never further: a total over a whole
 * organization of 500,000 users would read 500,000 index entries on each page request. Past the
 * cap the answer is "at least the cap". (A planner estimate was not chosen: for filtered lists it
 * can be off by orders of magnitude, and a capped count is exact where people read the number.)
 */
async function countUsers(
  ctx: ServiceContext,
  filters: Prisma.Sql[],
): Promise<{ total: number; total_kind: UserListTotalKind }> {
  const cap = ctx.settings.USERS_LIST_COUNT_CAP;
  const [row] = await planned<{ total: number }>(
    ctx,
    Prisma.sql`
    SELECT count(*)::int AS total
    FROM (SELECT 1 FROM "users" WHERE ${joinConditions(filters)} LIMIT ${cap + 1}) AS matching`,
  );
  const counted = row?.total ?? 0;
  return counted > cap
    ? { total: cap, total_kind: "at_least" }
    : { total: counted, total_kind: "exact" };
}

/** LIKE treats % and _ as wildcards; a search for "50%" means the characters. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
