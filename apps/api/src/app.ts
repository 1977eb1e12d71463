import type { Db } from "@ums/db";
import { Hono } from "hono";

import { errorBody } from "./http/error-body";
import { healthRoutes } from "./routes/health";

export interface AppDependencies {
  db: Db;
}

/**
 * The HTTP application, built from its dependencies rather than globals so that tests drive it
 * with `app.request()` against a database of their choice, without opening a port.
 */
export function createApp({ db }: AppDependencies) {
  const app = new Hono();

  app.route("/", healthRoutes({ db }));

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
