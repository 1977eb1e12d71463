import { randomBytes } from "node:crypto";

import pg from "pg";
import { afterAll, inject } from "vitest";

import { createPrismaClient, type Db } from "../client";
import { withDatabase } from "../lifecycle/connection-url";
import "./provided-context";

export interface TestDatabase {
  /** URL of this test file's own database */
  url: string;
  db: Db;
}

/**
 * A fresh database for the calling test file, cloned from the migrated template (milliseconds, as
 * opposed to migrating), so test files run in parallel and never see each other's rows.
 * It is dropped after the file's tests. Call it at the top level of a test file or in beforeAll.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject("testServerUrl");
  const template = inject("testTemplateDatabase");
  const name = `ums_test_${randomBytes(6).toString("hex")}`;

  await adminQuery(serverUrl, (admin) =>
    admin.query(
      `CREATE DATABASE ${admin.escapeIdentifier(name)} TEMPLATE ${admin.escapeIdentifier(template)}`,
    ),
  );
  const url = withDatabase(serverUrl, name);
  const db = createPrismaClient(url, { maxConnections: 5 });

  afterAll(async () => {
    await db.$disconnect();
    await adminQuery(serverUrl, (admin) =>
      admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`),
    );
  });
  return { url, db };
}

async function adminQuery(serverUrl: string, work: (admin: pg.Client) => Promise<unknown>) {
  const admin = new pg.Client(withDatabase(serverUrl, "postgres"));
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}
