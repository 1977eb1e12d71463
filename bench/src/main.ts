/**
 * `pnpm bench`: loads the bench dataset (or finds it), starts the REST API and the baseline on
 * free ports over the same database, loads each scenario at each concurrency on both, and prints
 * the table; the figures are also saved in bench/results/<timestamp>.json.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

import { summarizeProfile, type Profile } from "@ums/api/cpu-profile";
import pg from "pg";

import { parseBenchArgs, usage, type BenchOptions } from "./args";
import { createCredentials, jwtSettings } from "./generate/credentials";
import { ensureDataset } from "./generate/load-dataset";
import { compareAnswers } from "./load/compare-answers";
import { fetchCursors } from "./load/cursors";
import { memoryOf, sampleRss } from "./load/memory";
import {
  freePort,
  repositoryRoot,
  startApi,
  startBaselineProcess,
  stopServer,
  type Started,
} from "./load/processes";
import { runLoad } from "./load/run-load";
import { scenarios as allScenarios } from "./load/scenarios";
import { formatCpuSummary } from "./report/cpu-profile";
import { formatTable, type Row } from "./report/table";

async function main(options: BenchOptions): Promise<void> {
  const databaseUrl = process.env.USER_DATABASE_URL;
  if (databaseUrl === undefined) throw new Error("USER_DATABASE_URL is not set: run `pnpm bench`.");
  const started = new Date();

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let dataset;
  let credentials;
  try {
    console.log(`Dataset: ${options.users.toLocaleString("en")} users`);
    dataset = await ensureDataset(client, options.users, {
      reload: options.reload,
      log: console.log,
    });
    if (dataset.loaded) console.log(`Loaded in ${dataset.seconds.toFixed(1)} s`);
    credentials = await createCredentials(client, dataset, jwtSettings(process.env));
  } finally {
    await client.end();
  }
  const largeSize = dataset.organizations[0]?.size ?? 0;

  const resultsDirectory = path.join(repositoryRoot, "bench/results");
  const stamp = started.toISOString().replace(/[:.]/g, "-");
  const profileDirectory = options.cpuProfile
    ? path.join(resultsDirectory, `${stamp}-cpu`)
    : undefined;
  const servers: Started[] = [];
  try {
    const api = await startApi(await freePort(), profileDirectory);
    servers.push(api);
    const baseline = await startBaselineProcess(await freePort());
    servers.push(baseline);
    console.log(`API ${api.url} (pid ${api.pid}), baseline ${baseline.url}`);

    const deepPages = [50, 500];
    const cursors = await fetchCursors(baseline.url, credentials.adminToken, deepPages);
    // A small dataset has no page 500 (10,000 users of the large organization, 20 a page).
    const beyondTheList = deepPages
      .filter((page) => !cursors.has(page))
      .map((page) => `users-page-${page}`);
    if (beyondTheList.length > 0) {
      console.log(
        `Skipped ${beyondTheList.join(", ")}: the large organization has fewer pages of 20.`,
      );
    }
    const runId = started.toISOString().replace(/[-:.TZ]/g, "");
    const chosen = allScenarios({
      credentials,
      largeSize,
      cursors: { page50: cursors.get(50) ?? "", page500: cursors.get(500) ?? "" },
      runId,
    }).filter(
      (scenario) =>
        (options.scenarios?.includes(scenario.name) ?? true) &&
        !beyondTheList.includes(scenario.name),
    );
    if (chosen.length === 0)
      throw new Error(`No scenario matches --scenarios ${String(options.scenarios)}`);

    const mismatches = await compareAnswers(api.url, baseline.url, chosen);
    console.log(
      mismatches.length === 0
        ? "The baseline answers the same JSON as the API for every reading scenario."
        : `Answers that differ (API ≠ baseline):\n  ${mismatches.join("\n  ")}`,
    );

    const rows: Row[] = [];
    for (const scenario of chosen) {
      for (const connections of options.concurrency) {
        const run = { scenario, connections, seconds: options.seconds };
        if (connections === options.concurrency[0]) {
          // A second of each first, unmeasured: JIT, statement caches and pool connections warm up.
          for (const [baseUrl, target] of [
            [api.url, "api-warmup"],
            [baseline.url, "baseline-warmup"],
          ] as const) {
            await runLoad({ ...run, seconds: 1, baseUrl, target });
          }
        }
        const { result: apiResult, peakMb } = await sampleRss(api.pid, () =>
          runLoad({ ...run, baseUrl: api.url, target: "api" }),
        );
        const baseResult = await runLoad({ ...run, baseUrl: baseline.url, target: "baseline" });
        const row: Row = {
          scenario: scenario.name,
          concurrency: connections,
          unit: scenario.unit,
          api: { ...apiResult, peakRssMb: peakMb },
          baseline: baseResult,
        };
        rows.push(row);
        console.log(
          `${scenario.name} ×${connections}: API ${apiResult.unitsPerSecond.toFixed(0)} ${scenario.unit}/s ` +
            `p95 ${apiResult.p95.toFixed(1)} ms, baseline ${baseResult.unitsPerSecond.toFixed(0)} ${scenario.unit}/s`,
        );
        if (apiResult.firstErrorStatus !== undefined) {
          console.log(`  API errors: first status ${apiResult.firstErrorStatus}`);
        }
      }
    }
    const memory = memoryOf(api.pid);
    console.log(`\n${formatTable(rows)}\n`);
    console.log(`API peak RSS over the whole run (VmHWM): ${memory?.peakMb.toFixed(0) ?? "?"} MB`);

    mkdirSync(resultsDirectory, { recursive: true });
    const file = path.join(resultsDirectory, `${stamp}.json`);
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          started: started.toISOString(),
          options,
          dataset: { users: dataset.users, organizations: dataset.organizations.length, largeSize },
          apiPeakRssMb: memory?.peakMb,
          rows,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`Saved ${path.relative(repositoryRoot, file)}`);
  } finally {
    for (const server of servers.reverse()) await stopServer(server);
  }
  if (profileDirectory !== undefined) printProfile(profileDirectory);
}

/**
 * The API writes its profiles as it exits, one per thread in `directory`: the main thread's,
 * where requests are served, is the largest (the other is tsx's loader thread).
 */
function printProfile(directory: string): void {
  const file = readdirSync(directory)
    .filter((name) => name.endsWith(".cpuprofile"))
    .sort((a, b) => statSync(path.join(directory, b)).size - statSync(path.join(directory, a)).size)
    .at(0);
  if (file === undefined) {
    console.log(`No CPU profile was written in ${path.relative(repositoryRoot, directory)}`);
    return;
  }
  const profile = JSON.parse(readFileSync(path.join(directory, file), "utf8")) as Profile;
  console.log(`\n${formatCpuSummary(summarizeProfile(profile))}`);
  console.log(
    `Profile: ${path.relative(repositoryRoot, path.join(directory, file))} (open it in Chrome DevTools)`,
  );
}

let options: BenchOptions;
try {
  options = parseBenchArgs(process.argv.slice(2).filter((arg) => arg !== "--"));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
main(options).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
