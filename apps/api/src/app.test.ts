import { createPrismaClient, type Db } from "@ums/db";
import { createTestDatabase } from "@ums/db/testing";
import { afterAll, describe, expect, it } from "vitest";

import { createApp } from "./app";
import { captureLogs, silentLogger } from "./http/testing";

// This file's own database, cloned from the migrated template (see vitest.config.ts).
const { db: testDb } = await createTestDatabase();
// Nothing listens on port 1, so connecting fails at once: the "database down" case, for real.
const unreachableUrl = "postgresql://x:y@127.0.0.1:1/none";

const clients: Db[] = [];
function client(url: string): Db {
  const db = createPrismaClient(url, { maxConnections: 2 });
  clients.push(db);
  return db;
}

afterAll(async () => {
  await Promise.all(clients.map((db) => db.$disconnect()));
});

describe("GET /health", () => {
  it("answers 200 when the database is up", async () => {
    const app = createApp({ db: testDb, logger: silentLogger });
    // A warm connection: the probe's 2 s budget is for the query, not for connecting on a
    // machine that is busy running every other test suite.
    await testDb.$queryRaw`SELECT 1`;

    const response = await app.request("/health");

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      status: "ok",
      database: { status: "up", latency_ms: expect.any(Number) as number },
      uptime_s: expect.any(Number) as number,
    });
  });

  it("answers 503 when the database is down", async () => {
    const app = createApp({ db: client(unreachableUrl), logger: silentLogger });

    const response = await app.request("/health");

    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: "degraded",
      database: { status: "down" },
    });
  });
});

describe("errors", () => {
  // These paths never reach the database, so an unreachable one will do.
  const app = createApp({ db: client(unreachableUrl), logger: silentLogger });

  it("answers an unknown route with 404 and the standard error body", async () => {
    const response = await app.request("/no-such-route");

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: "NOT_FOUND", message: "No route for GET /no-such-route" },
    });
  });

  it("answers an unexpected exception with 500, a generic body, and logs it", async () => {
    const failure = new Error("boom");
    const logs = captureLogs("error");
    // A fresh app: routes can only be added before its first request.
    const app = createApp({ db: client(unreachableUrl), logger: logs.logger });
    app.get("/test-only/throws", () => {
      throw failure;
    });

    const response = await app.request("/test-only/throws");

    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error: { code: "INTERNAL", message: "Internal server error" },
    });
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({
        level: "error",
        msg: "Unhandled error in GET /test-only/throws",
        err: expect.objectContaining({ message: "boom" }) as unknown,
      }),
    );
  });
});
