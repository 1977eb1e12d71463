/**
 * Exports an organization's users with every relation to the interchange format of
 * docs/data-migration.md (JSON Lines, or one CSV file per kind):
 *
 *   pnpm export --org <id or slug> --format jsonl --out users.jsonl
 *   pnpm export --org <id or slug> --format csv --out export-folder/
 *
 * The root script opens the database first (USER_DATABASE_URL, or the embedded PostgreSQL).
 * Relative paths are taken from the directory pnpm was started in. Exit codes: 0 done,
 * 1 failure, 2 bad arguments or unknown organization.
 */
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

import {
  csvFiles,
  exportOrganizationUsers,
  streamSink,
  writeCsvFiles,
  writeJsonLines,
  type CsvFileKind,
  type ExportCounts,
} from "../src/services/data-transfer";
import { fail, pathFromCaller, runCommand, withOrganization } from "./cli";

const usage = `Usage: pnpm export --org <id or slug> --format jsonl|csv --out <file or folder>
  --org      the organization, by id or slug
  --format   jsonl: one user per line, in the file --out
             csv: users.csv, skills.csv, goals.csv, activities.csv, learning-events.csv in the folder --out
  --out      where to write (existing files are replaced)
  --page-size <n>  users read per page (default 500)`;

function parseOptions() {
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2).filter((arg) => arg !== "--"),
      options: {
        org: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        "page-size": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    });
    if (values.help === true) fail(usage, 0);
    const { org, format, out } = values;
    if (org === undefined || out === undefined || (format !== "jsonl" && format !== "csv")) {
      fail(usage, 2);
    }
    const pageSize = Number(values["page-size"] ?? 500);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 10_000) {
      fail(`--page-size must be a whole number from 1 to 10000.\n\n${usage}`, 2);
    }
    return { org, format, out: pathFromCaller(out), pageSize };
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`, 2);
  }
}

async function main(): Promise<number> {
  const options = parseOptions();
  return withOrganization("pnpm export", options.org, 6, async (db, organization) => {
    const started = performance.now();
    const users = exportOrganizationUsers(db, {
      organizationId: organization.id,
      pageSize: options.pageSize,
    });
    let counts: ExportCounts;
    if (options.format === "jsonl") {
      await mkdir(path.dirname(options.out), { recursive: true });
      const sink = streamSink(createWriteStream(options.out));
      counts = await writeJsonLines(users, sink);
      await sink.close();
    } else {
      await mkdir(options.out, { recursive: true });
      const sinks = Object.fromEntries(
        csvFiles.map(({ kind, file }) => [
          kind,
          streamSink(createWriteStream(path.join(options.out, file))),
        ]),
      ) as Record<CsvFileKind, ReturnType<typeof streamSink>>;
      counts = await writeCsvFiles(users, sinks);
      await Promise.all(Object.values(sinks).map((sink) => sink.close()));
    }
    const seconds = (performance.now() - started) / 1000;
    const rows = Object.entries(counts.rows)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(", ");
    console.log(
      `Exported ${counts.users} users of ${organization.name} (${organization.slug}) to ${options.out} in ${seconds.toFixed(1)} s: ${rows}.`,
    );
    return 0;
  });
}

runCommand(main);
