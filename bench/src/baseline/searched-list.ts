import {
  likePattern,
  listItemJson,
  listUsersStatement,
  sortColumns,
  type ListQuery,
} from "./queries";

/** The API's defaults (USERS_LIST_SEARCH_WALK_ROWS, USERS_LIST_SEARCH_MATCH_CAP). */
const walkRows = 2_000;
const matchCap = 10_000;

type Query = (name: string, text: string, values: unknown[]) => Promise<Record<string, string>[]>;

/** A row of the list's answer: its id, the cursor's sort value and the item's JSON. */
export type ListRow = Record<string, string>;

/** Whether the API reads this page in steps: a search in the order of a NOT NULL column. */
export function isReadInSteps(list: ListQuery): boolean {
  return list.search !== undefined && !sortColumns[list.sort].nullable;
}

/**
 * A searched page in the order of a NOT NULL column, found as the API finds it (`searchedPage` in
 * packages/api/src/services/users/user-list-pages.ts): the next rows in order, tested (again,
 * further, when the term is dense there); if they do not fill the page, the matches after them
 * through the trigram index, sorted; if those are more than the cap, the walk in order. Then the
 * page's JSON by id: the page and one row more, at most.
 */
export async function searchedRows(
  query: Query,
  organizationId: string,
  list: ListQuery & { search: string },
): Promise<ListRow[]> {
  const limit = list.limit + 1;
  const column = `u."${list.sort}"`;
  const { type } = sortColumns[list.sort];
  const direction = list.order === "asc" ? "ASC" : "DESC";
  const beyond = list.order === "asc" ? ">" : "<";

  // $1 the organization, $2 the term (as a LIKE pattern; a walk's statement has the term itself
  // there, for strpos), then the filters'; a keyset adds its two to a copy.
  const values: unknown[] = [organizationId, likePattern(list.search)];
  const param = (value: unknown) => `$${values.push(value)}`;
  const filters = ["u.organization_id = $1::uuid"];
  if (list.role !== undefined) filters.push(`u.role = ${param(list.role)}::user_role`);
  if (list.status !== undefined) filters.push(`u.status = ${param(list.status)}::user_status`);
  const after = (key: { value: string | null; id: string }) => {
    const keyed = [...values, key.value, key.id];
    const condition = `(${column}, u.id) ${beyond} ($${keyed.length - 1}::${type}, $${keyed.length}::uuid)`;
    return { condition, values: keyed };
  };
  const shape = `${list.sort}:${list.order}:${list.role !== undefined}:${list.status !== undefined}`;

  let page: ListRow[] = [];
  const walk = async (from: { value: string | null; id: string } | undefined, rows: number) => {
    const start = from === undefined ? { condition: "TRUE", values } : after(from);
    const wanted = limit - page.length;
    const reverse = list.order === "asc" ? "DESC" : "ASC";
    const walkValues = start.values.map((value, index) => (index === 1 ? list.search : value));
    const walked = await query(
      `searched-walk:${shape}:${from !== undefined}`,
      `WITH walk AS (
         SELECT u.id, ${column} AS k, (strpos(u.search_text, lower($2)) > 0) AS hit
         FROM users u WHERE ${[...filters, start.condition].join(" AND ")}
         ORDER BY ${column} ${direction}, u.id ${direction}
         LIMIT $${start.values.length + 1}::int),
       hits AS (SELECT id, k FROM walk WHERE hit LIMIT $${start.values.length + 2}::int)
       (SELECT id, k::text AS sort_value, TRUE AS hit, NULL::int AS walked FROM hits ORDER BY k ${direction}, id ${direction})
       UNION ALL
       (SELECT id, k::text, FALSE, (SELECT count(*)::int FROM walk) FROM walk
        WHERE (SELECT count(*) FROM hits) < $${start.values.length + 2}::int
        ORDER BY k ${reverse}, id ${reverse} LIMIT 1)`,
      [...walkValues, rows, wanted],
    );
    page = [...page, ...walked.filter((row) => (row.hit as unknown) === true)];
    const end = walked.find((row) => (row.hit as unknown) === false);
    return page.length === limit || end === undefined || Number(end.walked) < rows
      ? undefined
      : { value: end.sort_value ?? null, id: end.id ?? "" };
  };
  let walkEnd = await walk(list.cursor, walkRows);
  const spreadRows = Math.ceil(((limit - page.length) * walkRows) / Math.max(page.length, 1));
  if (walkEnd !== undefined && page.length > 0 && spreadRows <= walkRows * 8) {
    walkEnd = await walk(walkEnd, Math.min(spreadRows * 2, walkRows * 8));
  }
  if (walkEnd !== undefined) {
    const rest = after(walkEnd);
    const matches = await query(
      `searched-matches:${shape}`,
      `WITH m AS MATERIALIZED (
         SELECT u.id, ${column} AS k FROM users u
         WHERE ${[...filters, "u.search_text LIKE lower($2)", rest.condition].join(" AND ")})
       SELECT id, k::text AS sort_value, matched
       FROM (SELECT id, k, count(*) OVER () AS matched
             FROM (SELECT * FROM m LIMIT ${matchCap + 1}) AS capped) AS counted
       ORDER BY k ${direction}, id ${direction} LIMIT $${rest.values.length + 1}::int`,
      [...rest.values, limit - page.length],
    );
    if (Number(matches[0]?.matched ?? 0) <= matchCap) {
      page = [...page, ...matches];
    } else {
      // Step 3: the plain list statement from the walk's end.
      const statement = listUsersStatement({
        ...list,
        cursor: walkEnd,
        limit: limit - page.length - 1,
      });
      page = [
        ...page,
        ...(await query(statement.name, statement.text, [organizationId, ...statement.values])),
      ];
    }
  }
  if (page.length === 0) return [];
  const json = await query(
    "list-items-by-id",
    `SELECT u.id, ${listItemJson} AS json FROM users u WHERE u.id = ANY($1::uuid[])`,
    [page.map((row) => row.id)],
  );
  const byId = new Map(json.map((row) => [row.id, row.json]));
  return page.map((row) => ({
    id: row.id ?? "",
    sort_value: row.sort_value ?? "",
    json: byId.get(row.id) ?? "null",
  }));
}
