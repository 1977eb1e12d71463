import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import pg from "pg";

import { withDatabase } from "../lifecycle/connection-url";
import { applyMigrations } from "../migrate";
import { migrationsDir } from "../migrate/migrations-folder";

const templatePrefix = "ums_test_template_";
/** Any number; the same for every process that prepares templates on one server. */
const templateLockKey = 727_001;

/**
 * A migrated database to clone test databases from, named after a hash of the migration history so
 * that a changed history gets a fresh template. Several test runs may call this at once (turbo runs
 * packages in parallel): an advisory lock makes one of them build it while the others wait.
 * Returns the template's name.
 */
export async function prepareTemplateDatabase(serverUrl: string): Promise<string> {
  const name = `${templatePrefix}${await migrationsHash()}`;
  const admin = new pg.Client(withDatabase(serverUrl, "postgres"));
  await admin.connect();
  try {
    await admin.query("SELECT pg_advisory_lock($1)", [templateLockKey]);
    const existing = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1",
      [`${templatePrefix}%`],
    );
    if (existing.rows.some((row) => row.datname === name)) return name;

    // Templates of older histories are of no use any more.
    for (const { datname } of existing.rows) {
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(datname)} WITH (FORCE)`);
    }
    const building = `${name}_building`;
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(building)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(building)}`);
    await applyMigrations(withDatabase(serverUrl, building));
    // Renamed only once complete, so an interrupted build is never taken for a template.
    await admin.query(
      `ALTER DATABASE ${admin.escapeIdentifier(building)} RENAME TO ${admin.escapeIdentifier(name)}`,
    );
    return name;
  } finally {
    await admin.query("SELECT pg_advisory_unlock($1)", [templateLockKey]).catch(() => undefined);
    await admin.end();
  }
}

async function migrationsHash(): Promise<string> {
  const hash = createHash("sha256");
  const folders = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const folder of folders) {
    hash.update(folder);
    hash.update(await readFile(path.join(migrationsDir, folder, "migration.sql")));
  }
  return hash.digest("hex").slice(0, 16);
}
