import { httpError, toAppError } from "@ums/api";

import { csvByteOrderMark, csvRow } from "../../../../../lib/csv";
import { isAdminRole } from "../../../../../lib/roles";
import { zonedDayOf } from "../../../../../lib/zoned-day";
import { adminScope } from "../../../../../server/admin-scope";
import { getCurrentUser } from "../../../../../server/auth/session";
import type { ActivityPage } from "../../../../../lib/activity/activity-sentence";
import { api } from "../../../../../server/trpc";
import { activityCsvCells, activityCsvHeader } from "../activity-csv";
import { readActivityFilters, searchParamsRecord } from "../activity-filters";

/** Entries read per request to the API while the file streams (the API's largest page). */
const batchSize = 100;

/** Always run on request: the file is the log as it is now, for whoever asks. */
export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/**
 * `GET /admin/activity/export?type=&user_id=&actor_id=&from=&to=`: the activity log's filtered
 * view (the page's own filters, read the same way) as a CSV file, for organization and platform
 * administrators, of the organization the dashboard shows. Anyone else gets a 404, as the admin
 * pages do: no data, and no admission that the dashboard exists. The file streams: the log is
 * read a page at a time through the API (as the signed-in administrator, so its scope rules
 * hold) as the download asks for more, never held whole in memory.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (user === null || user.mustChangePassword || !isAdminRole(user.actor.role)) return notFound();
  try {
    const { organization, organizationInput } = await adminScope();
    const caller = await api();
    const timeZone = user.timeZone;
    const { searchParams } = new URL(request.url);
    const { input } = readActivityFilters(searchParamsRecord(searchParams), timeZone);
    const listInput = { ...input, ...organizationInput, limit: batchSize };
    // The first page before answering: a refused request is an error status, not a broken file.
    let waiting: ActivityPage | null = await caller.activities.list(listInput);
    let cursor: string | null = null;

    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(csvByteOrderMark + csvRow(activityCsvHeader)));
      },
      // Called when the download wants more: one page of the log per call.
      async pull(controller) {
        try {
          const page =
            waiting ?? (await caller.activities.list({ ...listInput, cursor: cursor ?? "" }));
          waiting = null;
          controller.enqueue(
            encoder.encode(
              page.items.map((item) => csvRow(activityCsvCells(item, timeZone))).join(""),
            ),
          );
          cursor = page.next_cursor;
          if (cursor === null) controller.close();
        } catch (error) {
          // The file breaks off as a failed download, never as a complete-looking one.
          console.error("GET /admin/activity/export, while streaming:", error);
          controller.error(error);
        }
      },
    });

    const filename = `activity-${organization.slug}-${zonedDayOf(new Date(), timeZone)}.csv`;
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    const appError = toAppError(error);
    if (appError.appCode === "INTERNAL") console.error("GET /admin/activity/export:", error);
    const { status, body, headers } = httpError(appError);
    return Response.json(body, { status, headers });
  }
}
