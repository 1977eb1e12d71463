import { directSql, Prisma } from "@ums/db";

import { organizationScope } from "../../auth/actor";
import { invalid, notFound } from "../../errors";
import type { ListUsersInput, userListTotalKinds } from "../../schemas/users";
import { joinedRowRead } from "../direct-reads/joined-row";
import { userRelations } from "../direct-reads/user-relations";
import { userSelect } from "../selects";
import type { ServiceContext } from "../service-context";
import { decodeCursor, encodeCursor, sortColumns } from "./user-list-cursor";

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
 * and username, answered from the trigram index.
 */
export async function listUsers(ctx: ServiceContext, input: ListUsersInput) {
  const scope = organizationScope(ctx.actor);
  if (scope !== null && input.organization_id !== undefined && input.organization_id !== scope) {
    throw notFound("Organization");
  }
  const organizationId = scope ?? input.organization_id;
  const filters = filterConditions(input, organizationId);

  let cursor: Cursor;
  if (input.cursor !== undefined) {
    cursor = decodeCursor(input.cursor, input.sort, input.order);
    if (cursor === undefined)
      throw invalid("cursor", "is not a cursor of this list, sort and order");
  }
  const page = sortColumns[input.sort].nullable
    ? await nullableSortPage(ctx, input, filters, cursor)
    : await sortPage(ctx, input, filters, cursor);

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
    ...(input.include_total ? await countUsers(ctx, filters) : {}),
  };
}

function filterConditions(input: ListUsersInput, organizationId: string | undefined): Prisma.Sql[] {
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
  if (input.search !== undefined) {
    // `search_text`: names, e-mail and username, lower-cased by PostgreSQL when the row is
    // written (a generated column, read by the trigram index users_search_trgm_idx). The term goes
    // through the same lower() (JavaScript's toLowerCase folds letters the database's ctype may
    // not, e.g. "Ó", and then nothing could ever match).
    conditions.push(Prisma.sql`"search_text" LIKE lower(${`%${escapeLike(input.search)}%`})`);
  }
  return conditions;
}

interface PageRow {
  id: string;
  sort_value: string | null;
}
type Cursor = ReturnType<typeof decodeCursor>;

/**
 * The SQL of the list's order: its column and direction, and the keyset condition "after the
 * row (value, id)" as a row comparison, which an index on (…, column, id) answers as a range.
 */
function keysetOrder(input: ListUsersInput) {
  const column = Prisma.raw(`"${input.sort}"`);
  const direction = Prisma.raw(input.order === "asc" ? "ASC" : "DESC");
  const beyond = Prisma.raw(input.order === "asc" ? ">" : "<");
  const type = Prisma.raw(sortColumns[input.sort].type);
  return {
    column,
    direction,
    beyond,
    after: (value: string | null, id: string) =>
      Prisma.sql`(${column}, "id") ${beyond} (${value}::${type}, ${id}::uuid)`,
  };
}

/**
 * A page in `ORDER BY column dir, id dir` of a NOT NULL column: the rows after the cursor are a
 * range of an index on (…, column, id), read in order, nothing sorted.
 */
function sortPage(
  ctx: ServiceContext,
  input: ListUsersInput,
  filters: Prisma.Sql[],
  cursor: Cursor,
) {
  const { column, direction, after } = keysetOrder(input);
  const conditions = cursor === undefined ? filters : [...filters, after(cursor.value, cursor.id)];
  return planned<PageRow>(
    ctx,
    Prisma.sql`
    SELECT "id", ${column}::text AS sort_value
    FROM "users"
    WHERE ${joinConditions(conditions)}
    ORDER BY ${column} ${direction}, "id" ${direction}
    LIMIT ${input.limit + 1}`,
  );
}

/**
 * A page in `ORDER BY column dir NULLS LAST, id dir` of a nullable column (last_login). No
 * ascending index reads DESC NULLS LAST in order, so the page is two index-ordered parts: the rows
 * with a value (`column dir, id dir`, a range of (…, column, id)), then those without (in id
 * order, the same index at column = NULL). Each stops at the page size; only those ≤ 2 pages are
 * sorted. Past a cursor at NULL, only NULLs remain; before it, the rest of the values and every
 * NULL. The NULL part is written `ORDER BY column dir, id dir` though the column is NULL in every
 * row: said as `id dir` alone, PostgreSQL does not see that (…, column, id) gives that order and
 * walks the primary key instead, filtering, which at 1,000,000 users read 500,000 rows (240 ms).
 */
function nullableSortPage(
  ctx: ServiceContext,
  input: ListUsersInput,
  filters: Prisma.Sql[],
  cursor: Cursor,
) {
  const { column, direction, beyond, after } = keysetOrder(input);
  const withValue = [...filters, Prisma.sql`${column} IS NOT NULL`];
  const withoutValue = [...filters, Prisma.sql`${column} IS NULL`];
  if (cursor?.value === null) {
    withValue.push(Prisma.sql`FALSE`);
    withoutValue.push(Prisma.sql`"id" ${beyond} ${cursor.id}::uuid`);
  } else if (cursor !== undefined) {
    withValue.push(after(cursor.value, cursor.id));
  }
  const limit = input.limit + 1;
  return planned<PageRow>(
    ctx,
    Prisma.sql`
    SELECT "id", sort_value FROM (
      (SELECT "id", ${column} AS sort_key, ${column}::text AS sort_value
       FROM "users" WHERE ${joinConditions(withValue)}
       ORDER BY ${column} ${direction}, "id" ${direction} LIMIT ${limit})
      UNION ALL
      (SELECT "id", NULL, NULL
       FROM "users" WHERE ${joinConditions(withoutValue)}
       ORDER BY ${column} ${direction}, "id" ${direction} LIMIT ${limit})
    ) AS parts
    ORDER BY sort_key ${direction} NULLS LAST, "id" ${direction}
    LIMIT ${limit}`,
  );
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

/**
 * A statement planned for its values (the organization, filters and search term decide the
 * plan), sent without Prisma (see `directSql`).
 */
function planned<Row extends object>(ctx: ServiceContext, sql: Prisma.Sql): Promise<Row[]> {
  return directSql(ctx.db).query<Row>(sql.text, sql.values);
}

function joinConditions(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(conditions, " AND ");
}

/** LIKE treats % and _ as wildcards; a search for "50%" means the characters. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
