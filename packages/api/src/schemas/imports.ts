import { ImportFormat, ImportNewUserStatus, ImportRunStatus } from "@ums/db/enums";
import { z } from "zod";

import { pageLimit, queryBoolean, str, uuid } from "./fields";
import { instant } from "./records";

/**
 * Import runs as the admin Import page and the REST API see them: the upload form's fields, the
 * list and the run. Client-safe (the page's form and types use them). What a run is and how it is
 * worked is services/data-transfer's; these are its request and response shapes.
 */

/** The kinds of file an import reads, in the order it reads them (users first: the others name them). */
export const importKinds = ["users", "skills", "goals", "activities", "learning-events"] as const;
export const importKind = z.enum(importKinds);

/** The largest column_mapping text an upload may carry (headers of five files, generously). */
export const maxColumnMappingChars = 64 * 1024;

/**
 * `column_mapping`: per file kind, a header as written in the file → the documented column, or ""
 * for a column not to import.
 */
export const importColumnMappingShape = z.partialRecord(
  importKind,
  z.record(
    str().min(1, "must not be empty").max(200, "must be at most 200 characters"),
    str().trim().max(100, "must be at most 100 characters"),
  ),
);

/** JSON text on the form (a multipart field is text), the mapping once parsed. */
const columnMappingText = str()
  .max(maxColumnMappingChars, `must be at most ${maxColumnMappingChars} characters`)
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({
        code: "custom",
        message:
          'must be JSON: {"<kind>": {"<header in the file>": "<documented column>"}}, e.g. {"users": {"Mail": "email"}}',
      });
      return z.NEVER;
    }
  })
  .pipe(importColumnMappingShape);

/** A choice on the form, in any case: "jsonl", "JSONL" and " Jsonl " are the same. */
const caseless = <T extends string>(values: readonly [T, ...T[]]) =>
  str()
    .trim()
    .toUpperCase()
    .pipe(z.enum(values, { error: `must be one of ${values.join(", ")}` }));

/**
 * The text fields of an import upload (`POST /imports`, the web app's `/api/imports`), sent
 * BEFORE the file parts: the files are stored as they stream in, with these options. The files
 * themselves are parts named by their kind (`users`, `skills`, ...).
 */
export const importUploadFields = z.strictObject({
  /** jsonl (one `users` file, one user with everything of theirs per line) or csv (one file per kind) */
  format: caseless([ImportFormat.JSONL, ImportFormat.CSV]),
  /** super admins and platform keys: the organization to import into (required for them) */
  organization_id: uuid.optional(),
  /** report what would happen without writing anything */
  dry_run: queryBoolean,
  /** KEEP: the file's status (new and existing users); ACTIVE or PENDING: that of the users it creates */
  new_user_status: caseless([
    ImportNewUserStatus.KEEP,
    ImportNewUserStatus.ACTIVE,
    ImportNewUserStatus.PENDING,
  ]).default(ImportNewUserStatus.KEEP),
  /** e-mail an invitation to each user the import creates */
  send_invitations: queryBoolean,
  /** CSV only: headers the documented names and aliases do not cover */
  column_mapping: columnMappingText.optional(),
});
export type ImportUploadFields = z.infer<typeof importUploadFields>;

export const listImportsInput = z.strictObject({
  /** super admins and platform keys: one organization's runs (default: every organization's) */
  organization_id: uuid.optional(),
  status: z.enum(ImportRunStatus).optional(),
  limit: pageLimit(),
  cursor: str().max(500).optional(),
});
export type ListImportsInput = z.infer<typeof listImportsInput>;

export const importIdInput = z.strictObject({ import_id: uuid });

// RESPONSES -------------------------------------------------------------------------------------

const count = z.int().nonnegative();

export const importCountsRecord = z
  .object({
    rows: count.meta({ description: "rows (CSV) or lines (JSON Lines) read", example: 1200 }),
    created: count.meta({ example: 1100 }),
    updated: count.meta({ description: "rows that changed something", example: 60 }),
    unchanged: count.meta({ description: "rows already as the file says", example: 37 }),
    rejected: count.meta({ description: "rows refused (see the rejections)", example: 3 }),
  })
  .meta({ id: "ImportCounts" });

export const importFileRecord = z
  .object({
    kind: importKind,
    name: z.string().meta({ description: "the file's name as uploaded", example: "users.csv" }),
    bytes: count.meta({ example: 482113 }),
    sha256: z.string().meta({ description: "SHA-256 of the content, hex" }),
  })
  .meta({ id: "ImportFile" });

export const importRejectionRecord = z
  .object({
    kind: importKind,
    line: z.int().meta({ description: "the line of the file where the row starts", example: 42 }),
    email: z.string().nullable().meta({ example: "ada@example.com" }),
    field: z.string().meta({
      description: "the field path; empty for the whole row",
      example: "profile.phone_number",
    }),
    message: z
      .string()
      .meta({ example: "must be a phone number in E.164 form, e.g. +14155550123" }),
  })
  .meta({ id: "ImportRejection" });

export const importRunRecord = z
  .object({
    id: z.uuid(),
    organization_id: z.uuid(),
    format: z.enum(ImportFormat),
    status: z.enum(ImportRunStatus).meta({
      description:
        "QUEUED until the job worker takes it (within seconds), RUNNING while it is read, then SUCCEEDED (rejected rows included), FAILED (`error` says why) or CANCELLED",
    }),
    dry_run: z.boolean(),
    new_user_status: z.enum(ImportNewUserStatus),
    send_invitations: z.boolean(),
    column_mapping: importColumnMappingShape.nullable(),
    files: z.array(importFileRecord),
    progress: z
      .object({
        files: z.partialRecord(importKind, importCountsRecord),
        bytes_read: count.meta({ description: "of `bytes_total`, as of the last batch written" }),
      })
      .meta({ description: "counts per file, written with every batch" }),
    totals: importCountsRecord.meta({ description: "the counts of all files together" }),
    bytes_total: count.meta({ description: "the size of all files together", example: 1048576 }),
    error: z.string().nullable().meta({ description: "why the run failed" }),
    created_by: z.uuid().nullable().meta({
      description: "the administrator who started it; null for a service (API key) or the CLI",
    }),
    created_by_user: z
      .object({ id: z.uuid(), first_name: z.string(), last_name: z.string() })
      .nullable(),
    created_at: instant,
    started_at: instant.nullable(),
    finished_at: instant.nullable(),
    heartbeat_at: instant
      .nullable()
      .meta({ description: "renewed while the run works; an old one means it was interrupted" }),
  })
  .meta({ id: "ImportRun" });

/** How many rejected rows `GET /imports/{import_id}` shows; the report has them all. */
export const importRejectionsShown = 20;

export const importRunDetails = importRunRecord
  .extend({
    rejections: z.array(importRejectionRecord).meta({
      description: `the first ${importRejectionsShown} rejected rows; the report (\`GET /imports/{import_id}/report\`) lists every one`,
    }),
  })
  .meta({ id: "ImportRunDetails" });

export const importListPage = z
  .object({
    items: z.array(importRunRecord),
    next_cursor: z
      .string()
      .nullable()
      .meta({ description: "pass as `cursor` for the next page; null on the last page" }),
  })
  .meta({ id: "ImportRunPage" });
