import type { Settings } from "@ums/db/settings";
import { parseBody } from "hono/utils/body";

import { AppError, fromZodError } from "../../errors";
import { avatarUploadFields } from "../../schemas/profile";
import type { AvatarUpload } from "./replace-avatar";

/** Room for a multipart envelope around the file: boundaries, part headers, small fields. */
export const multipartEnvelopeBytes = 64 * 1024;

/** The largest avatar upload body: the file's limit (MAX_AVATAR_SIZE_MB) plus the envelope. */
export function avatarUploadBodyLimit(settings: Pick<Settings, "MAX_AVATAR_SIZE_MB">): number {
  return Math.ceil(settings.MAX_AVATAR_SIZE_MB * 1024 * 1024) + multipartEnvelopeBytes;
}

/**
 * The avatar upload of a request, the same for every door (the API server's
 * `POST /users/upload-avatar`, the web app's `/api/avatar`): a multipart/form-data body (else
 * UNSUPPORTED_MEDIA_TYPE) with one image file in the `avatar` field and the optional text fields
 * of `avatarUploadFields` beside it (else VALIDATION_FAILED). The body is limited to
 * `avatarUploadBodyLimit`: a Content-Length over it is refused before anything is read, and a body
 * without one is counted while it streams in and cut off with PAYLOAD_TOO_LARGE as soon as it
 * passes the limit, so nothing larger is ever buffered. The file's own limit and its content are
 * checked by replaceAvatar.
 */
export async function readAvatarUpload(
  request: Request,
  settings: Pick<Settings, "MAX_AVATAR_SIZE_MB">,
): Promise<AvatarUpload> {
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "multipart/form-data") {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      "Send multipart/form-data with the image in the `avatar` field",
    );
  }
  const limit = avatarUploadBodyLimit(settings);
  const tooLarge = () =>
    new AppError(
      "PAYLOAD_TOO_LARGE",
      `The request body is too large: avatar uploads may be up to ${settings.MAX_AVATAR_SIZE_MB} MB`,
    );
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();

  const { file, fields } = await readForm(request, limit, tooLarge);
  const parsed = avatarUploadFields.safeParse(fields);
  if (!parsed.success) throw fromZodError(parsed.error);
  return {
    bytes: new Uint8Array(await file.arrayBuffer()),
    crop: parsed.data.crop,
    keepAnimation: parsed.data.keepAnimation,
  };
}

/**
 * The whole body, read chunk by chunk and abandoned (PAYLOAD_TOO_LARGE) as soon as it passes
 * `limit`, so a body without Content-Length, or lying about it, is never buffered past the limit.
 */
async function readBounded(
  request: Request,
  limit: number,
  tooLarge: () => AppError,
): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  if (reader === undefined) return new Uint8Array(0);
  for (;;) {
    const chunk = await reader.read().catch((error: unknown) => {
      // A limit in front of this one (the API server's body limit) reports itself.
      throw error instanceof AppError ? error : unreadable(error);
    });
    if (chunk.done) break;
    const bytes: unknown = chunk.value;
    if (!(bytes instanceof Uint8Array))
      throw unreadable(new TypeError("a body chunk is not bytes"));
    size += bytes.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(bytes);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

const unreadable = (cause: unknown) =>
  new AppError("VALIDATION_FAILED", "The multipart body could not be read", {
    details: [{ path: "", message: "must be a well-formed multipart/form-data body" }],
    cause,
  });

/** The `avatar` file and the text fields beside it; a broken or file-less form is a 400. */
async function readForm(request: Request, limit: number, tooLarge: () => AppError) {
  const body = await readBounded(request, limit, tooLarge);
  let form: Record<string, string | File | (string | File)[]>;
  try {
    form = await parseBody(
      new Request(request.url, { method: "POST", headers: request.headers, body }),
      { all: true },
    );
  } catch (error) {
    throw unreadable(error);
  }
  const { avatar: file, ...rest } = form;
  if (!(file instanceof File)) {
    throw new AppError("VALIDATION_FAILED", "Send exactly one image file in the `avatar` field", {
      details: [{ path: "avatar", message: "must be one file" }],
    });
  }
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(rest)) {
    if (typeof value !== "string") {
      throw new AppError("VALIDATION_FAILED", `Unexpected form field ${name}`, {
        details: [{ path: name, message: "must be a single text field" }],
      });
    }
    fields[name] = value;
  }
  return { file, fields };
}
