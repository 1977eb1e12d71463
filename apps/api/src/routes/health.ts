import { checkHealth } from "@ums/api";
import type { Db } from "@ums/db";
import { Hono } from "hono";

/**
 * `GET /health`: 200 when the service can do its work, 503 when its database is down, so load
 * balancers and orchestrators stop routing to it. Never cached: a stale answer would hide an outage.
 */
export function healthRoutes({ db }: { db: Db }) {
  return new Hono().get("/health", async (c) => {
    const report = await checkHealth({ db });
    c.header("Cache-Control", "no-store");
    return c.json(report, report.status === "ok" ? 200 : 503);
  });
}
