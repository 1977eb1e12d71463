import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

import { settingNames } from "@ums/db/settings";

import { repositoryDir, runtimeDir } from "./runtime";

const webDir = path.join(repositoryDir, "apps", "web");
const apiDir = path.join(repositoryDir, "apps", "api");

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === "object") resolve(address.port);
        else reject(new Error("Could not find a free port"));
      });
    });
  });
}

/**
 * Fails with what to run when an app has not been built (`next start` serves a build; the API
 * server's `start` runs its bundle, dist/server.mjs).
 */
export function assertAppsBuilt(): void {
  const missing = [
    path.join(webDir, ".next", "BUILD_ID"),
    path.join(apiDir, "dist", "server.mjs"),
  ].filter((file) => !existsSync(file));
  if (missing.length === 0) return;
  throw new Error(
    `The e2e tests run the built apps, and ${missing.map((file) => path.relative(repositoryDir, file)).join(" and ")} are missing. Build them first:\n` +
      "  pnpm turbo run build --filter=@ums/web --filter=@ums/api-server\n" +
      "(`pnpm test` and `pnpm turbo run test --filter=@ums/e2e` build the apps before the e2e tests.)",
  );
}

/**
 * The environment of an app under test: this process's environment without any of the product's
 * settings (so a developer's shell cannot change what is tested), plus `settings`.
 */
export function appEnvironment(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of [...settingNames, "PORT", "NEXTAUTH_URL"]) {
    Reflect.deleteProperty(env, name);
  }
  return { ...env, ...settings };
}

export interface StartedApp {
  name: string;
  /** process id of the group leader: the group is signalled as a whole */
  pid: number;
  log: string;
  exited: () => boolean;
}

/** Starts `command` in a process group of its own, its output going to .runtime/<name>.log. */
export function startApp(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): StartedApp {
  const log = path.join(runtimeDir, `${name}.log`);
  const fd = openSync(log, "w");
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", fd, fd],
    detached: true,
  });
  closeSync(fd);
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });
  child.once("error", () => {
    exited = true;
  });
  if (child.pid === undefined) throw new Error(`Could not start ${name}: ${command}`);
  return { name, pid: child.pid, log, exited: () => exited };
}

export function startApi(port: number, env: NodeJS.ProcessEnv): StartedApp {
  // The API server's `start` (its build), without pnpm in between.
  return startApp("api", process.execPath, ["dist/server.mjs"], {
    cwd: apiDir,
    env: { ...env, API_PORT: String(port) },
  });
}

export function startWeb(port: number, env: NodeJS.ProcessEnv): StartedApp {
  return startApp(
    "web",
    path.join(webDir, "node_modules", ".bin", "next"),
    ["start", "--port", String(port)],
    { cwd: webDir, env },
  );
}

/** The last lines of an app's log, for error messages. */
export function logTail(app: StartedApp, lines = 40): string {
  try {
    return readFileSync(app.log, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Waits until `url` answers 200; fails early when the app exits, or after `timeoutMs`. */
export async function waitForHealth(app: StartedApp, url: string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (app.exited()) {
      throw new Error(
        `The ${app.name} app exited before ${url} answered. Its log (${app.log}):\n${logTail(app)}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
      last = `HTTP ${response.status}: ${(await response.text()).slice(0, 500)}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${url} did not answer 200 within ${timeoutMs / 1000} s (last: ${last}). The ${app.name} app's log (${app.log}):\n${logTail(app)}`,
  );
}

const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** SIGTERM to each process group, SIGKILL to what is still there after `graceMs`. */
export async function stopProcessGroups(pids: number[], graceMs = 15_000): Promise<void> {
  const signal = (pid: number, name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      // already gone
    }
  };
  for (const pid of pids) signal(pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (pids.some(groupAlive) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (const pid of pids.filter(groupAlive)) signal(pid, "SIGKILL");
}
