import {
  ImportRunNotRunnable,
  ImportRunSuperseded,
  runImport,
} from "../services/data-transfer/run-import";
import { nextImportRun } from "../services/imports/next-import-run";
import { openStoredImportFile } from "../services/imports/open-stored-import-file";
import { purgeImportFiles } from "../services/imports/purge-import-files";
import type { JobDeps } from "./job";

export interface RunImportsReport {
  /** runs worked, by how they ended */
  succeeded: number;
  failed: number;
  cancelled: number;
  /** runs another runner took first, or that ended before this one could claim them */
  skipped: number;
  /** uploaded-file chunks deleted after IMPORT_FILE_RETENTION */
  purgedChunks: number;
}

/**
 * The import worker: works the uploaded import runs one after the other until none is waiting
 * (the oldest QUEUED first; a RUNNING one with an old heartbeat was interrupted and is resumed),
 * reading each run's files back from the database a few chunks at a time; then deletes the files
 * of runs that ended more than IMPORT_FILE_RETENTION ago.
 *
 * The worker runs this job under runExclusively, so one import runs at a time across all workers:
 * a run is never worked twice at once even while its heartbeat is old. A run is tried once per
 * call: if runImport throws (the database went away), the run stays as it is and is resumed by a
 * later call once its heartbeat is old.
 */
export async function runImports({ db, now, settings }: JobDeps): Promise<RunImportsReport> {
  const report: RunImportsReport = {
    succeeded: 0,
    failed: 0,
    cancelled: 0,
    skipped: 0,
    purgedChunks: 0,
  };
  const tried: string[] = [];
  for (;;) {
    const run = await nextImportRun(db, now(), tried);
    if (run === null) break;
    tried.push(run.id);
    let outcome: Awaited<ReturnType<typeof runImport>>;
    try {
      outcome = await runImport(db, run.id, {
        open: (kind) => openStoredImportFile(db, run.id, kind),
        now,
      });
    } catch (error) {
      // Cancelled (or ended) between finding it and claiming it, or resumed by another runner
      // (the command line, for the same files): not this worker's to finish.
      if (error instanceof ImportRunNotRunnable || error instanceof ImportRunSuperseded) {
        report.skipped += 1;
        continue;
      }
      throw error;
    }
    if (outcome.status === "SUCCEEDED") report.succeeded += 1;
    else if (outcome.status === "FAILED") report.failed += 1;
    else report.cancelled += 1;
  }
  report.purgedChunks = await purgeImportFiles(db, now(), settings.IMPORT_FILE_RETENTION);
  return report;
}
