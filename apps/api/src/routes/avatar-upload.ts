import {
  AppError,
  createHttpContext,
  readAvatarUpload,
  replaceAvatar,
  uploadedAvatar,
  type AvatarStorage,
} from "@ums/api";
import type { Db } from "@ums/db";
import type { Settings } from "@ums/db/settings";
import { Hono } from "hono";

import { clientIp } from "../http/client-ip";
import type { AppEnv } from "../http/env";

export const avatarUploadPath = "/users/upload-avatar";

/**
 * `POST /users/upload-avatar`: a multipart/form-data body with the image in the `avatar` field
 * (and optional crop and animation fields), for the signed-in user. The app's body limit has
 * already capped the request at MAX_AVATAR_SIZE_MB plus a small envelope while it streamed in.
 * Reading the form (readAvatarUpload) and everything after it (the file's own size limit,
 * recognising the image by its content, processing, storing, switching atomically) is the avatar
 * service's, the same for every door (the web app's `/api/avatar` too).
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
    const upload = await readAvatarUpload(c.req.raw, options.settings);
    const result = await replaceAvatar({ ...ctx, actor }, upload);
    return c.json(uploadedAvatar.parse(result), 200);
  });
}
