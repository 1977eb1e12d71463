import { spawn } from "node:child_process";
import path from "node:path";

import { createPrismaClient } from "@ums/db";
import { openDatabase, redactUrl, withDatabase, type DatabaseHandle } from "@ums/db/lifecycle";

import { repositoryDir } from "./runtime";

/** The e2e run's own database, beside the development one on the same server. */
export const e2eDatabaseName = "ums_e2e";

export interface E2eDatabase {
  url: string;
  handle: DatabaseHandle;
}

/**
 * A fresh database for the run: the server the apps use everywhere (USER_DATABASE_URL, or the
 * embedded PostgreSQL in .data/postgres, leased until `handle.release()`), in a database of its
 * own that is dropped and recreated, then migrated and seeded with the demo data by the db
 * package's own seed command.
 */
export async function freshDatabase(): Promise<E2eDatabase> {
  const handle = await openDatabase({ migrate: false, releaseOnExit: true });
  try {
    const url = withDatabase(handle.url, e2eDatabaseName);
    await recreateDatabase(handle.url, e2eDatabaseName);
    await seedDatabase(url);
    return { url, handle };
  } catch (error) {
    handle.release();
    throw error;
  }
}

async function recreateDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = createPrismaClient(withDatabase(serverUrl, "postgres"), { maxConnections: 1 });
  try {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    // WITH (FORCE) (PostgreSQL 13+) ends sessions a crashed earlier run may have left connected.
    await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    await admin.$executeRawUnsafe(`CREATE DATABASE ${quoted}`);
  } finally {
    await admin.$disconnect();
  }
}

/**
 * The db package's seed command (`pnpm --filter @ums/db run seed`, run through its tsx directly) on
 * the run's database: applies the migrations, then inserts the demo data.
 */
function seedDatabase(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, USER_DATABASE_URL: url, NODE_ENV: "test" };
    const dbDir = path.join(repositoryDir, "packages", "db");
    const child = spawn(path.join(dbDir, "node_modules", ".bin", "tsx"), ["src/cli/seed.ts"], {
      cwd: dbDir,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(`Seeding ${redactUrl(url)} failed (exit code ${String(code)}):\n${output}`),
        );
    });
  });
}
