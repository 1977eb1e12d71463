import type { Db } from "@ums/db";
import { settings as loadSettings, type Settings } from "@ums/db/settings";

import type { Actor } from "./auth/actor";
import { noRequestMeta, type RequestMeta } from "./auth/request-meta";

/** What every procedure and service receives, whichever door the call came through. */
export interface Context {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  settings: Settings;
  http: HttpExchange;
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
}

/**
 * The context from resolved parts. Doors resolve the actor their own way (session, bearer token)
 * and call this; tests call it directly with the actor they need.
 */
export function createContextInner(options: CreateContextOptions): Context {
  return {
    db: options.db,
    actor: options.actor ?? null,
    meta: options.meta ?? noRequestMeta,
    settings: options.settings ?? loadSettings(),
    http: options.http ?? { ifMatch: null, responseHeaders: new Headers() },
  };
}
