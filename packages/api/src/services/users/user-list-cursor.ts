import { z } from "zod";

import { userSortFields } from "../../schemas/users";

/**
 * Each sortable column's SQL type (a cursor's value is cast to it, to compare exactly) and whether
 * it may be NULL.
 */
export const sortColumns = {
  created_at: { type: "timestamp", nullable: false },
  last_login: { type: "timestamp", nullable: true },
  email: { type: "text", nullable: false },
  last_name: { type: "text", nullable: false },
} as const satisfies Record<(typeof userSortFields)[number], unknown>;

/** Timestamp sort values travel in PostgreSQL's text form, e.g. "2024-01-31 09:30:00.123". */
const timestampText = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?$/;

/** A real instant in that form: not "yesterday" (PostgreSQL would take it) nor "2024-02-31" (an error). */
function isTimestampText(value: string): boolean {
  if (!timestampText.test(value)) return false;
  const iso = `${value.slice(0, 19).replace(" ", "T")}Z`;
  const date = new Date(iso);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 19) === iso.slice(0, 19);
}

/** Whether `value` can be the sort value of a row: the cursor is compared with the column in SQL. */
function fitsColumn(sort: (typeof userSortFields)[number], value: string | null): boolean {
  const column = sortColumns[sort];
  if (value === null) return column.nullable;
  if (column.type === "timestamp") return isTimestampText(value);
  return !value.includes("\u0000"); // PostgreSQL text cannot hold NUL
}

const cursorSchema = z
  .object({
    sort: z.enum(userSortFields),
    order: z.enum(["asc", "desc"]),
    value: z.string().max(300).nullable(),
    id: z.uuid(),
  })
  .refine((cursor) => fitsColumn(cursor.sort, cursor.value));

export type UserListCursor = z.infer<typeof cursorSchema>;

/** An opaque cursor: the last row's sort value and id, and the sort it belongs to. */
export function encodeCursor(cursor: UserListCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** The cursor, or undefined when it is malformed or belongs to another sort or order. */
export function decodeCursor(
  text: string,
  sort: UserListCursor["sort"],
  order: UserListCursor["order"],
): UserListCursor | undefined {
  try {
    const parsed = cursorSchema.safeParse(
      JSON.parse(Buffer.from(text, "base64url").toString("utf8")),
    );
    if (!parsed.success || parsed.data.sort !== sort || parsed.data.order !== order)
      return undefined;
    return parsed.data;
  } catch {
    return undefined;
  }
}
