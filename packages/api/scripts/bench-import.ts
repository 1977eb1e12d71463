/**
 * Import speed against PostgreSQL's COPY (issue 10, "Speed"):
 *
 *   pnpm bench:import [--users 100000] [--format jsonl|csv] [--batch-size <n>]
 *                     [--trace-queries] [--cpu-prof] [--skip-copy] [--keep]
 *
 * Writes N users with filled profiles and learning preferences to a temporary file in the
 * interchange format (scripts/bench-import/generate-users.ts), then loads them twice into two new
 * organizations: by COPY (the reference: parsing the file into COPY text, then one COPY per table),
 * and by the import (`createImportRun` + `runImport`, as every door runs it). Prints users/s of both,
 * the ratio, and the importer's peak RSS and heap (sampled every 100 ms); saves the numbers as JSON
 * in bench/results/. `--trace-queries` adds statements and time per kind of statement,
 * `--cpu-prof` a CPU profile of the import (saved beside the JSON) with a summary. Both organizations
 * are removed at the end unless `--keep`. Exit codes: 0 done, 1 the import did not take every user,
 * 2 bad arguments.
 */
import { execFileSync } from "node:child_process";
import { createReadStream } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { createPrismaClient, type Db } from "@ums/db";
import { repositoryRoot } from "@ums/db/lifecycle";
import { settings } from "@ums/db/settings";
import pg from "pg";

import {
  createImportRun,
  defaultImportBatchSize,
  importTotals,
  runImport,
} from "../src/services/data-transfer";
import { importUserLine } from "../src/services/data-transfer/import-schema";
import { fail, runCommand } from "./cli";
import { copyFiles, prepareCopyFiles } from "./bench-import/copy-reference";
import { profileCpu, type CpuSummary } from "./cpu-profile";
import { benchUsers, writeBenchFile } from "./bench-import/generate-users";
import { sampleMemory } from "./bench-import/memory-sampler";
import { traceQueries, type QueryKindStats } from "./bench-import/query-timer";

const usage = `Usage: pnpm bench:import [--users <n>] [--format jsonl|csv] [--batch-size <n>] [--trace-queries] [--cpu-prof] [--skip-copy] [--keep]
  --users <n>       users to import (default 100000), each with a profile and learning preferences
  --format          jsonl (default): users.jsonl; csv: users.csv, profile and preferences as its columns
  --batch-size <n>  users per transaction of the import (default: the import's, ${defaultImportBatchSize})
  --trace-queries   count and time the import's statements by kind
  --cpu-prof        profile the import's CPU (saved in bench/results/, summarized)
  --skip-copy       only the import
  --keep            leave the two organizations and their users in the database`;

