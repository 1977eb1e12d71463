import { once } from "node:events";
import type { Writable } from "node:stream";

import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

import { benchUser, idTable } from "./bench-user";
import { copyLine } from "@ums/db/copy-text";
import { benchSlugPrefix, datasetSlug, organizationSizes, organizationSlug } from "./organizations";
import { benchId } from "./random";
import { benchTables, type BenchTable } from "./tables";

export interface Dataset {
  users: number;
  /** ids of the organizations, the large one first, with their sizes */
  organizations: { id: string; size: number; firstUser: number }[];
  loaded: boolean;
  seconds: number;
}

/**
 * The bench dataset of `users` users: loaded through COPY in one transaction (all or nothing, so
 * the marker organization means a complete dataset), or left as it is when the database already
 * holds it. Another bench dataset (another size) is removed first.
 */
export async function ensureDataset(
  client: pg.Client,
  users: number,
  options: { reload: boolean; log: (line: string) => void },
): Promise<Dataset> {
  const sizes = organizationSizes(users);
  let firstUser = 0;
  const organizations = sizes.map((size, index) => {
    const organization = { id: benchId(idTable.organization, index), size, firstUser };
    firstUser += size;
    return organization;
  });
  const existing = await client.query("SELECT 1 FROM organizations WHERE slug = $1", [
    datasetSlug(users),
  ]);
  if (existing.rowCount === 1 && !options.reload) {
    options.log(`Dataset of ${users} users already loaded (organization ${datasetSlug(users)}).`);
    await settleTables(client);
    return { users, organizations, loaded: false, seconds: 0 };
  }

  const started = performance.now();
  await client.query("BEGIN");
  try {
    await removeBenchData(client, options.log);
    await client.query(
      `INSERT INTO organizations (id, name, slug, created_at, updated_at)
       SELECT id, name, slug, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS o(id, name, slug)`,
      [
        organizations.map((o) => o.id),
        organizations.map((_, i) => (i === 0 ? "Bench Large Corp" : `Bench Org ${i}`)),
        organizations.map((_, i) => organizationSlug(users, i)),
      ],
    );
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    for (const table of benchTables) {
      const tableStarted = performance.now();
      const indexes = await dropPlainIndexes(client, table.table);
      const rows = await copyTable(client, table, organizations);
      // Building an index once is much faster than growing it row by row (the trigram one most).
      for (const definition of indexes) await client.query(definition);
      const seconds = (performance.now() - tableStarted) / 1000;
      options.log(`  ${table.table}: ${rows.toLocaleString("en")} rows in ${seconds.toFixed(1)} s`);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  await settleTables(client);
  return { users, organizations, loaded: true, seconds: (performance.now() - started) / 1000 };
}

/**
 * Brings the tables to the state of a database in service, where autovacuum has caught up: fresh
 * statistics (else the planner guesses from an empty table's) and the visibility map set. Right
 * after a bulk load, or after an earlier run's writes, the map is empty until autovacuum gets
 * there, and every index-only scan (a searched walk, a count) reads the table as well: the
 * searched list at 1,000,000 users measured p95 48 ms at c10 before autovacuum had reached
 * `users`, 32 ms after. Runs would differ by when autovacuum happened to pass.
 */
async function settleTables(client: pg.Client): Promise<void> {
  for (const { table } of benchTables) await client.query(`VACUUM (ANALYZE) ${table}`);
}

/**
 * Drops the table's indexes that back no constraint, returning their definitions to create them
 * again. Inside the load's transaction: if it fails, they come back with the rollback. (Statistics
 * targets live on columns, e.g. users.search_text's, and survive this.)
 */
async function dropPlainIndexes(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes i
     WHERE schemaname = current_schema() AND tablename = $1
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [table],
  );
  for (const { name } of rows) await client.query(`DROP INDEX "${name}"`);
  return rows.map((row) => row.definition);
}

async function removeBenchData(client: pg.Client, log: (line: string) => void): Promise<void> {
  const like = `${benchSlugPrefix}%`;
  const benchUsers = `SELECT u.id FROM users u JOIN organizations o ON o.id = u.organization_id
    WHERE o.slug LIKE $1`;
  // The bulk of the rows in one pass per table, before the users' own cascades.
  for (const table of [...benchTables.slice(1).map((t) => t.table), "learning_events"]) {
    await client.query(`DELETE FROM ${table} WHERE user_id IN (${benchUsers})`, [like]);
  }
  const removed = await client.query(`DELETE FROM users WHERE id IN (${benchUsers})`, [like]);
  await client.query("DELETE FROM organizations WHERE slug LIKE $1", [like]);
  if ((removed.rowCount ?? 0) > 0) {
    log(`  removed the previous bench dataset (${removed.rowCount} users)`);
  }
}

/** One table's rows for every user, generated while COPY consumes them. */
async function copyTable(
  client: pg.Client,
  table: BenchTable,
  organizations: Dataset["organizations"],
): Promise<number> {
  const stream: Writable = client.query(
    copyFrom(`COPY ${table.table} (${table.columns.join(", ")}) FROM STDIN`),
  );
  const finished = once(stream, "finish");
  let rows = 0;
  let chunk = "";
  for (const [index, organization] of organizations.entries()) {
    const domain = index === 0 ? "large-corp.example.com" : `org${index}.example.org`;
    for (let local = 0; local < organization.size; local += 1) {
      const user = benchUser(organization.firstUser + local, organization.id, domain, local);
      for (const row of table.rows(user)) {
        chunk += copyLine(row);
        rows += 1;
      }
      if (chunk.length > 256 * 1024) {
        if (!stream.write(chunk)) await once(stream, "drain");
        chunk = "";
      }
    }
  }
  stream.end(chunk);
  await finished;
  return rows;
}
