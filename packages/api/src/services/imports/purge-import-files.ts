import type { Db } from "@ums/db";

/**
 * Deletes the uploaded files (import_file_chunks) of runs that ended more than `retentionMs` ago
 * (IMPORT_FILE_RETENTION): until then a run's files can still be read again. The runs themselves,
 * their counts and their rejected rows stay, so their reports can still be downloaded. Returns
 * how many chunks (of about 1 MB) it deleted.
 */
export async function purgeImportFiles(db: Db, now: Date, retentionMs: number): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionMs);
  const { count } = await db.importFileChunk.deleteMany({
    where: {
      run: {
        status: { in: ["SUCCEEDED", "FAILED", "CANCELLED"] },
        finished_at: { lt: cutoff },
      },
    },
  });
  return count;
}
