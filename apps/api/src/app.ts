import type { Db } from "@ums/db";
import { settings as loadSettings, type Settings } from "@ums/db/settings";
import { Hono } from "hono";

import { errorBody } from "./http/error-body";
import { healthRoutes } from "./routes/health";
import { readyRoutes } from "./routes/ready";
import { trpcRoutes } from "./routes/trpc";

export interface AppDependencies {
  db: Db;
  /** default: the process's settings */
  settings?: Settings;
}

/**
 * The HTTP application, built from its dependencies rather than globals so that tests drive it
 * with `app.request()` against a database of their choice, without opening a port.
 */
export function createApp({ db, settings = loadSettings() }: AppDependencies) {
  const app = new Hono();

  app.route("/", healthRoutes({ db }));
  app.route("/", readyRoutes({ db }));
  app.route("/", trpcRoutes({ db, settings }));

  app.notFound((c) =>
    c.json(errorBody("NOT_FOUND", `No route for ${c.req.method} ${c.req.path}`), 404),
  );

  // Anything that reaches this point is a bug: log it in full, tell the caller nothing about it.
  app.onError((error, c) => {
    console.error(`Unhandled error in ${c.req.method} ${c.req.path}:`, error);
    return c.json(errorBody("INTERNAL", "Internal server error"), 500);
  });

  return app;
}

export type App = ReturnType<typeof createApp>;
