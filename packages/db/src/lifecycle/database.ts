import path from "node:path";

import pg from "pg";

import { applyMigrations } from "../migrate";
import { settings } from "../settings";
import { connectionFields, redactUrl, withDatabase } from "./connection-url";
import { acquireEmbeddedServer } from "./embedded-server";
import { localDataDir } from "./paths";

/** The specification's database name, used on the embedded server. */
export const defaultDatabaseName = "user_service_db";

export interface DatabaseHandle {
  url: string;
  /** true when the database runs on the embedded server this process started or joined */
  embedded: boolean;
  /** Gives the embedded server back (the last process to do so stops it); a no-op for a URL. */
  release: () => void;
}

export interface OpenDatabaseOptions {
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  /** Stop using the embedded server when the process exits or is interrupted (default true). */
  releaseOnExit?: boolean;
  /** Embedded server folder (default .data/postgres); tests point it elsewhere. */
  embeddedDir?: string;
}

/**
 * The one way every app, script and test gets its database:
 * USER_DATABASE_URL set → that database; unset → the embedded PostgreSQL server in .data/postgres,
 * started (or joined, when another process already runs it), with the database created.
 * Then pending migrations are applied, unless `migrate: false`.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  const configured = settings().USER_DATABASE_URL;
  const handle = configured
    ? { url: configured, embedded: false, release: () => undefined }
    : await openEmbedded(options);
  try {
    await createDatabaseIfMissing(handle.url);
    if (options.migrate ?? true) await applyMigrations(handle.url);
  } catch (error) {
    handle.release();
    throw error;
  }
  return handle;
}

async function openEmbedded(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  const lease = await acquireEmbeddedServer(
    options.embeddedDir ?? path.join(localDataDir(), "postgres"),
  );
  const handle = { url: lease.url(defaultDatabaseName), embedded: true, release: lease.release };
  if (options.releaseOnExit ?? true) releaseOnExit(lease.release);
  return handle;
}

/** CREATE DATABASE unless it exists; safe when several processes race to do it. */
export async function createDatabaseIfMissing(url: string): Promise<void> {
  const { database } = connectionFields(url);
  const client = new pg.Client(withDatabase(url, "postgres"));
  await client.connect().catch((error: unknown) => {
    throw new Error(`Cannot connect to PostgreSQL at ${redactUrl(url)}: ${String(error)}`);
  });
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) {
      await client
        .query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
        .catch((error: unknown) => {
          // 42P04 duplicate_database, 23505 unique_violation: another process created it first.
          const code = (error as { code?: string }).code;
          if (code !== "42P04" && code !== "23505") throw error;
        });
    }
  } finally {
    await client.end();
  }
}

const exitSignals = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * Runs `release` when the process ends, however it ends short of SIGKILL: on exit, and on
 * SIGINT/SIGTERM/SIGHUP (after which the process exits with the usual 128+n code, unless other
 * handlers are installed and take charge of exiting).
 */
export function releaseOnExit(release: () => void): void {
  process.once("exit", release);
  for (const [signal, code] of Object.entries(exitSignals)) {
    process.once(signal, () => {
      release();
      if (process.listenerCount(signal) === 0) process.exit(code);
    });
  }
}
