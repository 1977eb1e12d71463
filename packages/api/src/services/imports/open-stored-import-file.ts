import { Readable } from "node:stream";

import type { Db } from "@ums/db";

import type { ImportFileKind } from "../data-transfer/import-run";

export interface OpenStoredImportFileOptions {
  /** chunks fetched per query (default 4, about 4 MB) */
  chunksPerRead?: number;
}

/**
 * An uploaded file of run `runId`, read back from import_file_chunks as a byte stream: a few
 * chunks per query, fetched only when the reader wants more, so memory stays flat whatever the
 * file's size. A file that is not stored (never uploaded, or deleted after IMPORT_FILE_RETENTION)
 * fails the stream with a message saying so, rather than reading as empty.
 */
export function openStoredImportFile(
  db: Db,
  runId: string,
  kind: ImportFileKind,
  { chunksPerRead = 4 }: OpenStoredImportFileOptions = {},
): Readable {
  async function* chunks() {
    let next = 0;
    for (;;) {
      const page = await db.importFileChunk.findMany({
        where: { run_id: runId, kind, seq: { gte: next } },
        orderBy: { seq: "asc" },
        take: chunksPerRead,
        select: { seq: true, data: true },
      });
      if (next === 0 && page.length === 0) {
        throw new Error(
          `The ${kind} file of import ${runId} is not stored (never uploaded, or deleted after IMPORT_FILE_RETENTION)`,
        );
      }
      for (const chunk of page) {
        if (chunk.seq !== next) {
          throw new Error(`The ${kind} file of import ${runId} misses its chunk ${next}`);
        }
        next += 1;
        yield Buffer.from(chunk.data.buffer, chunk.data.byteOffset, chunk.data.byteLength);
      }
      if (page.length < chunksPerRead) return;
    }
  }
  return Readable.from(chunks(), { objectMode: false, highWaterMark: 64 * 1024 });
}
