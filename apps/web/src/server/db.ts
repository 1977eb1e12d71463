import "server-only";

import { createPrismaClient, type Db } from "@ums/db";
import { settings, SettingsError } from "@ums/db/settings";

/** The database, or why there is none, so pages can explain instead of failing. */
export type DatabaseAccess = { db: Db } | { db: undefined; problem: string };

const notSetProblem =
  "USER_DATABASE_URL is not set. The web app reads its database from this variable: the launch " +
  "scripts set it, or set it yourself to the URL of a migrated PostgreSQL database.";

// One client, so one connection pool, per server process. In development Next re-evaluates modules
// on every edit; keeping the client on globalThis stops each reload from opening another pool.
const processWide = globalThis as typeof globalThis & { umsPrisma?: Db };

/**
 * The Prisma client on the USER_DATABASE_URL setting. The web app never opens the embedded
 * database itself (@ums/db/lifecycle runs native binaries and resolves files relative to its own
 * source, neither of which survives bundling): whatever launches it passes the URL.
 */
export function database(): DatabaseAccess {
  // Asked before settings(), which in production rejects a missing URL among all other problems
  // with a message about the embedded database, one the web app never uses. (Blank counts as
  // unset, as in the settings schema.) The URL itself still comes from the validated settings.
  const configured = process.env.USER_DATABASE_URL;
  if (configured === undefined || configured === "") {
    return { db: undefined, problem: notSetProblem };
  }
  let url: string | undefined;
  try {
    url = settings().USER_DATABASE_URL;
  } catch (error) {
    // Invalid settings: the message names each variable at fault and why.
    if (error instanceof SettingsError) return { db: undefined, problem: error.message };
    throw error;
  }
  if (url === undefined) return { db: undefined, problem: notSetProblem };
  processWide.umsPrisma ??= createPrismaClient(url);
  return { db: processWide.umsPrisma };
}

/** The database for code that cannot go on without one: throws (a 500) when there is none. */
export function requireDatabase(): Db {
  const access = database();
  if (access.db === undefined) throw new Error(access.problem);
  return access.db;
}
