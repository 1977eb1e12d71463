import { createPrismaClient, type Db } from "@ums/db";
import { createTestDatabase } from "@ums/db/testing";
import { afterAll, describe, expect, it, vi } from "vitest";

import { createApp } from "./app";

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
    const app = createApp({ db: testDb });

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
    const app = createApp({ db: client(unreachableUrl) });

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
  const app = createApp({ db: client(unreachableUrl) });

  it("answers an unknown route with 404 and the standard error body", async () => {
    const response = await app.request("/no-such-route");

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: "NOT_FOUND", message: "No route for GET /no-such-route" },
    });
  });

  it("answers an unexpected exception with 500, a generic body, and logs it", async () => {
    const failure = new Error("boom");
    // A fresh app: routes can only be added before its first request.
    const app = createApp({ db: client(unreachableUrl) });
    app.get("/test-only/throws", () => {
      throw failure;
    });
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);

    const response = await app.request("/test-only/throws");

    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error: { code: "INTERNAL", message: "Internal server error" },
    });
    expect(log).toHaveBeenCalledWith(expect.stringContaining("/test-only/throws"), failure);
    log.mockRestore();
  });
});
