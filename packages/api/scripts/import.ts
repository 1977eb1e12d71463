/**
 * Imports an organization's users from the interchange files of docs/data-migration.md (what
 * `pnpm export` writes, or another system's CSV files):
 *
 *   pnpm run import --org <id or slug> --users users.jsonl [--dry-run] [--status keep|active|pending]
 *   pnpm run import --org <id or slug> --users users.csv [--skills skills.csv] [--goals goals.csv]
 *                   [--activities activities.csv] [--learning-events learning-events.csv] [...]
 *
 * (`pnpm run import`, not `pnpm import`: that is pnpm's own lockfile command.) The root script
 * opens the database first (USER_DATABASE_URL, or the embedded PostgreSQL). Relative paths are
 * taken from the directory pnpm was started in. Running an interrupted import again resumes it.
 * Exit codes: 0 every row imported, 1 some rows rejected (or a failure), 2 bad arguments, a file
 * that cannot be read, or an unknown organization.
 */
import { createReadStream } from "node:fs";
import { access, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

import {
  defaultImportBatchSize,
  importFiles,
  importTotals,
  type ImportFileKind,
  type ImportRunProgress,
  type ImportSource,
} from "../src/services/data-transfer";
import type { Db } from "@ums/db";

import { fail, pathFromCaller, runCommand, withOrganization } from "./cli";

const usage = `Usage: pnpm run import --org <id or slug> --users <users.jsonl | users.csv> [options]
  --org              the organization to import into, by id or slug
  --users            users.jsonl (one user per line with every relation), or users.csv
  --skills, --goals, --activities, --learning-events <file.csv>
                     the other CSV files (with a users.csv, or alone for users already imported)
  --dry-run          validate and report created / updated / unchanged / rejected, write nothing
  --status           status of new users: keep (the file's, default), active or pending
  --invite --inviter <admin e-mail>
                     send each new user an invitation (a link to set their password; accepting
                     makes them active) in the name of that administrator of the organization
  --batch-size <n>   rows per transaction (default ${defaultImportBatchSize})
Running an interrupted import again (same files, same options) resumes it where it stopped.`;

const relationKinds = ["skills", "goals", "activities", "learning-events"] as const;

function parseOptions() {
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2).filter((arg) => arg !== "--"),
      options: {
        org: { type: "string" },
        users: { type: "string" },
        skills: { type: "string" },
        goals: { type: "string" },
        activities: { type: "string" },
        "learning-events": { type: "string" },
        "dry-run": { type: "boolean" },
        status: { type: "string" },
        invite: { type: "boolean" },
        inviter: { type: "string" },
        "batch-size": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    });
    if (values.help === true) fail(usage, 0);
    const wanted = (values.status ?? "keep").toUpperCase();
    const status = (["KEEP", "ACTIVE", "PENDING"] as const).find((value) => value === wanted);
    if (values.org === undefined || status === undefined) {
      fail(usage, 2);
    }
    const files: { kind: ImportFileKind; file: string }[] = [];
    if (values.users !== undefined)
      files.push({ kind: "users", file: pathFromCaller(values.users) });
    for (const kind of relationKinds) {
      const file = values[kind];
      if (file !== undefined) files.push({ kind, file: pathFromCaller(file) });
    }
    if (files.length === 0) fail(`Name the files to import.\n\n${usage}`, 2);
    const jsonl = files.some(({ file }) => /\.(jsonl|ndjson)$/i.test(file));
    if (jsonl && (files.length > 1 || files[0]?.kind !== "users")) {
      fail(`A JSON Lines import is one --users file (it holds every relation).\n\n${usage}`, 2);
    }
    const invite = values.invite === true;
    if (invite !== (values.inviter !== undefined)) {
      fail(`--invite and --inviter <e-mail> go together.\n\n${usage}`, 2);
    }
    const batchSize = Number(values["batch-size"] ?? defaultImportBatchSize);
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5_000) {
      fail(`--batch-size must be a whole number from 1 to 5000.\n\n${usage}`, 2);
    }
    return {
      org: values.org,
      files,
      format: jsonl ? ("JSONL" as const) : ("CSV" as const),
      dryRun: values["dry-run"] === true,
      status,
      inviter: invite ? (values.inviter ?? null) : null,
      batchSize,
    };
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`, 2);
  }
}

const duration = (seconds: number) =>
  seconds >= 3600
    ? `${Math.floor(seconds / 3600)} h ${Math.round((seconds % 3600) / 60)} min`
    : seconds >= 60
      ? `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`
      : `${Math.round(seconds)} s`;

/** The progress line on a terminal: a bar by bytes read, rows, rows/s and the time left. */
function progressLine(progress: ImportRunProgress, bytesTotal: number, seconds: number) {
  const totals = importTotals(progress);
  const share = bytesTotal === 0 ? 1 : Math.min(1, progress.bytes_read / bytesTotal);
  const width = 24;
  const bar = "#".repeat(Math.round(share * width)).padEnd(width, ".");
  const rate = totals.rows / Math.max(seconds, 0.001);
  const left = share > 0 && share < 1 ? (seconds / share) * (1 - share) : 0;
  return `\r[${bar}] ${(share * 100).toFixed(0).padStart(3)}% ${totals.rows} rows, ${Math.round(rate)} rows/s, ${totals.rejected} rejected, ETA ${duration(left)}   `;
}

/** The id of the administrator who invites: an org admin of the organization, or a super admin. */
async function findInviter(db: Db, email: string, organizationId: string): Promise<string> {
  const user = await db.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, role: true, organization_id: true, status: true },
  });
  const admin =
    user !== null &&
    user.status === "ACTIVE" &&
    (user.role === "SUPER_ADMIN" ||
      (user.role === "ORG_ADMIN" && user.organization_id === organizationId));
  if (!admin) {
    fail(`--inviter ${email} is not an active administrator of this organization.`, 2);
  }
  return user.id;
}

async function main(): Promise<number> {
  const options = parseOptions();
  for (const { file } of options.files) {
    await access(file).catch(() => fail(`Cannot read ${file}.\n\n${usage}`, 2));
  }
  return withOrganization("pnpm run import", options.org, 4, async (db, organization) => {
    const inviter =
      options.inviter === null ? null : await findInviter(db, options.inviter, organization.id);
    const sources: ImportSource[] = options.files.map(({ kind, file }) => ({
      kind,
      name: path.basename(file),
      open: () => createReadStream(file),
    }));
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    let bytesTotal = 0;
    for (const { file } of options.files) bytesTotal += (await stat(file)).size;
    const terminal = process.stderr.isTTY;
    const result = await importFiles(
      db,
      {
        organizationId: organization.id,
        createdBy: inviter,
        format: options.format,
        sources,
        options: {
          dryRun: options.dryRun,
          newUserStatus: options.status,
          sendInvitations: inviter !== null,
        },
      },
      {
        batchSize: options.batchSize,
        onProgress: (progress) => {
          if (terminal) process.stderr.write(progressLine(progress, bytesTotal, seconds()));
        },
        onRejected: (row) => {
          if (terminal) process.stderr.write("\r\u001B[K");
          const field = row.field === "" ? "" : ` ${row.field}:`;
          console.log(
            `${row.kind} line ${row.line}${row.email === null ? "" : ` (${row.email})`}:${field} ${row.message}`,
          );
        },
      },
    ).catch((error: unknown) =>
      fail(`Import failed: ${error instanceof Error ? error.message : String(error)}`, 1),
    );
    if (terminal) process.stderr.write("\n");

    if (result.resumed) console.log("Resumed an interrupted import of these files.");
    for (const [kind, counts] of Object.entries(result.progress.files)) {
      console.log(
        `  ${kind}: ${counts.rows} rows, ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.rejected} rejected`,
      );
    }
    const totals = importTotals(result.progress);
    const prefix = options.dryRun ? "Dry run (nothing written): " : "";
    const where = `into ${organization.name} (${organization.slug}) in ${seconds().toFixed(1)} s`;
    if (result.status !== "SUCCEEDED") {
      console.log(
        `${prefix}the import ${result.status.toLowerCase()} ${where}: ${result.error ?? ""}`,
      );
      return 1;
    }
    console.log(
      `${prefix}${totals.rows} rows ${where}: ${totals.created} created, ${totals.updated} updated, ${totals.unchanged} unchanged, ${totals.rejected} rejected. Run ${result.runId}.`,
    );
    return totals.rejected === 0 ? 0 : 1;
  });
}

runCommand(main);
