import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";

import Busboy from "busboy";

import type { Context } from "../../context";
import { AppError, fromZodError, invalid, toAppError } from "../../errors";
import { importKinds, importUploadFields, maxColumnMappingChars } from "../../schemas/imports";
import { multipartEnvelopeBytes } from "../avatars/read-avatar-upload";
import { importActor } from "./import-access";
import { startImport, type ImportUpload } from "./start-import";

/** The largest import upload body: the files' limit (IMPORT_MAX_UPLOAD_BYTES) plus the envelope. */
export function importUploadBodyLimit(settings: Context["settings"]): number {
  return settings.IMPORT_MAX_UPLOAD_BYTES + multipartEnvelopeBytes + maxColumnMappingChars;
}

/**
 * An import upload, the same for every door (the API server's `POST /imports`, the web app's
 * `/api/imports`): a multipart/form-data body (else UNSUPPORTED_MEDIA_TYPE) whose text fields
 * (`importUploadFields`: format, organization_id, dry_run, new_user_status, send_invitations,
 * column_mapping) come first, then one file part per kind, named `users`, `skills`, `goals`,
 * `activities` or `learning-events`. The body is parsed as it streams in (busboy): at the first
 * file the fields are checked and startImport begins, which stores each file while it arrives, so
 * no file is ever whole in memory. A text field after a file is refused (VALIDATION_FAILED): the
 * options must be known before anything is stored. Browsers' FormData, curl -F and most HTTP
 * libraries send the parts in the order they were added.
 *
 * Any failure (a bad field or file, the size limit, a broken body) rolls the whole upload back
 * and is answered as the AppError it is.
 */
export async function startImportFromRequest(ctx: Context, request: Request) {
  // Credentials first: a caller who may not import is told so before sending 200 MB.
  importActor(ctx.actor, "users:write");
  const contentType = request.headers.get("content-type") ?? "";
  const mediaType = contentType.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "multipart/form-data" || request.body === null) {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      "Send multipart/form-data: the fields (format, ...) first, then one file per kind (users, skills, ...)",
    );
  }
  const limit = importUploadBodyLimit(ctx.settings);
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `The request body is too large: an import may upload up to ${ctx.settings.IMPORT_MAX_UPLOAD_BYTES} bytes of files`,
    );
  }

  let parser: Busboy.Busboy;
  try {
    parser = Busboy({
      headers: { "content-type": contentType },
      defParamCharset: "utf8",
      limits: {
        fieldNameSize: 100,
        fieldSize: maxColumnMappingChars,
        fields: 10,
        files: importKinds.length,
        parts: 20,
      },
    });
  } catch (error) {
    throw unreadable(error);
  }
  const source = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);
  return receive(ctx, source, parser);
}

/** Feeds the parts of `source` to startImport as they arrive; resolves with the new run. */
function receive(ctx: Context, source: Readable, parser: Busboy.Busboy) {
  type Run = Awaited<ReturnType<typeof startImport>>;
  return new Promise<Run>((resolve, reject) => {
    const fields: Record<string, string> = {};
    const files = uploadQueue();
    let run: Promise<Run> | undefined;
    let failed = false;

    /** Stops reading, fails the files still to come, and answers `error` once the upload is undone. */
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      const appError = toAppError(error);
      files.fail(appError);
      // The rest of the body is read and dropped rather than cut off: destroying the request
      // would close the connection before the answer is written. (The API server closes it once
      // the answer is out: apps/api's closeAfterRefusedUpload.)
      source.unpipe(parser);
      source.resume();
      parser.removeAllListeners();
      parser.on("error", () => undefined);
      parser.destroy();
      // startImport rolls its transaction back before it settles: answer after that.
      const answer = () => {
        reject(appError);
      };
      if (run === undefined) answer();
      else run.then(answer, answer);
    };

    const begin = () => {
      if (run !== undefined) return;
      const parsed = importUploadFields.safeParse(fields);
      if (!parsed.success) throw fromZodError(parsed.error);
      const input = parsed.data;
      run = startImport(ctx, {
        ...(input.organization_id === undefined ? {} : { organizationId: input.organization_id }),
        format: input.format,
        files,
        options: {
          dryRun: input.dry_run,
          newUserStatus: input.new_user_status,
          sendInvitations: input.send_invitations,
          columnMapping: input.column_mapping ?? null,
        },
      });
      run.then(resolve, fail);
    };
    const guard =
      <A extends unknown[]>(handler: (...args: A) => void) =>
      (...args: A) => {
        if (failed) return;
        try {
          handler(...args);
        } catch (error) {
          fail(error);
        }
      };

    parser.on(
      "field",
      guard((name: string, value: string, info: Busboy.FieldInfo) => {
        if ((importKinds as readonly string[]).includes(name)) {
          throw invalid(name, "must be a file (a part with a filename)");
        }
        if (run !== undefined) {
          throw invalid(name, "must come before the files: send the fields first");
        }
        if (info.valueTruncated) throw invalid(name, "is too long");
        if (name in fields) throw invalid(name, "must be sent once");
        fields[name] = value;
      }),
    );
    const acceptFile = guard((name: string, stream: Readable, info: Busboy.FileInfo) => {
      begin();
      files.push({ kind: name, name: info.filename ?? "", stream });
    });
    parser.on("file", (name: string, stream: Readable, info: Busboy.FileInfo) => {
      // Its reader (storeImportFile) sees its errors; a file never read (the upload failed
      // first) is destroyed with one, which must not go unheard.
      stream.on("error", () => undefined);
      acceptFile(name, stream, info);
    });
    parser.on(
      "close",
      guard(() => {
        begin();
        files.end();
      }),
    );
    for (const event of ["partsLimit", "filesLimit", "fieldsLimit"] as const) {
      parser.on(
        event,
        guard(() => {
          throw new AppError(
            "VALIDATION_FAILED",
            `The form has too many parts: at most ${importKinds.length} files (one per kind) and the documented fields`,
          );
        }),
      );
    }
    parser.on("error", (error: unknown) => {
      fail(unreadable(error));
    });
    source.on("error", (error: unknown) => {
      // A limit in front of this one (the API server's body limit) reports itself.
      fail(error instanceof AppError ? error : unreadable(error));
    });
    source.pipe(parser);
  });
}

const unreadable = (cause: unknown) =>
  new AppError("VALIDATION_FAILED", "The multipart body could not be read", {
    details: [{ path: "", message: "must be a well-formed multipart/form-data body" }],
    cause,
  });

/**
 * The files of an upload as an async iterable that startImport reads while the body is still
 * arriving: parts are pushed as the parser finds them and taken one at a time.
 */
function uploadQueue() {
  const waiting: ImportUpload[] = [];
  let ended = false;
  let failure: AppError | undefined;
  let reading: ImportUpload | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  return {
    push(file: ImportUpload) {
      waiting.push(file);
      notify();
    },
    end() {
      ended = true;
      notify();
    },
    /** Fails the reader, and every file it has not read yet (or is reading) with `error`. */
    fail(error: AppError) {
      failure = error;
      // The file being read fails its reader (storeImportFile), which undoes the transaction.
      reading?.stream.destroy(error);
      for (const file of waiting.splice(0)) file.stream.destroy();
      notify();
    },
    async *[Symbol.asyncIterator](): AsyncGenerator<ImportUpload> {
      for (;;) {
        if (failure !== undefined) throw failure;
        const next = waiting.shift();
        if (next !== undefined) {
          reading = next;
          yield next;
          continue;
        }
        if (ended) return;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
  };
}
