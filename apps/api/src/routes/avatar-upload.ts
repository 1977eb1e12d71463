import { AppError, createHttpContext } from "@ums/api";
import type { Db } from "@ums/db";
import type { Settings } from "@ums/db/settings";
import { Hono } from "hono";

import { clientIp } from "../http/client-ip";
import type { AppEnv } from "../http/env";

/**
 * `POST /users/upload-avatar`: the contract's multipart avatar upload. The avatar service (image
 * checks, resizing, storage drivers) is a later piece of work; until it exists the route
 * authenticates the caller like any other and answers 501 with the standard error body.
 */
export function avatarUploadRoutes({ db, settings }: { db: Db; settings: Settings }) {
  return new Hono<AppEnv>().post("/users/upload-avatar", async (c) => {
    const ctx = await createHttpContext({
      db,
      settings,
      headers: c.req.raw.headers,
      remoteAddress: clientIp(c),
    });
    if (ctx.actor === null)
      throw new AppError("UNAUTHENTICATED", "Sign in, or send a valid bearer token");
    if (ctx.actor.kind !== "user") {
      throw new AppError("FORBIDDEN", "This acts on the signed-in user; an API key cannot call it");
    }
    throw new AppError("NOT_IMPLEMENTED", "Avatar uploads are not available in this version yet");
  });
}
