import { mkdirSync, rmSync } from "node:fs";

import { redactUrl } from "@ums/db/lifecycle";

import {
  appEnvironment,
  assertAppsBuilt,
  freePort,
  startApi,
  startWeb,
  stopProcessGroups,
  waitForHealth,
} from "./apps";
import { assertChromiumInstalled } from "./chromium";
import { freshDatabase } from "./database";
import { e2eSecrets, runtimeDir, writeRuntime } from "./runtime";
import { runState } from "./state";

/**
 * Before the run: a fresh database (migrated, seeded with the demo data), then the built API and
 * web apps on free ports against it, both answering /health. Writes .runtime/runtime.json for the
 * tests and the teardown. On failure, stops whatever it had started.
 */
export default async function globalSetup(): Promise<void> {
  assertChromiumInstalled();
  assertAppsBuilt();
  rmSync(runtimeDir, { recursive: true, force: true });
  mkdirSync(runtimeDir, { recursive: true });

  const started = Date.now();
  const database = await freshDatabase();
  runState.database = database.handle;
  try {
    const [webPort, apiPort] = [await freePort(), await freePort()];
    const webUrl = `http://localhost:${webPort}`;
    const apiUrl = `http://localhost:${apiPort}`;
    const env = appEnvironment({
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      USER_DATABASE_URL: database.url,
      APP_URL: webUrl,
      NEXTAUTH_URL: webUrl,
      API_PUBLIC_URL: apiUrl,
      WORKER_ENABLED: "false",
      LOG_LEVEL: "info",
      ...e2eSecrets,
    });

    // Should the runner end without its teardown (a crash, a second Ctrl-C), the apps go with it.
    process.once("exit", killAppsNow);
    const api = startApi(apiPort, env);
    runState.processGroups.push(api.pid);
    const web = startWeb(webPort, env);
    runState.processGroups.push(web.pid);
    writeRuntime({
      webUrl,
      apiUrl,
      databaseUrl: database.url,
      authJwtSecret: e2eSecrets.AUTH_JWT_SECRET,
      nextAuthSecret: e2eSecrets.NEXTAUTH_SECRET,
      processGroups: runState.processGroups,
    });
    await waitForHealth(api, `${apiUrl}/health`);
    await waitForHealth(web, `${webUrl}/health`);
    console.log(
      `e2e: web ${webUrl}, API ${apiUrl}, database ${redactUrl(database.url)} (ready in ${(
        (Date.now() - started) /
        1000
      ).toFixed(1)} s)`,
    );
  } catch (error) {
    process.off("exit", killAppsNow);
    await stopProcessGroups(runState.processGroups);
    runState.processGroups = [];
    database.handle.release();
    runState.database = undefined;
    throw error;
  }
}

function killAppsNow(): void {
  for (const pid of runState.processGroups) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}
