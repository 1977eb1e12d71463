import {
  createHttpContext,
  importIdInput,
  importReport,
  importReportHeaders,
  importRunRecord,
  startImportFromRequest,
  toAppError,
} from "@ums/api";
import type { Db } from "@ums/db";
import type { Settings } from "@ums/db/settings";
import { Hono, type Context } from "hono";

import { clientIp } from "../http/client-ip";
import type { AppEnv } from "../http/env";

export const importsPath = "/imports";
export const importReportPath = "/imports/:import_id/report";

/**
 * The import routes that are not procedures (`GET /imports`, `GET /imports/{import_id}` and
 * `POST /imports/{import_id}/cancel` are):
 * - `POST /imports`: a multipart/form-data upload, fields first, then one file part per kind,
 *   read and stored as it streams in (startImportFromRequest: the same reader as the web app's
 *   `/api/imports`); 202 with the QUEUED run and its URL in Location. The app's body limit has
 *   capped the request at IMPORT_MAX_UPLOAD_BYTES plus a small envelope while it streamed in.
 * - `GET /imports/{import_id}/report`: the run's report as a CSV download, streamed.
 */
export function importRoutes(options: { db: Db; settings: Settings }) {
  const contextOf = (c: Context<AppEnv>) =>
    createHttpContext({
      db: options.db,
      settings: options.settings,
      headers: c.req.raw.headers,
      remoteAddress: clientIp(c),
    });

  return new Hono<AppEnv>()
    .post(importsPath, async (c) => {
      const run = await startImportFromRequest(await contextOf(c), c.req.raw);
      c.header("Location", `${importsPath}/${run.id}`);
      return c.json(importRunRecord.parse(run), 202);
    })
    .get(importReportPath, async (c) => {
      const ctx = await contextOf(c);
      const parsed = importIdInput.safeParse({ import_id: c.req.param("import_id") });
      if (!parsed.success) throw toAppError(parsed.error);
      const report = await importReport(ctx, parsed.data.import_id);
      return c.body(report.body, 200, importReportHeaders(report));
    });
}
