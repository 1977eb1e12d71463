import type { Db } from "@ums/db";
import { z } from "zod";

import type { Context } from "../../context";
import { csvByteOrderMark, csvRow, type CsvValue } from "../../csv/csv";
import {
  emptyImportCounts,
  importFileInfo,
  importProgress,
  importTotals,
  type ImportCounts,
} from "../data-transfer/import-run";
import { importRejectionSelect } from "./get-import";
import { importActor } from "./import-access";
import { findImportInScope } from "./import-scope";

/** Rejected rows read per query while the report streams out. */
export const importReportPageSize = 1000;

/** People open the report in spreadsheets: a rejected cell like `=HYPERLINK(...)` stays text. */
const csv = { guardFormulas: true } as const;

export const importReportSummaryHeader = [
  "file",
  "rows",
  "created",
  "updated",
  "unchanged",
  "rejected",
] as const;
export const importReportRejectionHeader = ["file", "line", "email", "field", "reason"] as const;

export interface ImportReport {
  /** e.g. import-2026-11-27-0f8fad5b-report.csv */
  filename: string;
  /** the CSV text as UTF-8, produced page by page while it is read */
  body: ReadableStream<Uint8Array>;
}

/**
 * The downloadable report of an import run (`GET /imports/{import_id}/report`, the admin page's
 * download), as CSV for spreadsheets: a summary block (per file: rows, created, updated,
 * unchanged, rejected; then the total), an empty line, and one row per rejected row (file, line,
 * e-mail, field, reason). The rejections are read in keyset pages while the response streams, so
 * a run with a million of them costs a page of memory. Files are named as they were uploaded.
 * Who may read it: as for `GET /imports/{import_id}`; another organization's run is NOT_FOUND.
 */
export async function importReport(ctx: Context, importId: string): Promise<ImportReport> {
  const actor = importActor(ctx.actor, "users:read");
  const run = await findImportInScope(ctx.db, actor, importId, {
    id: true,
    files: true,
    progress: true,
    created_at: true,
  });
  const files = z.array(importFileInfo).parse(run.files);
  const progress = importProgress.parse(run.progress);
  const nameOf = (kind: string) => files.find((file) => file.kind === kind)?.name ?? kind;

  const summary = [
    csvByteOrderMark,
    csvRow(importReportSummaryHeader, csv),
    ...files.map((file) => countsRow(file.name, progress.files[file.kind] ?? emptyImportCounts())),
    countsRow("total", importTotals(progress)),
    "\r\n",
    csvRow(importReportRejectionHeader, csv),
  ].join("");

  return {
    filename: `import-${run.created_at.toISOString().slice(0, 10)}-${run.id.slice(0, 8)}-report.csv`,
    body: textStream(reportText(ctx.db, run.id, summary, nameOf)),
  };
}

function countsRow(file: string, counts: ImportCounts): string {
  const values: CsvValue[] = [
    file,
    counts.rows,
    counts.created,
    counts.updated,
    counts.unchanged,
    counts.rejected,
  ];
  return csvRow(values, csv);
}

/** The summary, then the rejections a page (one string) at a time, in the order they were found. */
async function* reportText(
  db: Db,
  runId: string,
  summary: string,
  nameOf: (kind: string) => string,
): AsyncGenerator<string> {
  yield summary;
  let after: bigint | undefined;
  for (;;) {
    const page = await db.importRejection.findMany({
      where: { run_id: runId, ...(after === undefined ? {} : { id: { gt: after } }) },
      orderBy: { id: "asc" },
      take: importReportPageSize,
      select: { id: true, ...importRejectionSelect },
    });
    if (page.length > 0) {
      yield page
        .map((row) => csvRow([nameOf(row.kind), row.line, row.email, row.field, row.message], csv))
        .join("");
    }
    const last = page.at(-1);
    if (page.length < importReportPageSize || last === undefined) return;
    after = last.id;
  }
}

/** A byte stream over text produced on demand: the next piece is made only when it is wanted. */
function textStream(pieces: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await pieces.next();
      if (next.done === true) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
}

/** The response headers of a report download. */
export function importReportHeaders(
  report: Pick<ImportReport, "filename">,
): Record<string, string> {
  return {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${report.filename}"`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
