import { z } from "zod";

import { invalid } from "../../errors";

/** created_at in PostgreSQL's text form, e.g. "2024-01-31 09:30:00.123" (UTC, no zone). */
const timestampText = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?$/;

/** A real instant in that form: not "yesterday" (PostgreSQL would take it) nor "2024-02-31" (an error). */
function isTimestampText(value: string): boolean {
  if (!timestampText.test(value)) return false;
  const iso = `${value.slice(0, 19).replace(" ", "T")}Z`;
  const date = new Date(iso);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 19) === iso.slice(0, 19);
}

const cursorSchema = z.strictObject({
  created_at: z.string().max(40).refine(isTimestampText),
  id: z.uuid(),
});

/** The last row of a page: the list goes on with the rows after it in (created_at, id) DESC. */
export type ActivityListCursor = z.infer<typeof cursorSchema>;

/** An opaque cursor for the activity lists. */
export function encodeActivityCursor(cursor: ActivityListCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** The cursor `text` stands for; VALIDATION_FAILED on `cursor` when it is not one of these lists. */
export function decodeActivityCursor(text: string): ActivityListCursor {
  try {
    const parsed = cursorSchema.safeParse(
      JSON.parse(Buffer.from(text, "base64url").toString("utf8")),
    );
    if (parsed.success) return parsed.data;
  } catch {
    // reported below
  }
  throw invalid("cursor", "is not a cursor of this list");
}
