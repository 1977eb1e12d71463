import { sortColumns, type ListQuery, type SortColumn } from "./queries";

/** The list's cursor, in the API's format (packages/api/src/services/users/user-list-cursor.ts). */
export const encodeCursor = (cursor: {
  sort: SortColumn;
  order: "asc" | "desc";
  value: string | null;
  id: string;
}): string => Buffer.from(JSON.stringify(cursor)).toString("base64url");

/** `GET /users` query parameters, or undefined when one is invalid (answered 400). */
export function listQuery(params: URLSearchParams): ListQuery | undefined {
  const sort = params.get("sort") ?? "created_at";
  const order = params.get("order") ?? "desc";
  const limit = Number(params.get("limit") ?? 20);
  if (!(sort in sortColumns) || (order !== "asc" && order !== "desc")) return undefined;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) return undefined;
  let cursor: ListQuery["cursor"];
  const text = params.get("cursor");
  if (text !== null) {
    try {
      const parsed = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as {
        sort?: unknown;
        order?: unknown;
        value?: unknown;
        id?: unknown;
      };
      if (parsed.sort !== sort || parsed.order !== order || typeof parsed.id !== "string") {
        return undefined;
      }
      cursor = { value: typeof parsed.value === "string" ? parsed.value : null, id: parsed.id };
    } catch {
      return undefined;
    }
  }
  return {
    role: params.get("role") ?? undefined,
    status: params.get("status") ?? undefined,
    search: params.get("search") ?? undefined,
    sort: sort as SortColumn,
    order,
    cursor,
    limit,
  };
}
