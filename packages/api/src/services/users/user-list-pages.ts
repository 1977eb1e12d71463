import { directSql, Prisma } from "@ums/db";

import type { ListUsersInput } from "../../schemas/users";
import type { ServiceContext } from "../service-context";
import { sortColumns, type UserListCursor } from "./user-list-cursor";

/** Where a page starts: after the row with this sort value and id (a cursor's, or a walk's end). */
type Keyset = Pick<UserListCursor, "value" | "id">;

/** A row of a page before its people are read: its id and the cursor's sort value. */
export interface PageRow {
  id: string;
  sort_value: string | null;
}

/** The list's conditions: the filters, and the search (kept apart: see `searchedPage`). */
export interface ListConditions {
  filters: Prisma.Sql[];
  search: Search | undefined;
}

/**
 * The search, said two ways that match the same rows: as LIKE, which the trigram index answers,
 * and as strpos, which tests a row already read at less than half LIKE's cost (0.13 against
 * 0.30 µs a row; a searched walk tests up to thousands).
 */
export interface Search {
  indexed: Prisma.Sql;
  inRow: Prisma.Sql;
}

/** Every condition of the list, the search included. */
export function allConditions({ filters, search }: ListConditions): Prisma.Sql[] {
  return search === undefined ? filters : [...filters, search.indexed];
}

/**
 * A page's ids and sort values (`limit` rows at most) after `cursor`, in the list's order. Each
 * shape of list has the plan that stays fast at 1,000,000 users (see each function).
 */
