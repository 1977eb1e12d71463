/**
 * Imports an organization's users from a JSON Lines file in the interchange format of
 * docs/data-migration.md (what `pnpm export --format jsonl` writes):
 *
 *   pnpm run import --org <id or slug> --users users.jsonl [--dry-run] [--status keep|pending]
 *
 * (`pnpm run import`, not `pnpm import`: that is pnpm's own lockfile command.) The root script
 * opens the database first (USER_DATABASE_URL, or the embedded PostgreSQL). Relative paths are
 * taken from the directory pnpm was started in. Exit codes: 0 every row imported, 1 some rows
 * rejected (or a failure), 2 bad arguments or unknown organization.
 */
import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import { parseArgs } from "node:util";

import {
  defaultImportBatchSize,
  importUsersJsonLines,
  type ImportProgress,
} from "../src/services/data-transfer";
import { fail, pathFromCaller, runCommand, withOrganization } from "./cli";

const usage = `Usage: pnpm run import --org <id or slug> --users <file.jsonl> [--dry-run] [--status keep|pending]
  --org         the organization to import into, by id or slug
  --users       the JSON Lines file (one user per line, as pnpm export --format jsonl writes it)
  --dry-run     validate and report created / updated / unchanged / rejected, write nothing
  --status      keep: the status of the file (default); pending: new users are PENDING
  --batch-size <n>  users per transaction (default ${defaultImportBatchSize})`;

function parseOptions() {
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2).filter((arg) => arg !== "--"),
      options: {
        org: { type: "string" },
        users: { type: "string" },
        "dry-run": { type: "boolean" },
        status: { type: "string" },
        "batch-size": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    });
    if (values.help === true) fail(usage, 0);
    const { org, users } = values;
    const status = values.status ?? "keep";
    if (org === undefined || users === undefined || (status !== "keep" && status !== "pending")) {
      fail(usage, 2);
    }
    const batchSize = Number(values["batch-size"] ?? defaultImportBatchSize);
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5_000) {
      fail(`--batch-size must be a whole number from 1 to 5000.\n\n${usage}`, 2);
    }
    return {
      org,
      users: pathFromCaller(users),
      dryRun: values["dry-run"] === true,
      status: status === "pending" ? ("pending" as const) : ("keep" as const),
      batchSize,
    };
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`, 2);
  }
}

async function main(): Promise<number> {
  const options = parseOptions();
  await access(options.users).catch(() => fail(`Cannot read ${options.users}.\n\n${usage}`, 2));
  return withOrganization("pnpm run import", options.org, 4, async (db, organization) => {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    const progress = process.stderr.isTTY
      ? (p: ImportProgress) =>
          process.stderr.write(
            `\r${p.rows} rows, ${Math.round(p.rows / Math.max(seconds(), 0.001))} rows/s: ${p.created} created, ${p.updated} updated, ${p.unchanged} unchanged, ${p.rejected} rejected`,
          )
      : undefined;
    const result = await importUsersJsonLines(db, createReadStream(options.users), {
      organizationId: organization.id,
      status: options.status,
      dryRun: options.dryRun,
      batchSize: options.batchSize,
      ...(progress === undefined ? {} : { onProgress: progress }),
    });
    if (progress !== undefined) process.stderr.write("\n");

    for (const row of result.rejections) {
      for (const problem of row.problems) {
        const field = problem.path === "" ? "" : ` ${problem.path}:`;
        console.log(
          `line ${row.line}${row.email === null ? "" : ` (${row.email})`}:${field} ${problem.message}`,
        );
      }
    }
    console.log(
      `${options.dryRun ? "Dry run (nothing written): " : ""}${result.rows} rows into ${organization.name} (${organization.slug}) in ${seconds().toFixed(1)} s: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.rejected} rejected.`,
    );
    return result.rejected === 0 ? 0 : 1;
  });
}

runCommand(main);
