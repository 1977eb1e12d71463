import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import type { HistoryDiagnostic, SchemaFilter } from "@prisma/schema-engine-wasm";

import { withSchemaEngine } from "./engine";
import {
  lockfileContent,
  lockfilePath,
  migrationsDir,
  readMigrationsFolder,
} from "./migrations-folder";
import { migrationsUpToDate } from "./up-to-date";

const noFilters: SchemaFilter = { externalTables: [], externalEnums: [] };

/**
 * Applies the pending migrations of prisma/migrations (what `prisma migrate deploy` does). When
 * the database already has them all, it says so without starting the schema engine.
 */
export async function applyMigrations(url: string): Promise<{ applied: string[] }> {
  const migrationsList = await readMigrationsFolder();
  const names = migrationsList.migrationDirectories.map((directory) => directory.path);
  if (await migrationsUpToDate(url, names)) return { applied: [] };
  return withSchemaEngine(url, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return { applied: result.appliedMigrationNames };
  });
}

/**
 * The SQL that would bring the migration history up to schema.prisma; "" when they agree.
 * Replays the history in a shadow database on the same server, so the server must allow CREATE DATABASE.
 */
export async function diffMigrationsToSchema(url: string): Promise<string> {
  const migrationsList = await readMigrationsFolder();
  return withSchemaEngine(url, async (engine, schema) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return meaningfulSql(result.stdout);
  });
}

/** The SQL that would bring the live database at `url` to what the migration history describes; "" when none. */
export async function diffDatabaseToMigrations(url: string): Promise<string> {
  const migrationsList = await readMigrationsFolder();
  return withSchemaEngine(url, async (engine, schema) => {
    const result = await engine.diff({
      // "schemaDatasource" is the live database the engine's adapter is connected to (`url`).
      from: { tag: "schemaDatasource", files: [schema], configDir: path.dirname(schema.path) },
      to: { tag: "migrations", ...migrationsList },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return meaningfulSql(result.stdout);
  });
}

/**
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that brings the history up
 * to schema.prisma (what `prisma migrate dev --create-only` does). Returns null when there is nothing to do.
 */
export async function createMigration(
  url: string,
  name: string,
): Promise<{ folder: string; sql: string } | null> {
  const sql = await diffMigrationsToSchema(url);
  if (sql === "") return null;

  const folder = `${migrationTimestamp(new Date())}_${slugify(name)}`;
  await mkdir(path.join(migrationsDir, folder), { recursive: true });
  await writeFile(path.join(migrationsDir, folder, "migration.sql"), `${sql}\n`, "utf8");
  await writeFile(lockfilePath, lockfileContent, "utf8");
  return { folder, sql };
}

export interface MigrationStatus {
  /** migrations in prisma/migrations, in order */
  local: string[];
  /** local migrations not applied to the database yet */
  pending: string[];
  /** applied migrations that are missing from prisma/migrations */
  unknownApplied: string[];
  failed: string[];
  edited: string[];
  /** SQL that would make the database match the migration history ("" = no drift) */
  databaseDrift: string;
  /** SQL a new migration would contain ("" = schema.prisma and the history agree) */
  schemaChanges: string;
}

/** Applied / pending / failed / edited migrations and drift, without writing anything. */
export async function migrationStatus(url: string): Promise<MigrationStatus> {
  const migrationsList = await readMigrationsFolder();
  const diagnosis = await withSchemaEngine(url, (engine) =>
    engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: noFilters,
    }),
  );
  const history = historyLists(diagnosis.history);
  const local = migrationsList.migrationDirectories.map((dir) => dir.path);
  const pending = diagnosis.hasMigrationsTable ? history.unapplied : local;
  return {
    local,
    pending,
    unknownApplied: history.unpersisted,
    failed: diagnosis.failedMigrationNames,
    edited: diagnosis.editedMigrationNames,
    // Drift only means something once the database has caught up with the history.
    databaseDrift: pending.length === 0 ? await diffDatabaseToMigrations(url) : "",
    schemaChanges: await diffMigrationsToSchema(url),
  };
}

function historyLists(history: HistoryDiagnostic | null) {
  if (history === null) return { unapplied: [], unpersisted: [] };
  switch (history.diagnostic) {
    case "databaseIsBehind":
      return { unapplied: history.unappliedMigrationNames, unpersisted: [] };
    case "migrationsDirectoryIsBehind":
      return { unapplied: [], unpersisted: history.unpersistedMigrationNames };
    case "historiesDiverge":
      return {
        unapplied: history.unappliedMigrationNames,
        unpersisted: history.unpersistedMigrationNames,
      };
  }
}

/** The engine prints a comment-only script for an empty diff; treat that as no SQL. */
function meaningfulSql(script: string | null): string {
  const text = (script ?? "").trim();
  const statements = text
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.trim().startsWith("--"));
  return statements.length === 0 ? "" : text;
}

function migrationTimestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (slug === "") throw new Error("A migration needs a name made of letters or digits.");
  return slug;
}