export function listPage(
  ctx: ServiceContext,
  input: ListUsersInput,
  conditions: ListConditions,
  cursor: UserListCursor | undefined,
  limit: number,
): Promise<PageRow[]> {
  if (sortColumns[input.sort].nullable) {
    return nullableSortPage(ctx, input, allConditions(conditions), cursor, limit);
  }
  if (conditions.search !== undefined) {
    return searchedPage(ctx, input, { ...conditions, search: conditions.search }, cursor, limit);
  }
  return sortPage(ctx, input, allConditions(conditions), cursor, limit);
}

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
  conditions: Prisma.Sql[],
  cursor: Keyset | undefined,
  limit: number,
) {
  const { column, direction, after } = keysetOrder(input);
  const where = cursor === undefined ? conditions : [...conditions, after(cursor.value, cursor.id)];
  return planned<PageRow>(
    ctx,
    Prisma.sql`
    SELECT "id", ${column}::text AS sort_value
    FROM "users"
    WHERE ${joinConditions(where)}
    ORDER BY ${column} ${direction}, "id" ${direction}
    LIMIT ${limit}`,
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
  conditions: Prisma.Sql[],
  cursor: Keyset | undefined,
  limit: number,
) {
  const { column, direction, beyond, after } = keysetOrder(input);
  const withValue = [...conditions, Prisma.sql`${column} IS NOT NULL`];
  const withoutValue = [...conditions, Prisma.sql`${column} IS NULL`];
  if (cursor?.value === null) {
    withValue.push(Prisma.sql`FALSE`);
    withoutValue.push(Prisma.sql`"id" ${beyond} ${cursor.id}::uuid`);
  } else if (cursor !== undefined) {
    withValue.push(after(cursor.value, cursor.id));
  }
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
 * A searched page in the order of a NOT NULL column (creation time, last name, e-mail).
 *
 * Why not one statement: PostgreSQL estimates where a term's matches sit in the order as if they
 * were spread evenly, but a surname's are all together ("smith" at "s"). For
 * `search=smith&sort=last_name` it walked (organization, last_name, id) from "a", testing 330,000
 * rows before the first Smith (650-900 ms at 1,000,000 users). And since the trigram index is
 * keyed by organization, it would read every match of a common term and sort them (35 ms) where
 * walking the newest users finds a page in 1 ms. So the page is found in up to three steps, none
 * relying on that guess:
 * 1. The next USERS_LIST_SEARCH_WALK_ROWS rows in order, each tested against the search: a
 *    common term spread over the order (a first name, "son", any term by creation time) fills
 *    the page here, or in a second walk of up to twice what its density there says the page
 *    needs (when that is at most eight times the first walk). A walk stops when the page is full.
 * 2. Otherwise the matches after those rows, read through the trigram index in no order
 *    (USERS_LIST_SEARCH_MATCH_CAP at most), then sorted: a rare or clustered term (a surname)
 *    ends here, in work proportional to its matches.
 * 3. A term with more matches than the cap is common: the page is the walk in order from where
 *    step 1 stopped, the plan of an unsearched page. (It is slow only if those many matches all
 *    sit late in the order: more people of one surname than the cap.)
 * Every step continues after the same (value, id), so pages and cursors are those of one query.
 */
async function searchedPage(
  ctx: ServiceContext,
  input: ListUsersInput,
  conditions: { filters: Prisma.Sql[]; search: Search },
  cursor: Keyset | undefined,
  limit: number,
): Promise<PageRow[]> {
  const { column, direction, after } = keysetOrder(input);
  const { filters, search } = conditions;
  const { USERS_LIST_SEARCH_WALK_ROWS: walkRows, USERS_LIST_SEARCH_MATCH_CAP: matchCap } =
    ctx.settings;

  // Steps 1 and 1b: rows in order after `from`, each tested; the matches join the page.
  const found: PageRow[] = [];
  // A walk stops as soon as the page is full, and sends back the matches and, when they do not
  // fill the page, the last row it examined. (`walk`, read twice, is kept as PostgreSQL produces
  // it, in order, and produced only as far as it is read: the second part runs only when the
  // matches fall short, and then needs every row walked anyway. Only the rows sent back have
  // their sort value written as text.)
  const reverse = Prisma.raw(input.order === "asc" ? "DESC" : "ASC");
  const walk = async (from: Keyset | undefined, rows: number) => {
    const wanted = limit - found.length;
    const walked = await planned<PageRow & { matches: boolean; walked: number | null }>(
      ctx,
      Prisma.sql`
      WITH walk AS (
        SELECT "id", ${column} AS sort_key, ${search.inRow} AS matches
        FROM "users"
        WHERE ${joinConditions(from === undefined ? filters : [...filters, after(from.value, from.id)])}
        ORDER BY ${column} ${direction}, "id" ${direction}
        LIMIT ${rows}),
      hits AS (SELECT "id", sort_key FROM walk WHERE matches LIMIT ${wanted})
      (SELECT "id", sort_key::text AS sort_value, TRUE AS matches, NULL::int AS walked
       FROM hits ORDER BY sort_key ${direction}, "id" ${direction})
      UNION ALL
      (SELECT "id", sort_key::text, FALSE, (SELECT count(*)::int FROM walk)
       FROM walk
       WHERE (SELECT count(*) FROM hits) < ${wanted}
       ORDER BY sort_key ${reverse}, "id" ${reverse}
       LIMIT 1)`,
    );
    for (const { id, sort_value, matches } of walked) {
      if (matches) found.push({ id, sort_value });
    }
    const end = walked.find((row) => !row.matches);
    const done = found.length === limit || end === undefined || (end.walked ?? 0) < rows;
    return done ? undefined : { value: end.sort_value, id: end.id };
  };
  let walkEnd = await walk(cursor, walkRows);
  if (walkEnd === undefined) return found;
  // The first walk's matches say how dense the term is there: spread like that, the rest of the
  // page is `spreadRows` further. Walk up to twice that, when it is close (a surname in creation
  // order, 1.3% of the users; "lee.1", 0.3%).
  const spreadRows = Math.ceil(((limit - found.length) * walkRows) / Math.max(found.length, 1));
  if (found.length > 0 && spreadRows <= walkRows * 8) {
    walkEnd = await walk(walkEnd, Math.min(spreadRows * 2, walkRows * 8));
    if (walkEnd === undefined) return found;
  }

  // Step 2. The CTE is planned to return every match (a bitmap read of the trigram index), not
  // to stop early (PostgreSQL would walk the organization hoping to meet the cap soon); running,
  // it stops at the cap.
  const rest = [...filters, search.indexed];
  const wanted = limit - found.length;
  const matches = await planned<PageRow & { matched: number }>(
    ctx,
    Prisma.sql`
    WITH matches AS MATERIALIZED (
      SELECT "id", ${column} AS sort_key
      FROM "users"
      WHERE ${joinConditions([...rest, after(walkEnd.value, walkEnd.id)])})
    SELECT "id", sort_key::text AS sort_value, matched
    FROM (SELECT "id", sort_key, (count(*) OVER ())::int AS matched
          FROM (SELECT * FROM matches LIMIT ${matchCap + 1}) AS capped) AS counted
    ORDER BY sort_key ${direction}, "id" ${direction}
    LIMIT ${wanted}`,
  );
  if ((matches[0]?.matched ?? 0) <= matchCap) {
    return [...found, ...matches.map(({ id, sort_value }) => ({ id, sort_value }))];
  }
  // Step 3.
  return [...found, ...(await sortPage(ctx, input, rest, walkEnd, wanted))];
}

/**
 * A statement planned for its values (the organization, filters and search term decide the
 * plan), sent without Prisma (see `directSql`).
 */
export function planned<Row extends object>(ctx: ServiceContext, sql: Prisma.Sql): Promise<Row[]> {
  return directSql(ctx.db).query<Row>(sql.text, sql.values);
}

export function joinConditions(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(conditions, " AND ");
}
