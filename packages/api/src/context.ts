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
}

export interface CreateContextOptions {
  db: Db;
  actor?: Actor;
  meta?: RequestMeta;
  /** defaults to the process's settings */
  settings?: Settings;
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
  };
}
