import { describe, expect, it } from "vitest";

import { createTestDatabase } from "../testing";
import {
  applyMigrations,
  diffDatabaseToMigrations,
  diffMigrationsToSchema,
  migrationStatus,
} from ".";
import { localMigrationNames } from "./migrations-folder";
import { migrationsUpToDate } from "./up-to-date";

const { url } = await createTestDatabase();
const drifted = await createTestDatabase();
const reapplied = await createTestDatabase();

describe("migrations", () => {
  it("have no drift: replaying the history gives exactly what schema.prisma describes", async () => {
    // A non-empty result is the SQL of the missing migration: run `pnpm db:migrate:create <name>`.
    expect(await diffMigrationsToSchema(url)).toBe("");
  });

  it("leave a migrated database matching the history", async () => {
    expect(await diffDatabaseToMigrations(url)).toBe("");
  });

  it("change nothing when applied a second time", async () => {
    expect(await applyMigrations(url)).toEqual({ applied: [] });
  });

  it("are known to be up to date from _prisma_migrations alone, and not when one is missing or failed", async () => {
    const names = await localMigrationNames();
    expect(await migrationsUpToDate(reapplied.url, names)).toBe(true);
    expect(await migrationsUpToDate(reapplied.url, [...names, "29990101000000_future"])).toBe(
      false,
    );

    const last = names.at(-1) ?? "";
    await reapplied.db.$executeRaw`
      UPDATE "_prisma_migrations" SET "finished_at" = NULL WHERE "migration_name" = ${last}`;
    expect(await migrationsUpToDate(reapplied.url, names)).toBe(false);

    // Forgotten altogether: pending again, a case for the engine.
    await reapplied.db.$executeRaw`
      DELETE FROM "_prisma_migrations" WHERE "migration_name" = ${last}`;
    expect(await migrationsUpToDate(reapplied.url, names)).toBe(false);
  });

  it("report a clean status", async () => {
    const status = await migrationStatus(url);
    expect(status.local.length).toBeGreaterThan(0);
    expect(status).toMatchObject({
      pending: [],
      failed: [],
      edited: [],
      unknownApplied: [],
      databaseDrift: "",
      schemaChanges: "",
    });
  });

  it("report drift made behind the history's back", async () => {
    await drifted.db.$executeRawUnsafe(`ALTER TABLE "users" ADD COLUMN "nickname" TEXT`);
    const status = await migrationStatus(drifted.url);
    expect(status.pending).toEqual([]);
    expect(status.databaseDrift).toMatch(/DROP COLUMN "nickname"/);
  });
});
