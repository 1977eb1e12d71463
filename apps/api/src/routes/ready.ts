import type { Db } from "@ums/db";
import { localMigrationNames } from "@ums/db/migrate";
import { Hono } from "hono";

/**
 * `GET /ready`: 200 once this instance can serve: the database answers and has every migration
 * this build knows applied; 503 otherwise (a deployment waits for it before sending traffic).
 * `/health` only says the process is up.
 */
export function readyRoutes({ db }: { db: Db }) {
  // The build's migrations do not change while it runs: read them once.
  const expected = localMigrationNames();
  return new Hono().get("/ready", async (c) => {
    c.header("Cache-Control", "no-store");
    let applied: Set<string>;
    try {
      const rows = await db.$queryRaw<{ migration_name: string }[]>`
        SELECT "migration_name" FROM "_prisma_migrations"
        WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`;
      applied = new Set(rows.map((row) => row.migration_name));
    } catch {
      return c.json({ status: "not_ready", database: "down", pending_migrations: [] }, 503);
    }
    const pending = (await expected).filter((name) => !applied.has(name));
    return pending.length === 0
      ? c.json({ status: "ready", database: "up", pending_migrations: [] }, 200)
      : c.json({ status: "not_ready", database: "up", pending_migrations: pending }, 503);
  });
}
