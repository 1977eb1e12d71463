import { randomBytes } from "node:crypto";
import {
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

import { isProcessAlive, withLock, withLockSync } from "./file-lock";
import {
  canReach,
  makeSearchableDir,
  reachableBinaries,
  runAs,
  serverRunner,
  type ServerRunner,
} from "./os-runner";

const require = createRequire(import.meta.url);

/** A process's claim on the shared embedded server; the last one to release it stops the server. */
export interface EmbeddedLease {
  /** `postgresql://` URL of `database` on the embedded server */
  url: (database: string) => string;
  port: number;
  /** The server's data folder (the PostgreSQL cluster). */
  clusterDir: string;
  release: () => void;
}

interface ServerState {
  port: number;
  user: string;
  password: string;
  clusterDir: string;
}

/**
 * Starts (or joins) the embedded PostgreSQL server whose files live in `baseDir`.
 *
 * Several processes may share one server (the web app, the API, a test run): each takes a lease under
 * an inter-process lock, a file per live process records it, and the last lease released stops the
 * server. A server left running by a killed process is reused; a lock left by one is taken over.
 * The server is started with pg_ctl, so it outlives the process that started it while others use it.
 */
export async function acquireEmbeddedServer(baseDir: string): Promise<EmbeddedLease> {
  mkdirSync(path.join(baseDir, "clients"), { recursive: true });
  const lockPath = path.join(baseDir, "lock");
  const runner = serverRunner();

  const state = await withLock(lockPath, async () => {
    const bin = binaries(runner);
    const current = readState(baseDir) ?? initialise(baseDir, runner, bin);
    const running = runningPort(current.clusterDir);
    if (running !== undefined) {
      current.port = running;
    } else {
      current.port = await freePort(current.port);
      start(current, runner, bin);
    }
    writeState(baseDir, current);
    writeFileSync(path.join(baseDir, "clients", String(process.pid)), "");
    return current;
  });

  let released = false;
  return {
    port: state.port,
    clusterDir: state.clusterDir,
    url: (database) =>
      `postgresql://${state.user}:${encodeURIComponent(state.password)}@127.0.0.1:${state.port}/${database}`,
    release: () => {
      if (released) return;
      released = true;
      releaseLease(baseDir, lockPath, runner);
    },
  };
}

function releaseLease(baseDir: string, lockPath: string, runner: ServerRunner): void {
  withLockSync(lockPath, () => {
    const clientsDir = path.join(baseDir, "clients");
    rmSync(path.join(clientsDir, String(process.pid)), { force: true });
    const alive = readdirSync(clientsDir).filter((pid) => {
      if (isProcessAlive(Number(pid))) return true;
      rmSync(path.join(clientsDir, pid), { force: true });
      return false;
    });
    const state = readState(baseDir);
    if (alive.length === 0 && state && runningPort(state.clusterDir) !== undefined) {
      const bin = binaries(runner);
      runAs(runner, path.join(bin, "pg_ctl"), ["stop", "-D", state.clusterDir, "-m", "fast", "-w"]);
    }
  });
}

function initialise(baseDir: string, runner: ServerRunner, bin: string): ServerState {
  const clusterDir = clusterLocation(baseDir, runner);
  rmSync(clusterDir, { recursive: true, force: true });
  makeSearchableDir(path.dirname(clusterDir));
  mkdirSync(clusterDir, { mode: 0o700 });
  const owner = (file: string) => {
    if (runner.uid !== undefined) chownSync(file, runner.uid, runner.gid ?? runner.uid);
  };
  owner(clusterDir);

  const state: ServerState = {
    port: 0,
    user: "ums",
    password: randomBytes(18).toString("base64url"),
    clusterDir,
  };
  const pwfile = path.join(clusterDir, "..", `pwfile-${process.pid}`);
  writeFileSync(pwfile, `${state.password}\n`, { mode: 0o600 });
  owner(pwfile);
  try {
    runAs(runner, path.join(bin, "initdb"), [
      `--pgdata=${clusterDir}`,
      `--username=${state.user}`,
      `--pwfile=${pwfile}`,
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      // Code-point order for sorting (as "C"), but Unicode case mapping, so that lower() and
      // case-insensitive search fold "Ó" as well as "A" (PostgreSQL 17+).
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
      "--locale=C",
      "--no-instructions",
    ]);
  } finally {
    rmSync(pwfile, { force: true });
  }
  return state;
}

/**
 * The cluster normally lives in baseDir. As root, when the `postgres` user cannot enter the project
 * folder, it lives under /var/tmp instead, in a folder named after the project's path.
 */
function clusterLocation(baseDir: string, runner: ServerRunner): string {
  if (canReach(runner, baseDir)) return path.join(baseDir, "cluster");
  const key = Buffer.from(path.resolve(baseDir)).toString("base64url").slice(-40);
  return path.join("/var/tmp", "ums-embedded-postgres", "clusters", key);
}

function start(state: ServerState, runner: ServerRunner, bin: string): void {
  const options = [
    `-p ${state.port}`,
    "-c listen_addresses=127.0.0.1",
    // TCP only: socket paths are length-limited and need a folder the server's user can write.
    "-c unix_socket_directories=''",
    "-c max_connections=200",
    "-c fsync=off",
  ].join(" ");
  runAs(runner, path.join(bin, "pg_ctl"), [
    "start",
    "-D",
    state.clusterDir,
    "-l",
    path.join(state.clusterDir, "server.log"),
    "-w",
    "-t",
    "60",
    "-o",
    options,
  ]);
}

/** The port of the server running on `clusterDir`, from its postmaster.pid; undefined if none runs. */
function runningPort(clusterDir: string): number | undefined {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !isProcessAlive(pid) || !Number.isInteger(port)) return undefined;
  return port;
}

function readState(baseDir: string): ServerState | undefined {
  const file = path.join(baseDir, "server.json");
  if (!existsSync(file)) return undefined;
  const state = JSON.parse(readFileSync(file, "utf8")) as ServerState;
  return existsSync(path.join(state.clusterDir, "PG_VERSION")) ? state : undefined;
}

function writeState(baseDir: string, state: ServerState): void {
  writeFileSync(path.join(baseDir, "server.json"), JSON.stringify(state, null, 2), { mode: 0o600 });
}

/** `preferred` when it is free (keeps the URL stable across restarts), else any free port. */
async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const server = createServer();
      server.once("error", () => {
        resolve(undefined);
      });
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        const bound = typeof address === "object" && address ? address.port : undefined;
        server.close(() => {
          resolve(bound);
        });
      });
    });
  if (preferred > 0) {
    const port = await tryPort(preferred);
    if (port !== undefined) return port;
  }
  const port = await tryPort(0);
  if (port === undefined) throw new Error("No free TCP port for the embedded PostgreSQL server");
  return port;
}

/** The PostgreSQL binaries of the platform package embedded-postgres installed for this machine. */
function binaries(runner: ServerRunner): string {
  const fromMain = createRequire(require.resolve("embedded-postgres"));
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = fromMain.resolve(name);
  } catch {
    throw new Error(
      `Embedded PostgreSQL has no build for ${os.platform()}-${os.arch()} (${name}).`,
    );
  }
  const packageDir = path.resolve(path.dirname(entry), "..");
  const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as {
    version: string;
  };
  return reachableBinaries(runner, path.join(packageDir, "native", "bin"), version);
}
