import { request } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, describe, expect, it } from "vitest";

import { MemoryRateLimitStore, type RateLimitStore } from "./rate-limit-store";
import { closeServer, listen } from "./node-server";
import { captureLogs, createTestApp } from "./testing";

/** The HTTP layer over a real socket: what in-process requests cannot show. */
describe("the HTTP layer on a real server", async () => {
  const logs = captureLogs("info");
  const keys: string[] = [];
  const memory = new MemoryRateLimitStore();
  const store: RateLimitStore = {
    hit: (key, windowMs) => {
      keys.push(key);
      return memory.hit(key, windowMs);
    },
  };
  const app = createTestApp(
    { MAX_JSON_BODY_KB: "4" },
    { logger: logs.logger, rateLimitStore: store },
  );
  app.post("/test-only/json", async (c) => c.json(await c.req.json()));
  const server = await listen(app, 0);
  const { port } = server.address() as AddressInfo;
  afterAll(() => closeServer(server, 1000));

  it("refuses a chunked body (no Content-Length) once it passes the limit", async () => {
    const outcome = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const outgoing = request(
        {
          port,
          method: "POST",
          path: "/test-only/json",
          headers: { "Content-Type": "application/json" },
        },
        (response) => {
          let body = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => (body += chunk));
          response.on("end", () => {
            resolve({ status: response.statusCode ?? 0, body });
          });
        },
      );
      outgoing.on("error", reject);
      expect(outgoing.getHeader("content-length")).toBeUndefined();
      // 1 KB chunks, far more than the 4 KB limit, sent as long as the server keeps reading.
      let sent = 0;
      const pump = () => {
        while (sent < 1024 && outgoing.write(`${" ".repeat(1023)}\n`)) sent += 1;
        if (sent < 1024) outgoing.once("drain", pump);
        else outgoing.end();
      };
      pump();
    });
    expect(outcome.status).toBe(413);
    expect(JSON.parse(outcome.body)).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
  });

  it("logs and rate-limits by the peer's address", async () => {
    const response = await fetch(`http://127.0.0.1:${port}/no-such-route`);
    expect(response.status).toBe(404);
    expect(keys).toContain("ip:127.0.0.1");
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({ path: "/no-such-route", status: 404, ip: "127.0.0.1" }),
    );
  });
});
