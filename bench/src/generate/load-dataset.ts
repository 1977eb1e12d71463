import { once } from "node:events";
import type { Writable } from "node:stream";

import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

import { benchUser, idTable } from "./bench-user";
import { copyLine } from "./copy-text";
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
    for (const table of benchTables) {
      const tableStarted = performance.now();
      const rows = await copyTable(client, table, organizations);
      const seconds = (performance.now() - tableStarted) / 1000;
      options.log(`  ${table.table}: ${rows.toLocaleString("en")} rows in ${seconds.toFixed(1)} s`);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  // Fresh statistics, or the planner guesses from an empty table's.
  for (const { table } of benchTables) await client.query(`ANALYZE ${table}`);
  return { users, organizations, loaded: true, seconds: (performance.now() - started) / 1000 };
}

async function removeBenchData(client: pg.Client, log: (line: string) => void): Promise<void> {
  const like = `${benchSlugPrefix}%`;
  const removed = await client.query(
    `DELETE FROM users WHERE organization_id IN (SELECT id FROM organizations WHERE slug LIKE $1)`,
    [like],
  );
  await client.query("DELETE FROM organizations WHERE slug LIKE $1", [like]);
  if ((removed.rowCount ?? 0) > 0)
    log(`  removed the previous bench dataset (${removed.rowCount} users)`);
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
