import type { Db } from "@ums/db";
import { settings as loadSettings, type Settings } from "@ums/db/settings";

import { authenticateBearer } from "./auth/authenticate-bearer";
import { createContextInner, type Context } from "./context";
import type { AvatarStorage } from "./services/avatars/storage/avatar-storage";

export interface HttpContextOptions {
  db: Db;
  headers: Headers;
  /** the peer address as the server saw it (behind a proxy, the proxy's) */
  remoteAddress?: string | null;
  /** trust X-Forwarded-For for the client address (only behind a proxy you run) */
  trustProxy?: boolean;
  settings?: Settings;
  /** where the procedure may put response headers (ETag); default: a fresh set nobody reads */
  responseHeaders?: Headers;
  /** default: the driver the settings choose */
  avatarStorage?: AvatarStorage;
}

/**
 * The context for a request over HTTP (REST or tRPC): the bearer token's actor and where the
 * request came from. A present but invalid token throws UNAUTHENTICATED (401 with WWW-Authenticate
 * at the REST layer); no token is an anonymous request.
 */
export async function createHttpContext(options: HttpContextOptions): Promise<Context> {
  const settings = options.settings ?? loadSettings();
  const actor = await authenticateBearer(
    options.db,
    options.headers.get("authorization"),
    settings,
  );
  const forwarded = options.trustProxy
    ? options.headers.get("x-forwarded-for")?.split(",")[0]?.trim()
    : undefined;
  return createContextInner({
    db: options.db,
    actor,
    settings,
    meta: {
      ip: (forwarded === "" ? undefined : forwarded) ?? options.remoteAddress ?? null,
      userAgent: options.headers.get("user-agent"),
    },
    http: {
      ifMatch: options.headers.get("if-match"),
      responseHeaders: options.responseHeaders ?? new Headers(),
    },
    avatarStorage: options.avatarStorage,
  });
}
