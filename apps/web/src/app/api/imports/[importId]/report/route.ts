import {
  AppError,
  createContextInner,
  httpError,
  importIdInput,
  importReport,
  importReportHeaders,
  toAppError,
} from "@ums/api";

import { isAdminRole } from "../../../../../lib/roles";
import { getCurrentActor } from "../../../../../server/auth/session";
import { requireDatabase } from "../../../../../server/db";
import { requestMeta } from "../../../../../server/request-meta";

/**
 * `GET /api/imports/<id>/report`: the admin Import page's download of a run's report, a CSV for
 * spreadsheets named import-<date>-<id>-report.csv, streamed from the database (importReport, the
 * same as the API server's `GET /imports/{import_id}/report`). Like the admin pages, it does not
 * admit to existing for anyone but administrators: a signed-in non-admin, an unknown id and
 * another organization's run are all 404.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ importId: string }> },
): Promise<Response> {
  try {
    const actor = await getCurrentActor();
    if (actor === null) throw new AppError("UNAUTHENTICATED", "Sign in to download the report");
    const parsed = importIdInput.safeParse({ import_id: (await params).importId });
    if (!parsed.success || !isAdminRole(actor.role))
      throw new AppError("NOT_FOUND", "Import not found");
    const ctx = createContextInner({
      db: requireDatabase(),
      actor,
      meta: requestMeta(request.headers),
    });
    const report = await importReport(ctx, parsed.data.import_id);
    return new Response(report.body, { status: 200, headers: importReportHeaders(report) });
  } catch (error) {
    const appError = toAppError(error);
    if (appError.appCode === "INTERNAL")
      console.error("GET /api/imports/[importId]/report:", error);
    const { status, body, headers } = httpError(appError);
    return Response.json(body, { status, headers });
  }
}
