import { spawn } from "node:child_process";

import { createPrismaClient } from "../client";
import { openDatabase, redactUrl, repositoryRoot } from "../lifecycle";
import { localSecrets } from "../lifecycle/local-secrets";
import { seedDemoData } from "../seed";
import { settings } from "../settings";
import { printDemoAccounts } from "./print-demo-accounts";
import { runCli } from "./run-cli";

const usage = `Usage: with-database [--seed] [--ready <url>]... -- <command> [args...]
Opens the database (USER_DATABASE_URL, or the embedded PostgreSQL), applies migrations, optionally
seeds the demo data, then runs <command> from the repository root with USER_DATABASE_URL set (and
local secrets from .data/local-secrets.json for settings the environment leaves unset), and
gives the database back when the command ends or is interrupted. With --ready, prints a banner once
every given URL answers.`;

runCli(async () => {
  const args = process.argv.slice(2);
  const separator = args.indexOf("--");
  const options = separator < 0 ? args : args.slice(0, separator);
  const [command, ...commandArgs] = separator < 0 ? [] : args.slice(separator + 1);
  if (command === undefined) {
    console.error(usage);
    return 2;
  }
  const readyUrls = options.flatMap((option, i) =>
    option === "--ready" ? [options[i + 1] ?? ""] : [],
  );

  const handle = await openDatabase({ releaseOnExit: false });
  process.once("exit", handle.release);
  console.log(
    `Database: ${redactUrl(handle.url)}${handle.embedded ? " (embedded, in .data/postgres)" : ""}`,
  );

  if (options.includes("--seed")) {
    const db = createPrismaClient(handle.url);
    try {
      const result = await seedDemoData(db);
      printDemoAccounts(result, settings().APP_URL);
    } finally {
      await db.$disconnect();
    }
  }

  const child = spawn(command, commandArgs, {
    cwd: repositoryRoot(),
    stdio: "inherit",
    env: { ...process.env, ...localSecrets(), USER_DATABASE_URL: handle.url },
  });
  // Ctrl-C reaches the whole process group; wait for the command to wind down before stopping
  // the database under it. SIGTERM sent to this process alone is passed on.
  process.on("SIGINT", () => undefined);
  process.on("SIGTERM", () => child.kill("SIGTERM"));
  if (readyUrls.length > 0) void announceWhenReady(readyUrls);

  const code = await new Promise<number>((resolve) => {
    child.once("exit", (exitCode, signal) => {
      resolve(exitCode ?? (signal ? 128 : 1));
    });
    child.once("error", (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(127);
    });
  });
  handle.release();
  return code;
});

async function announceWhenReady(urls: string[]): Promise<void> {
  const deadline = Date.now() + 180_000;
  const answers = (url: string) =>
    fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
  while (Date.now() < deadline) {
    const ready = await Promise.all(urls.map(answers));
    if (ready.every(Boolean)) {
      console.log(
        `\n  Ready:\n${urls.map((url) => `    ${url}`).join("\n")}\n  Press Ctrl-C to stop.\n`,
      );
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  console.error(`Not ready after 3 minutes: ${urls.join(", ")}`);
}
