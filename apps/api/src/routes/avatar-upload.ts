import {
  AppError,
  avatarUploadFields,
  createHttpContext,
  fromZodError,
  replaceAvatar,
  uploadedAvatar,
  type AvatarStorage,
} from "@ums/api";
import type { Db } from "@ums/db";
import type { Settings } from "@ums/db/settings";
import { Hono, type Context } from "hono";

import { clientIp } from "../http/client-ip";
import type { AppEnv } from "../http/env";
import { mediaType } from "../http/request-body";

export const avatarUploadPath = "/users/upload-avatar";

/**
 * `POST /users/upload-avatar`: a multipart/form-data body with the image in the `avatar` field
 * (and optional crop and animation fields), for the signed-in user. The app's body limit has
 * already capped the request at MAX_AVATAR_SIZE_MB plus a small envelope while it streamed in.
 * Everything else (the file's own size limit, recognising the image by its content, processing,
 * storing, switching atomically) is the avatar service's, the same for every door.
 */
export function avatarUploadRoutes(options: {
  db: Db;
  settings: Settings;
  avatarStorage?: AvatarStorage;
}) {
  return new Hono<AppEnv>().post(avatarUploadPath, async (c) => {
    const ctx = await createHttpContext({
      db: options.db,
      settings: options.settings,
      headers: c.req.raw.headers,
      remoteAddress: clientIp(c),
      avatarStorage: options.avatarStorage,
    });
    const actor = ctx.actor;
    if (actor === null) {
      throw new AppError("UNAUTHENTICATED", "Sign in, or send a valid bearer token");
    }
    if (actor.kind !== "user") {
      throw new AppError("FORBIDDEN", "This acts on the signed-in user; an API key cannot call it");
    }
    if (mediaType(c) !== "multipart/form-data") {
      throw new AppError(
        "UNSUPPORTED_MEDIA_TYPE",
        "Send multipart/form-data with the image in the `avatar` field",
      );
    }
    const { file, fields } = await readForm(c);
    const parsed = avatarUploadFields.safeParse(fields);
    if (!parsed.success) throw fromZodError(parsed.error);

    const result = await replaceAvatar(
      { ...ctx, actor },
      {
        bytes: new Uint8Array(await file.arrayBuffer()),
        crop: parsed.data.crop,
        keepAnimation: parsed.data.keepAnimation,
      },
    );
    return c.json(uploadedAvatar.parse(result), 200);
  });
}

/**
 * The `avatar` file and the text fields beside it; a broken or file-less form is a 400. The body
 * is bounded by the app's multipart limit, so reading it whole here is safe.
 */
async function readForm(c: Context<AppEnv>) {
  let form: Record<string, string | File | (string | File)[]>;
  try {
    form = await c.req.parseBody({ all: true });
  } catch (error) {
    // A body cut off by the size limit surfaces as the limit's own error.
    if (error instanceof AppError) throw error;
    throw new AppError("VALIDATION_FAILED", "The multipart body could not be read", {
      details: [{ path: "", message: "must be a well-formed multipart/form-data body" }],
      cause: error,
    });
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
