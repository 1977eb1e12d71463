import type { Db } from "@ums/db";
import { settings as loadSettings, type Settings } from "@ums/db/settings";

import type { Actor } from "./auth/actor";
import { noRequestMeta, type RequestMeta } from "./auth/request-meta";
import { defaultAvatarStorage } from "./services/avatars/storage/default-avatar-storage";
import type { AvatarStorage } from "./services/avatars/storage/avatar-storage";

/** What every procedure and service receives, whichever door the call came through. */
export interface Context {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  settings: Settings;
  http: HttpExchange;
  /** where avatar files are stored (the driver the settings choose) */
  avatarStorage: AvatarStorage;
}

/**
 * The HTTP parts a procedure may take part in, whichever door it came through (createCaller gets
 * an empty one): the request's If-Match precondition and headers to add to the response (ETag).
 */
export interface HttpExchange {
  /** the If-Match header as sent, or null */
  ifMatch: string | null;
  responseHeaders: Headers;
}

export interface CreateContextOptions {
  db: Db;
  actor?: Actor;
  meta?: RequestMeta;
  /** defaults to the process's settings */
  settings?: Settings;
  /** defaults to no precondition and headers nobody reads */
  http?: HttpExchange;
  /** defaults to the driver the settings choose (one per settings object) */
  avatarStorage?: AvatarStorage;
}

/**
 * The context from resolved parts. Doors resolve the actor their own way (session, bearer token)
 * and call this; tests call it directly with the actor they need.
 */
export function createContextInner(options: CreateContextOptions): Context {
  const settings = options.settings ?? loadSettings();
  return {
    db: options.db,
    actor: options.actor ?? null,
    meta: options.meta ?? noRequestMeta,
    settings,
    http: options.http ?? { ifMatch: null, responseHeaders: new Headers() },
    avatarStorage: options.avatarStorage ?? defaultAvatarStorage(settings),
  };
}
