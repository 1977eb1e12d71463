import {
  AppError,
  createContextInner,
  httpError,
  importRunRecord,
  startImportFromRequest,
  toAppError,
} from "@ums/api";

import { getCurrentActor } from "../../../server/auth/session";
import { requireDatabase } from "../../../server/db";
import { requestMeta } from "../../../server/request-meta";

/**
 * `POST /api/imports`: the admin Import page's upload, for the signed-in administrator (the
 * session cookie, SameSite=Lax, so another site cannot post here on their behalf). The same form
 * as the API server's `POST /imports` (startImportFromRequest: multipart, the fields first —
 * format, organization_id for super admins, dry_run, new_user_status, send_invitations,
 * column_mapping — then one file per kind named users, skills, goals, activities,
 * learning-events; stored as they stream in, up to IMPORT_MAX_UPLOAD_BYTES), the same service and
 * the same answers: 202 with the queued run, or the standard error body with the status of its code.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const actor = await getCurrentActor();
    if (actor === null) throw new AppError("UNAUTHENTICATED", "Sign in to import users");
    const ctx = createContextInner({
      db: requireDatabase(),
      actor,
      meta: requestMeta(request.headers),
    });
    const run = importRunRecord.parse(await startImportFromRequest(ctx, request));
    // The page follows the run with the tRPC procedure imports.get.
    return Response.json(run, { status: 202 });
  } catch (error) {
    const appError = toAppError(error);
    if (appError.appCode === "INTERNAL") console.error("POST /api/imports:", error);
    const { status, body, headers } = httpError(appError);
    return Response.json(body, { status, headers });
  }
}
