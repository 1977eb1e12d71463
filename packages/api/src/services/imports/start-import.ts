import type { Readable } from "node:stream";

import type { ImportFormat } from "@ums/db";

import { actorUserId } from "../../auth/actor";
import type { Context } from "../../context";
import { AppError, invalid } from "../../errors";
import { csvColumns } from "../data-transfer/csv-files";
import {
  createImportRun,
  importFileKind,
  importFileKinds,
  importFingerprint,
  importRunOptions,
  type ImportFileInfo,
  type ImportFileKind,
  type ImportRunOptions,
} from "../data-transfer/import-run";
import { importActor, importOrganization } from "./import-access";
import { importRunRecordSelect, toImportRunRecord } from "./import-record";
import { storeImportFile } from "./store-import-file";

/** One uploaded file: the form part's name is its kind (users, skills, ...). */
export interface ImportUpload {
  kind: string;
  /** the file's name as the client gave it */
  name: string;
  stream: Readable;
}

export interface StartImportInput {
  /** required for super admins and platform keys; others import into their own organization */
  organizationId?: string;
  format: ImportFormat;
  /**
   * The files, read one after the other (a multipart body yields each part only once the one
   * before it has been read, so this may be an async iterable that is still arriving).
   */
  files: Iterable<ImportUpload> | AsyncIterable<ImportUpload>;
  options?: ImportRunOptions;
}

/**
 * The longest an upload may take: the files are stored in one transaction (see startImport), which
 * stays open while they stream in. Generous, since clients upload at their own pace.
 */
export const importUploadTimeoutMs = 30 * 60_000;

/**
 * Starts an import as a background run (the admin Import page, `POST /imports`): checks the
 * caller (an org admin for their organization, a super admin for the one named, a service with
 * users:write), the options and each file, stores the files in import_file_chunks as they stream
 * in (never whole in memory; their total limited by IMPORT_MAX_UPLOAD_BYTES) and records the run,
 * QUEUED, for the job worker (jobs/run-imports) to work.
 *
 * Files and run are written in one transaction: a refused file, a body cut off or a client that
 * goes away leaves nothing behind, and the worker never sees a run whose files are half stored.
 * The run row comes first (the chunks reference it) and gets its files and fingerprint once they
 * are all read.
 */
export async function startImport(ctx: Context, input: StartImportInput) {
  const actor = importActor(ctx.actor, "users:write");
  const organizationId = await importOrganization(ctx.db, actor, input.organizationId);
  const options = importRunOptions.parse(input.options ?? {});
  checkMappingFormat(input.format, options.columnMapping);
  if (options.sendInvitations && actor.kind === "apiKey") {
    // runImport would fail such a run: invitations go out in an administrator's name.
    throw invalid(
      "send_invitations",
      "needs an administrator: invitations are sent in the name of the person who starts the import, and an API key is no one",
    );
  }
  const maxBytes = ctx.settings.IMPORT_MAX_UPLOAD_BYTES;
  const tooLarge = () =>
    new AppError(
      "PAYLOAD_TOO_LARGE",
      `The files are too large: an import may upload up to ${formatBytes(maxBytes)} in all`,
    );

  const runId = await ctx.db.$transaction(
    async (tx) => {
      // createImportRun writes with db.importRun only; inside the transaction, the transaction's
      // client stands in for the whole client.
      const run = await createImportRun(tx, {
        organizationId,
        createdBy: actorUserId(actor),
        format: input.format,
        files: [],
        options,
      });
      const stored: ImportFileInfo[] = [];
      for await (const file of input.files) {
        try {
          const kind = checkKind(input.format, file.kind, stored);
          const name = checkName(kind, file.name);
          const { bytes, sha256 } = await storeImportFile(
            tx,
            { runId: run.id, kind },
            file.stream,
            maxBytes - stored.reduce((sum, done) => sum + done.bytes, 0),
            tooLarge,
          );
          if (bytes === 0) throw invalid(kind, "is an empty file");
          stored.push({ kind, name, bytes, sha256 });
        } catch (error) {
          file.stream.destroy();
          throw error;
        }
      }
      const files = checkFileSet(input.format, stored, options.columnMapping);
      await tx.importRun.update({
        where: { id: run.id },
        data: { files, fingerprint: importFingerprint(files, options) },
        select: { id: true },
      });
      return run.id;
    },
    { maxWait: 10_000, timeout: importUploadTimeoutMs },
  );
  return toImportRunRecord(
    await ctx.db.importRun.findUniqueOrThrow({
      where: { id: runId },
      select: importRunRecordSelect,
    }),
  );
}

const kindList = importFileKinds.join(", ");

/** The part's kind: a known one, allowed in the format, not sent before. */
function checkKind(
  format: ImportFormat,
  given: string,
  stored: readonly ImportFileInfo[],
): ImportFileKind {
  const parsed = importFileKind.safeParse(given);
  if (!parsed.success) {
    throw invalid(given || "(file)", `is not a kind of import file; send files named ${kindList}`);
  }
  const kind = parsed.data;
  if (format === "JSONL" && kind !== "users") {
    throw invalid(
      kind,
      "is not read by a JSON Lines import: its one `users` file holds each user with their skills, goals, activities and learning events",
    );
  }
  if (stored.some((file) => file.kind === kind)) throw invalid(kind, "must be sent once");
  return kind;
}

/** The file's own name, without any folder a client may have sent along. */
function checkName(kind: ImportFileKind, given: string): string {
  const name = given.split(/[\\/]/).at(-1)?.trim() ?? "";
  if (name === "") throw invalid(kind, "must be a file with a name");
  if (name.length > 255) throw invalid(kind, "must have a file name of at most 255 characters");
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    throw invalid(kind, "must have a file name without control characters");
  }
  return name;
}

/** The whole set of files, in the order the import reads them. */
function checkFileSet(
  format: ImportFormat,
  stored: readonly ImportFileInfo[],
  mapping: ImportRunOptions["columnMapping"],
): ImportFileInfo[] {
  if (format === "JSONL" && stored.length === 0) {
    throw invalid("users", "is required: a JSON Lines import reads one `users` file");
  }
  if (stored.length === 0) {
    throw invalid("users", `send at least one CSV file, named by its kind (${kindList})`);
  }
  for (const kind of importFileKinds) {
    const headers = mapping?.[kind];
    if (headers === undefined) continue;
    if (!stored.some((file) => file.kind === kind)) {
      throw invalid(
        `column_mapping.${kind}`,
        `maps the headers of a ${kind} file, but none was sent`,
      );
    }
    for (const [header, column] of Object.entries(headers)) {
      // "" leaves the column out of the import.
      if (column !== "" && !csvColumns[kind].includes(column)) {
        throw invalid(
          `column_mapping.${kind}.${header}`,
          `"${column}" is not a column of ${kind} files (docs/data-migration.md lists them)`,
        );
      }
    }
  }
  return importFileKinds.flatMap((kind) => stored.filter((file) => file.kind === kind));
}

function checkMappingFormat(format: ImportFormat, mapping: ImportRunOptions["columnMapping"]) {
  if (format !== "CSV" && mapping !== null && mapping !== undefined) {
    throw invalid("column_mapping", "applies to CSV files only; JSON Lines has no headers");
  }
}

function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? `${mb} MB` : `${bytes} bytes`;
}
