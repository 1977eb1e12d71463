import { createHash } from "node:crypto";

import { z } from "zod";

import type { Db, ImportFormat, ImportNewUserStatus, Prisma } from "@ums/db";

import { importColumnMappingShape, importKind, importKinds } from "../../schemas/imports";

/**
 * An import run (table import_runs): what is imported, with which options, how far it got. Every
 * door creates one (the command line, the admin Import page, POST /imports) and `runImport` works
 * it; its progress is written with each batch, in the batch's transaction, so a run that was killed
 * resumes after the last batch it wrote.
 */

/** The kinds of file an import reads, in the order it reads them (users first: the others name them). */
export const importFileKinds = importKinds;
export const importFileKind = importKind;
export type ImportFileKind = z.infer<typeof importFileKind>;

export const importFileInfo = z.object({
  kind: importFileKind,
  /** the file's name as given (no path) */
  name: z.string(),
  bytes: z.number().int().nonnegative(),
  /** SHA-256 of the content, hex */
  sha256: z.string(),
});
export type ImportFileInfo = z.infer<typeof importFileInfo>;

export const importCounts = z.object({
  rows: z.number().int().nonnegative(),
  created: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
});
export type ImportCounts = z.infer<typeof importCounts>;

export const emptyImportCounts = (): ImportCounts => ({
  rows: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  rejected: 0,
});

/** import_runs.progress: counts per file, bytes read, and where a resumed run goes on. */
export const importProgress = z.object({
  files: z.partialRecord(importFileKind, importCounts).default({}),
  /** bytes of all files read so far (as of the last batch written) */
  bytes_read: z.number().int().nonnegative().default(0),
  /** the file being read and how many of its records (rows or lines) are done */
  checkpoint: z
    .object({ kind: importFileKind, records: z.number().int().nonnegative() })
    .nullable()
    .default(null),
});
export type ImportProgress = z.infer<typeof importProgress>;

/** import_runs.column_mapping: per file, header as written in the file → column ("": ignored). */
export const importColumnMapping = importColumnMappingShape;
export type ImportColumnMapping = z.infer<typeof importColumnMapping>;

export const importRunOptions = z.object({
  dryRun: z.boolean().default(false),
  newUserStatus: z.enum(["KEEP", "ACTIVE", "PENDING"]).default("KEEP"),
  sendInvitations: z.boolean().default(false),
  columnMapping: importColumnMapping.nullable().default(null),
});
export type ImportRunOptions = z.input<typeof importRunOptions>;

/** The totals of a run's progress over its files. */
export function importTotals(progress: ImportProgress): ImportCounts {
  const total = emptyImportCounts();
  for (const counts of Object.values(progress.files)) {
    for (const key of Object.keys(total) as (keyof ImportCounts)[]) total[key] += counts[key];
  }
  return total;
}

/**
 * What identifies an import for resuming: the files (kind and content) and the options. Running the
 * same command again after an interruption finds the unfinished run by it.
 */
export function importFingerprint(
  files: readonly ImportFileInfo[],
  options: z.output<typeof importRunOptions>,
): string {
  const hash = createHash("sha256");
  for (const file of [...files].sort((a, b) => a.kind.localeCompare(b.kind))) {
    hash.update(`${file.kind}:${file.sha256}\n`);
  }
  hash.update(JSON.stringify(options));
  return hash.digest("hex");
}

export interface CreateImportRunInput {
  organizationId: string;
  /**
   * the administrator who started it (web, REST), or whom the command line names to send the
   * invitations (--inviter); null otherwise. Invitations are sent in their name.
   */
  createdBy: string | null;
  format: ImportFormat;
  files: readonly ImportFileInfo[];
  options: ImportRunOptions;
}

export const importRunSelect = {
  id: true,
  organization_id: true,
  created_by: true,
  format: true,
  files: true,
  dry_run: true,
  new_user_status: true,
  send_invitations: true,
  column_mapping: true,
  status: true,
  progress: true,
  error: true,
  heartbeat_at: true,
  started_at: true,
  finished_at: true,
  created_at: true,
} as const;

/** Records a new run, QUEUED. */
export async function createImportRun(
  db: Db | Prisma.TransactionClient,
  input: CreateImportRunInput,
) {
  const options = importRunOptions.parse(input.options);
  return db.importRun.create({
    data: {
      organization_id: input.organizationId,
      created_by: input.createdBy,
      format: input.format,
      files: input.files.map((file) => importFileInfo.parse(file)),
      fingerprint: importFingerprint(input.files, options),
      dry_run: options.dryRun,
      new_user_status: options.newUserStatus satisfies ImportNewUserStatus,
      send_invitations: options.sendInvitations,
      ...(options.columnMapping === null ? {} : { column_mapping: options.columnMapping }),
      progress: importProgress.parse({}),
    },
    select: importRunSelect,
  });
}

/**
 * The unfinished run (QUEUED, RUNNING with an old heartbeat, or FAILED) of the same files and
 * options in the organization, if any: running the same import again resumes it.
 */
export async function findResumableImportRun(
  db: Db,
  organizationId: string,
  fingerprint: string,
  staleBefore: Date,
) {
  return db.importRun.findFirst({
    where: {
      organization_id: organizationId,
      fingerprint,
      dry_run: false,
      OR: [
        { status: { in: ["QUEUED", "FAILED"] } },
        { status: "RUNNING", OR: [{ heartbeat_at: null }, { heartbeat_at: { lt: staleBefore } }] },
      ],
    },
    orderBy: { created_at: "desc" },
    select: importRunSelect,
  });
}
