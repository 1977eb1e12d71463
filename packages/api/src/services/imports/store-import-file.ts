import { createHash } from "node:crypto";
import type { Readable } from "node:stream";

import type { ImportFileKind } from "../data-transfer/import-run";
import type { Tx } from "../service-context";

/**
 * The size of a stored chunk (import_file_chunks.data): large enough that a file of 200 MB is 200
 * rows, small enough that reading a few at a time keeps a run's memory flat.
 */
export const importChunkBytes = 1024 * 1024;

export interface StoredImportFile {
  bytes: number;
  sha256: string;
}

/**
 * Writes one uploaded file into import_file_chunks as it streams in, `importChunkBytes` per row
 * (the last one shorter), hashing and counting on the way: at most one chunk and the stream's own
 * buffer are ever in memory. `tooLarge` is thrown (and the stream destroyed) as soon as the file
 * passes `maxBytes`, before anything past the limit is kept.
 */
export async function storeImportFile(
  tx: Tx,
  target: { runId: string; kind: ImportFileKind },
  stream: Readable,
  maxBytes: number,
  tooLarge: () => Error,
): Promise<StoredImportFile> {
  const hash = createHash("sha256");
  let bytes = 0;
  let seq = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;

  const write = async (data: Buffer) => {
    await tx.importFileChunk.create({
      data: { run_id: target.runId, kind: target.kind, seq, data: new Uint8Array(data) },
      select: { seq: true },
    });
    seq += 1;
  };

  for await (const piece of stream) {
    const chunk = typeof piece === "string" ? Buffer.from(piece) : (piece as Buffer);
    bytes += chunk.byteLength;
    if (bytes > maxBytes) {
      stream.destroy();
      throw tooLarge();
    }
    hash.update(chunk);
    pending.push(chunk);
    pendingBytes += chunk.byteLength;
    while (pendingBytes >= importChunkBytes) {
      const joined = Buffer.concat(pending, pendingBytes);
      await write(joined.subarray(0, importChunkBytes));
      const rest = joined.subarray(importChunkBytes);
      pending = rest.byteLength > 0 ? [rest] : [];
      pendingBytes = rest.byteLength;
    }
  }
  if (pendingBytes > 0) await write(Buffer.concat(pending, pendingBytes));
  return { bytes, sha256: hash.digest("hex") };
}
