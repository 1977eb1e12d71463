import { z } from "zod";

import { userSortFields } from "../../schemas/users";

const cursorSchema = z.object({
  sort: z.enum(userSortFields),
  order: z.enum(["asc", "desc"]),
  value: z.string().max(300).nullable(),
  id: z.uuid(),
});

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
