import pg from "pg";

/**
 * Whether the database at `url` has applied every migration in `names` and has no failed one,
 * read straight from Prisma's `_prisma_migrations` table (false when it does not exist yet).
 *
 * Every app start applies pending migrations, and asking the schema engine costs its WebAssembly
 * instance: about 100 MB of linear memory that a process cannot give back, for the life of the
 * API server, to learn that nothing is pending. This query answers the usual case; anything else
 * (a pending, failed or unknown state) goes to the engine as before.
 */
export async function migrationsUpToDate(url: string, names: readonly string[]): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query<{ present: boolean }>(
      `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`,
    );
    if (table.rows[0]?.present !== true) return false;
    const { rows } = await client.query<{ migration_name: string; state: string }>(
      `SELECT "migration_name",
              CASE WHEN "rolled_back_at" IS NOT NULL THEN 'rolled_back'
                   WHEN "finished_at" IS NULL THEN 'failed'
                   ELSE 'applied' END AS state
       FROM "_prisma_migrations"`,
    );
    if (rows.some((row) => row.state === "failed")) return false;
    const applied = new Set(
      rows.filter((row) => row.state === "applied").map((row) => row.migration_name),
    );
    return names.every((name) => applied.has(name));
  } finally {
    await client.end();
  }
}
