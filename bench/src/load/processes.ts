import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { readFileSync } from "node:fs";
import path from "node:path";

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        resolve(typeof address === "object" && address !== null ? address.port : 0);
      });
    });
  });
}

export interface Started {
  url: string;
  child: ChildProcess;
  pid: number;
}

/**
 * A server run by node (one process, so its pid is the server's and its memory is what /proc
 * reports), answered on `healthPath` before it counts as started. A TypeScript entry point is run
 * through tsx's loader.
 */
export async function startNodeServer(options: {
  cwd: string;
  entry: string;
  port: number;
  env: NodeJS.ProcessEnv;
  healthPath: string;
  label: string;
  /** more flags for node, before the entry point */
  nodeFlags?: string[];
}): Promise<Started> {
  const loader = options.entry.endsWith(".ts") ? ["--import", "tsx"] : [];
  const flags = [...(options.nodeFlags ?? []), ...loader, options.entry];
  const child = spawn(process.execPath, flags, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "ignore", process.env.BENCH_SHOW_STDERR ? "inherit" : "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${url}${options.healthPath}`).then(
      (response) => response.status < 500,
      () => false,
    );
    if (ok && child.pid !== undefined) return { url, child, pid: child.pid };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`${options.label} did not start:\n${stderr}`);
}

export async function stopServer(started: Started): Promise<void> {
  if (started.child.exitCode !== null) return;
  const exited = new Promise((resolve) => started.child.once("exit", resolve));
  started.child.kill("SIGTERM");
  const timeout = setTimeout(() => started.child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timeout);
}

export const repositoryRoot = path.resolve(import.meta.dirname, "../../..");

/**
 * The REST server of apps/api as production runs it (its `start`: the build in dist/, made
 * afresh here), without the job worker, request logs or effective rate limits.
 *
 * With `cpuProfileDir`, V8 writes its CPU profile there when it stops, and the server runs from
 * its TypeScript sources through tsx instead: the same code, but a profile of the bundle would
 * put every function in one file, where the sources name the package or file each comes from.
 * (Its memory is then not production's: tsx's loader thread adds about 100 MB.)
 */
export async function startApi(port: number, cpuProfileDir?: string): Promise<Started> {
  const apiDir = path.join(repositoryRoot, "apps/api");
  const start = startCommand(apiDir);
  if (cpuProfileDir === undefined) {
    execFileSync(process.execPath, ["--import", "tsx", "scripts/build-server.ts"], {
      cwd: apiDir,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  return startNodeServer({
    cwd: apiDir,
    entry: cpuProfileDir === undefined ? start.entry : "src/server.ts",
    port,
    healthPath: "/health",
    label: "The API server",
    nodeFlags: [
      ...start.nodeFlags,
      ...(cpuProfileDir === undefined ? [] : ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`]),
    ],
    env: {
      ...start.env,
      API_PORT: String(port),
      WORKER_ENABLED: "false",
      LOG_LEVEL: "warn",
      RATE_LIMIT_PER_MINUTE: "1000000",
      RATE_LIMIT_PER_IP_PER_MINUTE: "1000000",
    },
  });
}

export async function startBaselineProcess(port: number): Promise<Started> {
  return startNodeServer({
    cwd: path.join(repositoryRoot, "bench"),
    entry: "src/baseline/main.ts",
    port,
    healthPath: "/health",
    label: "The baseline server",
    env: { BASELINE_PORT: String(port) },
  });
}

/**
 * The environment, node flags and entry point of the API's `start` script
 * (`[NAME=value …] node <flags> dist/server.mjs`), so that the server measured runs exactly as
 * production starts it (its heap limit and malloc arenas included).
 */
export function startCommand(apiDir: string): {
  env: Record<string, string>;
  nodeFlags: string[];
  entry: string;
} {
  const manifest = JSON.parse(readFileSync(path.join(apiDir, "package.json"), "utf8")) as {
    scripts?: Record<string, string>;
  };
  const words = (manifest.scripts?.start ?? "").trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (/^[A-Z_]+=\S*$/.test(words[0] ?? "")) {
    const assignment = words.shift() ?? "";
    const equals = assignment.indexOf("=");
    env[assignment.slice(0, equals)] = assignment.slice(equals + 1);
  }
  const entry = words.at(-1);
  if (words[0] !== "node" || entry?.endsWith(".mjs") !== true) {
    throw new Error(
      `apps/api's start script is not \`[NAME=value …] node [flags] <file>.mjs\`: ${words.join(" ")}`,
    );
  }
  return { env, nodeFlags: words.slice(1, -1), entry };
}
