import { createHash } from "node:crypto";
import type { Readable } from "node:stream";

import type { Db, ImportFormat } from "@ums/db";

import {
  createImportRun,
  findResumableImportRun,
  importFingerprint,
  importRunOptions,
  type ImportFileInfo,
  type ImportFileKind,
  type ImportRunOptions,
} from "./import-run";
import { runImport, type ImportRunOutcome, type RunImportOptions } from "./run-import";

/** A file to import: its kind, its name, and how to read it from the start (read twice or more). */
export interface ImportSource {
  kind: ImportFileKind;
  name: string;
  open: () => Readable;
}

export interface ImportFilesInput {
  organizationId: string;
  createdBy: string | null;
  format: ImportFormat;
  sources: readonly ImportSource[];
  options: ImportRunOptions;
}

/** A RUNNING run whose heartbeat is older than this was interrupted (a batch renews it). */
export const importHeartbeatTimeoutMs = 2 * 60_000;

/** Kind, name, size and SHA-256 of a file, read once as a stream. */
export async function describeImportFile(source: ImportSource): Promise<ImportFileInfo> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of source.open() as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    hash.update(buffer);
    bytes += buffer.length;
  }
  return { kind: source.kind, name: source.name, bytes, sha256: hash.digest("hex") };
}

/**
 * Imports files the caller can open (the command line's, a test's): resumes the unfinished run of
 * the same files and options in the organization when there is one (so running an interrupted
 * import again goes on where it stopped), otherwise creates a run; then works it.
 */
export async function importFiles(
  db: Db,
  input: ImportFilesInput,
  options: Omit<RunImportOptions, "open"> = {},
): Promise<ImportRunOutcome & { runId: string; resumed: boolean }> {
  const files: ImportFileInfo[] = [];
  for (const source of input.sources) files.push(await describeImportFile(source));
  const runOptions = importRunOptions.parse(input.options);
  const now = options.now?.() ?? new Date();
  const earlier = runOptions.dryRun
    ? null
    : await findResumableImportRun(
        db,
        input.organizationId,
        importFingerprint(files, runOptions),
        new Date(now.getTime() - importHeartbeatTimeoutMs),
      );
  const run = earlier ?? (await createImportRun(db, { ...input, files, options: runOptions }));
  const open = (kind: ImportFileKind) => {
    const source = input.sources.find((candidate) => candidate.kind === kind);
    if (source === undefined) throw new Error(`No ${kind} file in this import.`);
    return source.open();
  };
  const outcome = await runImport(db, run.id, { ...options, open });
  return { ...outcome, runId: run.id, resumed: earlier !== null };
}
