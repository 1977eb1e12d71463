import type { Readable } from "node:stream";

import type { Db } from "@ums/db";

import { importUsersJsonLines } from "./import-users";
import {
  emptyImportCounts,
  importProgress,
  type ImportFileKind,
  type ImportProgress,
} from "./import-run";

export interface ImportRejectionRow {
  kind: ImportFileKind;
  line: number;
  email: string | null;
  field: string;
  message: string;
}

export interface RunImportOptions {
  /** opens one of the run's files from its first byte */
  open: (kind: ImportFileKind) => Readable | Promise<Readable>;
  now?: () => Date;
  batchSize?: number;
  /** after each batch */
  onProgress?: (progress: ImportProgress) => void;
  /** each rejected row as it is found (the command line prints them) */
  onRejected?: (row: ImportRejectionRow) => void;
}

export interface ImportRunOutcome {
  status: "SUCCEEDED" | "FAILED" | "CANCELLED";
  progress: ImportProgress;
  error: string | null;
}

/**
 * Works the import run `runId` (created by `createImportRun`): reads its files, writes the rows in
 * batches, records rejections and progress on the run, and marks it SUCCEEDED or FAILED.
 *
 * TEMPORARY (being rewritten in this branch): JSON Lines only, without resume.
 */
export async function runImport(
  db: Db,
  runId: string,
  options: RunImportOptions,
): Promise<ImportRunOutcome> {
  const run = await db.importRun.update({
    where: { id: runId },
    data: { status: "RUNNING", started_at: new Date(), heartbeat_at: new Date() },
  });
  const progress = importProgress.parse(run.progress);
  try {
    const result = await importUsersJsonLines(db, await options.open("users"), {
      organizationId: run.organization_id,
      dryRun: run.dry_run,
      status: run.new_user_status === "PENDING" ? "pending" : "keep",
      ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
      onProgress: (counts) => {
        progress.files.users = { ...emptyImportCounts(), ...counts };
        options.onProgress?.(progress);
      },
    });
    const { rejections, ...counts } = result;
    progress.files.users = counts;
    const rows = rejections.flatMap((row) =>
      row.problems.map((problem) => ({
        kind: "users" as const,
        line: row.line,
        email: row.email,
        field: problem.path,
        message: problem.message,
      })),
    );
    for (const row of rows) options.onRejected?.(row);
    await db.importRejection.createMany({ data: rows.map((row) => ({ run_id: runId, ...row })) });
    await db.importRun.update({
      where: { id: runId },
      data: { status: "SUCCEEDED", progress, finished_at: new Date() },
    });
    return { status: "SUCCEEDED", progress, error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.importRun.update({
      where: { id: runId },
      data: { status: "FAILED", error: message, progress, finished_at: new Date() },
    });
    return { status: "FAILED", progress, error: message };
  }
}
