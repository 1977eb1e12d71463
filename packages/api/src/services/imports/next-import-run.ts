import type { Db } from "@ums/db";

import { importHeartbeatTimeoutMs } from "../data-transfer/import-files";

/**
 * The run the job worker should work next: the oldest QUEUED one, or a RUNNING one whose
 * heartbeat is older than `importHeartbeatTimeoutMs` (two minutes; each batch renews it), which
 * was interrupted and which runImport resumes from its checkpoint. Only runs whose files were uploaded (stored in import_file_chunks): the command
 * line runs its own imports from files on its disk. `skip`: runs this worker already tried.
 */
export async function nextImportRun(db: Db, now: Date, skip: readonly string[] = []) {
  const staleBefore = new Date(now.getTime() - importHeartbeatTimeoutMs);
  return db.importRun.findFirst({
    where: {
      ...(skip.length === 0 ? {} : { id: { notIn: [...skip] } }),
      file_chunks: { some: {} },
      OR: [
        { status: "QUEUED" },
        { status: "RUNNING", OR: [{ heartbeat_at: null }, { heartbeat_at: { lt: staleBefore } }] },
      ],
    },
    orderBy: [{ created_at: "asc" }, { id: "asc" }],
    select: { id: true, status: true },
  });
}
