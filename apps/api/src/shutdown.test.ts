import type { AddressInfo } from "node:net";

import { describe, expect, it, vi } from "vitest";

import { listen } from "./http/node-server";
import { createTestApp, silentLogger } from "./http/testing";
import { shutdown } from "./shutdown";

describe("graceful shutdown", () => {
  it("finishes the request in flight, refuses new connections, then stops the rest in order", async () => {
    let started!: () => void;
    const requestStarted = new Promise<void>((resolve) => {
      started = resolve;
    });
    let finish!: () => void;
    const mayFinish = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const app = createTestApp();
    app.get("/test-only/slow", async (c) => {
      started();
      await mayFinish;
      return c.json({ finished: true });
    });
    const server = await listen(app, 0);
    const { port } = server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;

    const order: string[] = [];
    const worker = {
      stop: vi.fn(() => {
        order.push("worker stopped");
        return Promise.resolve();
      }),
    };
    const db = {
      $disconnect: vi.fn(() => {
        order.push("prisma disconnected");
        return Promise.resolve();
      }),
    };
    const database = { release: vi.fn(() => order.push("database released")) };

    const inFlight = fetch(`${base}/test-only/slow`);
    await requestStarted;

    const began = performance.now();
    const stopped = shutdown({
      server,
      graceMs: 10_000,
      worker: () => worker,
      db,
      database,
      logger: silentLogger,
    }).then(() => order.push("shutdown done"));

    // New connections are refused at once, while the first request is still running.
    const refused = await fetch(`${base}/health`).then(
      () => "answered",
      (error: unknown) => (error as { cause?: { code?: string } }).cause?.code ?? String(error),
    );
    expect(refused).toBe("ECONNREFUSED");
    expect(order).toEqual([]);

    finish();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ finished: true });

    await stopped;
    expect(order).toEqual([
      "worker stopped",
      "prisma disconnected",
      "database released",
      "shutdown done",
    ]);
    // It did not wait for the grace period, nor for the idle kept-alive connection to time out.
    expect(performance.now() - began).toBeLessThan(2000);
  });

  it("carries on when the worker does not stop cleanly", async () => {
    const server = await listen(createTestApp(), 0);
    const db = { $disconnect: vi.fn(() => Promise.resolve()) };
    const database = { release: vi.fn() };
    await shutdown({
      server,
      graceMs: 1000,
      worker: () => ({ stop: () => Promise.reject(new Error("stuck")) }),
      db,
      database,
      logger: silentLogger,
    });
    expect(db.$disconnect).toHaveBeenCalledOnce();
    expect(database.release).toHaveBeenCalledOnce();
  });
});