function parseOptions() {
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2).filter((arg) => arg !== "--"),
      options: {
        users: { type: "string" },
        format: { type: "string" },
        "batch-size": { type: "string" },
        "trace-queries": { type: "boolean" },
        "cpu-prof": { type: "boolean" },
        "skip-copy": { type: "boolean" },
        keep: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    });
    if (values.help === true) fail(usage, 0);
    const users = Number(values.users ?? 100_000);
    if (!Number.isInteger(users) || users < 1 || users > 10_000_000) {
      fail(`--users must be a whole number from 1 to 10000000.\n\n${usage}`, 2);
    }
    if (values.format !== undefined && values.format !== "jsonl" && values.format !== "csv") {
      fail(`--format must be jsonl or csv.\n\n${usage}`, 2);
    }
    const format: "jsonl" | "csv" = values.format === "csv" ? "csv" : "jsonl";
    const batchSize = values["batch-size"] === undefined ? undefined : Number(values["batch-size"]);
    if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) {
      fail(`--batch-size must be a whole number of at least 1.\n\n${usage}`, 2);
    }
    return {
      users,
      format,
      batchSize,
      traceQueries: values["trace-queries"] === true,
      cpuProf: values["cpu-prof"] === true,
      skipCopy: values["skip-copy"] === true,
      keep: values.keep === true,
    };
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`, 2);
  }
}

type Options = ReturnType<typeof parseOptions>;
interface Organization {
  id: string;
}

const seconds = (started: number) => (performance.now() - started) / 1000;
const rate = (rows: number, s: number) => Math.round(rows / s);
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const log = (message: string) => {
  console.error(`[bench:import] ${message}`);
};

/** The first users must pass the import's own validation: a generator bug is not a slow import. */
function checkGenerator(tag: string) {
  let line = 0;
  for (const user of benchUsers(500, tag)) {
    line += 1;
    const parsed = importUserLine.safeParse(user);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
      fail(`The generator wrote an invalid user on line ${line}: ${problems.join("; ")}`, 1);
    }
  }
}

function commitMeasured(): string {
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: repositoryRoot(), encoding: "utf8" }).trim();
  try {
    const dirty = git("status", "--porcelain", "--untracked-files=no") === "" ? "" : " (modified)";
    return `${git("rev-parse", "--short", "HEAD")}${dirty}`;
  } catch {
    return "unknown";
  }
}

async function checkpoint(client: pg.Client) {
  // Flush what the previous phase dirtied, so that neither phase pays for the other's writes.
  await client.query("CHECKPOINT");
}

async function measureCopy(
  client: pg.Client,
  organization: Organization,
  file: string,
  options: Options,
) {
  const directory = await mkdtemp(path.join(tmpdir(), "ums-bench-copy-"));
  try {
    await checkpoint(client);
    const memory = sampleMemory();
    const started = performance.now();
    const counts = await prepareCopyFiles(file, options.format, organization.id, directory);
    const prepared = seconds(started);
    const copyStarted = performance.now();
    await copyFiles(client, directory);
    const copySeconds = seconds(copyStarted);
    const total = seconds(started);
    return {
      counts,
      prepare_seconds: round(prepared),
      copy_seconds: round(copySeconds),
      seconds: round(total),
      users_per_second: rate(counts.users, total),
      copy_only_users_per_second: rate(counts.users, copySeconds),
      ...memory.stop(),
    };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

async function measureImport(
  client: pg.Client,
  db: Db,
  organization: Organization,
  file: { path: string; bytes: number; sha256: string },
  options: Options,
  profileFile: string,
) {
  await checkpoint(client);
  const tracer = options.traceQueries ? traceQueries() : undefined;
  const profiler = options.cpuProf ? await profileCpu(profileFile) : undefined;
  const memory = sampleMemory();
  const started = performance.now();
  let batches = 0;
  const run = await createImportRun(db, {
    organizationId: organization.id,
    createdBy: null,
    format: options.format === "csv" ? "CSV" : "JSONL",
    files: [
      { kind: "users", name: path.basename(file.path), bytes: file.bytes, sha256: file.sha256 },
    ],
    options: {},
  });
  const outcome = await runImport(db, run.id, {
    open: () => createReadStream(file.path),
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    onProgress: (progress) => {
      batches += 1;
      if (process.stderr.isTTY) {
        const rows = importTotals(progress).rows;
        process.stderr.write(
          `\r[bench:import] import: ${rows} users, ${rate(rows, seconds(started))} users/s`,
        );
      }
    },
  });
  const total = seconds(started);
  const peak = memory.stop();
  if (process.stderr.isTTY) process.stderr.write("\n");
  const cpu: CpuSummary | undefined = await profiler?.stop();
  const queries: QueryKindStats[] | undefined = tracer?.stop();
  const counts = importTotals(outcome.progress);
  const rejections =
    counts.rejected === 0
      ? []
      : await db.importRejection.findMany({
          where: { run_id: run.id },
          orderBy: { line: "asc" },
          take: 5,
          select: { line: true, field: true, message: true },
        });
  return {
    rejections,
    run_id: run.id,
    status: outcome.status,
    error: outcome.error,
    counts,
    batches,
    seconds: round(total),
    users_per_second: rate(counts.created + counts.updated + counts.unchanged, total),
    ...peak,
    ...(queries === undefined ? {} : { queries }),
    ...(cpu === undefined ? {} : { cpu }),
  };
}

/** Removes a bench organization with its users (their profiles and preferences cascade). */
async function removeOrganization(client: pg.Client, organizationId: string) {
  await client.query("DELETE FROM import_runs WHERE organization_id = $1", [organizationId]);
  await client.query("DELETE FROM users WHERE organization_id = $1", [organizationId]);
  await client.query("DELETE FROM organizations WHERE id = $1", [organizationId]);
}

function printTable(rows: (string | number)[][]) {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  for (const row of rows) {
    console.log(
      row
        .map((cell, i) =>
          typeof cell === "number"
            ? String(cell).padStart(widths?.[i] ?? 0)
            : cell.padEnd(widths?.[i] ?? 0),
        )
        .join("  "),
    );
  }
}

async function main(): Promise<number> {
  const options = parseOptions();
  const url = settings().USER_DATABASE_URL;
  if (url === undefined) {
    fail("USER_DATABASE_URL must be set (run it through `pnpm bench:import`).", 1);
  }
  const tag = Date.now().toString(36);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const resultsDirectory = path.join(repositoryRoot(), "bench", "results");
  await mkdir(resultsDirectory, { recursive: true });
  checkGenerator(tag);

  const directory = await mkdtemp(path.join(tmpdir(), "ums-bench-import-"));
  const db = createPrismaClient(url, { maxConnections: 4 });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const organizations: Organization[] = [];
  const organization = async (name: string, slug: string) => {
    const created = await db.organization.create({ data: { name, slug }, select: { id: true } });
    organizations.push(created);
    return created;
  };
  try {
    const generated = performance.now();
    const file = await writeBenchFile(
      path.join(directory, options.format === "csv" ? "users.csv" : "users.jsonl"),
      options.format,
      options.users,
      tag,
    );
    log(
      `wrote ${options.users} users (${round(file.bytes / 1024 / 1024, 1)} MB, ${options.format}) in ${seconds(generated).toFixed(1)} s`,
    );

    // COPY first: it then meets the import's tables as they were, and the import meets 100k more
    // rows in the indexes; the comparison leans against the import, not for it.
    const copy = options.skipCopy
      ? undefined
      : await measureCopy(
          client,
          await organization(`Bench COPY ${tag}`, `bench-copy-${tag}`),
          file.path,
          options,
        );
    if (copy !== undefined) {
      log(`COPY: ${copy.seconds} s (${copy.copy_seconds} s of COPY)`);
    }
    const imported = await measureImport(
      client,
      db,
      await organization(`Bench import ${tag}`, `bench-import-${tag}`),
      file,
      options,
      path.join(resultsDirectory, `import-${stamp}.cpuprofile`),
    );
    log(`import: ${imported.seconds} s, ${imported.status}`);

    const ratio =
      copy === undefined ? undefined : imported.users_per_second / copy.users_per_second;
    const result = {
      measured_at: new Date().toISOString(),
      commit: commitMeasured(),
      machine: {
        cpus: cpus().length,
        memory_gb: Math.round(totalmem() / 1024 ** 3),
        node: process.version,
      },
      users: options.users,
      format: options.format,
      file_mb: round(file.bytes / 1024 / 1024, 1),
      batch_size: options.batchSize ?? defaultImportBatchSize,
      import: imported,
      copy: copy ?? null,
      ratio_to_copy: ratio === undefined ? null : round(ratio, 3),
      ratio_to_copy_only:
        copy === undefined
          ? null
          : round(imported.users_per_second / copy.copy_only_users_per_second, 3),
      target: "import ≥ 1/3 of COPY's rate",
    };

    const table: (string | number)[][] = [
      ["", "users", "seconds", "users/s", "peak RSS MB", "peak heap MB"],
    ];
    table.push([
      "import",
      imported.counts.created + imported.counts.updated + imported.counts.unchanged,
      imported.seconds,
      imported.users_per_second,
      imported.peak_rss_mb,
      imported.peak_heap_mb,
    ]);
    if (copy !== undefined) {
      table.push([
        "COPY (parse + copy)",
        copy.counts.users,
        copy.seconds,
        copy.users_per_second,
        copy.peak_rss_mb,
        copy.peak_heap_mb,
      ]);
      table.push([
        "COPY alone",
        copy.counts.users,
        copy.copy_seconds,
        copy.copy_only_users_per_second,
        "",
        "",
      ]);
    }
    console.log(
      `\nImport of ${options.users} users with profiles and preferences (${options.format}, batches of ${result.batch_size}) at ${result.commit}:\n`,
    );
    printTable(table);
    if (ratio !== undefined) {
      console.log(
        `\nimport / COPY: ${round(ratio, 3)} (target ≥ 0.333: ${ratio >= 1 / 3 ? "met" : "not met"}); import / COPY alone: ${result.ratio_to_copy_only}`,
      );
    }
    if (imported.queries !== undefined) {
      console.log("\nThe import's statements by kind:\n");
      printTable([
        ["statement", "count", "total ms", "mean ms", "parameters"],
        ...imported.queries.map((q) => [q.kind, q.count, q.total_ms, q.mean_ms, q.parameters]),
      ]);
      const queryMs = imported.queries.reduce((sum, q) => sum + q.total_ms, 0);
      console.log(
        `\nwaiting for the database: ${round(queryMs / 1000)} s of ${imported.seconds} s (${Math.round(queryMs / 10 / imported.seconds)} %)`,
      );
    }
    if (imported.cpu !== undefined) {
      console.log(
        `\nThe import's CPU (${imported.cpu.total_ms} ms sampled), self time by package or file:\n`,
      );
      printTable([
        ["where", "ms", "%"],
        ...imported.cpu.by_area.map((a) => [a.name, a.ms, a.percent]),
      ]);
      console.log("\nby function:\n");
      printTable([
        ["function", "ms", "%"],
        ...imported.cpu.by_function.map((f) => [f.name, f.ms, f.percent]),
      ]);
    }
    const saved = path.join(resultsDirectory, `import-${stamp}.json`);
    await writeFile(saved, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\nSaved ${path.relative(repositoryRoot(), saved)}`);

    const complete =
      imported.status === "SUCCEEDED" &&
      imported.counts.created === options.users &&
      imported.counts.rejected === 0;
    if (!complete) {
      console.error(
        `The import did not create every user: ${imported.status}${imported.error === null ? "" : ` (${imported.error})`}, ${JSON.stringify(imported.counts)}`,
      );
      for (const row of imported.rejections) {
        console.error(`  line ${row.line}: ${row.field}: ${row.message}`);
      }
    }
    return complete ? 0 : 1;
  } finally {
    if (!options.keep) {
      log("removing the bench organizations");
      for (const { id } of organizations) await removeOrganization(client, id);
    }
    await client.end();
    await db.$disconnect();
    await rm(directory, { recursive: true, force: true });
  }
}

runCommand(main);
