import type { AvatarStorage } from "@ums/api";
import { Hono } from "hono";

import type { AppEnv } from "../http/env";

/**
 * `GET /avatars/...`: the avatar files of the local storage driver (keys start with `avatars/`).
 * Names are content-addressed and never reused, so they are cached for a year as immutable.
 * Other sites may embed them (Cross-Origin-Resource-Policy: cross-origin, set by the security
 * headers for this prefix); nosniff and `default-src 'none'` still apply. A driver with its
 * own public URLs (UploadThing) serves its files itself: then this route answers 404.
 */
export const avatarFilesPath = "/avatars";

export function avatarFileRoutes({ avatarStorage }: { avatarStorage: AvatarStorage }) {
  return new Hono<AppEnv>().get(`${avatarFilesPath}/*`, async (c) => {
    const file = await avatarStorage.read?.(c.req.path.slice(1));
    if (file === undefined) return c.notFound();
    c.header("Cache-Control", "public, max-age=31536000, immutable");
    return c.body(new Uint8Array(file.body), 200, { "Content-Type": file.contentType });
  });
}
