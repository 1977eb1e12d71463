import type { CsvFileKind } from "@ums/api/data-transfer/csv-files";
import type { ImportNewUserStatus } from "@ums/db/enums";
import { z } from "zod";

import { startXhrUpload, type UploadFailure } from "../../../../lib/xhr-upload";
import type { ImportFormatChoice } from "./import-files";

/** The web app's import upload route (apps/web/src/app/api/imports/route.ts). */
export const importUploadUrl = "/api/imports";

/** The report of a run, as a CSV download. */
export const importReportUrl = (importId: string) => `/api/imports/${importId}/report`;

export interface ImportOptions {
  dryRun: boolean;
  newUserStatus: ImportNewUserStatus;
  sendInvitations: boolean;
}

export interface ImportUpload {
  format: ImportFormatChoice;
  /** each file under its kind (JSON Lines: `users` only) */
  files: Partial<Record<CsvFileKind, File>>;
  /** CSV: per file, header as written → documented column ("" ignores it) */
  columnMapping: Partial<Record<CsvFileKind, Record<string, string>>> | null;
  options: ImportOptions;
  /** a platform administrator's organization (the viewed one) */
  organizationId?: string | undefined;
}

/** The form `POST /api/imports` reads: options as text fields, one file field per kind. */
export function importFormOf(upload: ImportUpload): FormData {
  const form = new FormData();
  form.set("format", upload.format);
  if (upload.organizationId !== undefined) form.set("organization_id", upload.organizationId);
  form.set("dry_run", String(upload.options.dryRun));
  form.set("new_user_status", upload.options.newUserStatus);
  form.set("send_invitations", String(upload.options.sendInvitations));
  if (upload.columnMapping !== null) {
    form.set("column_mapping", JSON.stringify(upload.columnMapping));
  }
  for (const [kind, file] of Object.entries(upload.files)) form.set(kind, file, file.name);
  return form;
}

/**
 * The 202 answer is the queued run (as JSON: its schema, importRunRecord, reads the database's
 * Dates, so only its id is read here); the page then follows it with `imports.get`.
 */
const accepted = z.object({ id: z.uuid() });

export type ImportUploadResult =
  { ok: true; importId: string } | { ok: false; failure: UploadFailure };

/** Sends the files with their options; `onProgress` follows the body going out. */
export function startImportUpload(
  upload: ImportUpload,
  onProgress: (sent: number, total: number) => void,
): { done: Promise<ImportUploadResult>; cancel: () => void } {
  const request = startXhrUpload({ url: importUploadUrl, form: importFormOf(upload), onProgress });
  const done = request.done.then((result): ImportUploadResult => {
    if (!result.ok) return result;
    const parsed = accepted.safeParse(result.body);
    return parsed.success
      ? { ok: true, importId: parsed.data.id }
      : {
          ok: false,
          failure: { kind: "server", status: result.status, code: null, message: "", details: [] },
        };
  });
  return { done, cancel: request.cancel };
}
