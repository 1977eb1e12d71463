import { describe, expect, it } from "vitest";

import { captureLogs, createTestApp } from "./testing";

const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhYmMifQ.c2lnbmF0dXJlLXNlY3JldA";
const apiKey = "ums_Q2hhbmdlTWVQbGVhc2U_bm90LWEtcmVhbC1rZXktMTIz";

describe("access log", () => {
  it("writes one JSON line per request with its essentials", async () => {
    const logs = captureLogs("info");
    const app = createTestApp({}, { logger: logs.logger });

    const response = await app.request("/no-such-route?page=2", {
      headers: { "X-Request-Id": "req-1", "User-Agent": "test-agent/1.0" },
    });

    expect(response.status).toBe(404);
    const lines = logs.lines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "info",
      msg: "request completed",
      request_id: "req-1",
      method: "GET",
      path: "/no-such-route",
      status: 404,
      duration_ms: expect.any(Number) as number,
      ip: null,
      user_agent: "test-agent/1.0",
    });
    expect(JSON.stringify(lines[0])).not.toContain("page=2");
  });

  it("gives handlers a child logger whose lines carry the request id", async () => {
    const logs = captureLogs("info");
    const app = createTestApp({}, { logger: logs.logger });
    app.get("/test-only/logs", (c) => {
      c.var.logger.info({ step: "inside" }, "handler ran");
      return c.json({ ok: true });
    });

    await app.request("/test-only/logs", { headers: { "X-Request-Id": "req-2" } });

    expect(logs.lines()).toEqual([
      expect.objectContaining({ msg: "handler ran", request_id: "req-2", step: "inside" }),
      expect.objectContaining({ msg: "request completed", request_id: "req-2", status: 200 }),
    ]);
  });

  it("never writes tokens, API keys, passwords, cookies or query strings", async () => {
    const logs = captureLogs("trace");
    const app = createTestApp({}, { logger: logs.logger });
    app.post("/test-only/echo-and-fail", async (c) => {
      const body = await c.req.json<Record<string, unknown>>();
      // What careless code might log: the body, the headers, an error quoting the credential.
      c.var.logger.debug({ body, headers: c.req.header() }, "received");
      throw new Error(
        `could not use ${String(body.api_key)} with ${c.req.header("authorization") ?? ""}`,
      );
    });
    const secrets = {
      password: "correct horse battery staple",
      api_key: apiKey,
      token: "invitation-token-abc123",
    };

    for (const authorization of [`Bearer ${jwt}`, `Bearer ${apiKey}`]) {
      const response = await app.request(
        `/test-only/echo-and-fail?access_token=${jwt}&password=query-secret`,
        {
          method: "POST",
          headers: {
            Authorization: authorization,
            Cookie: "session=cookie-secret",
            "Content-Type": "application/json",
            "Content-Length": String(JSON.stringify(secrets).length),
            "User-Agent": `agent with ${apiKey}`,
          },
          body: JSON.stringify(secrets),
        },
      );
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({
        error: { code: "INTERNAL", message: "Internal server error" },
      });
    }

    const output = logs.text();
    expect(logs.lines().map((line) => line.msg)).toEqual([
      "received",
      "Unhandled error in POST /test-only/echo-and-fail",
      "request completed",
      "received",
      "Unhandled error in POST /test-only/echo-and-fail",
      "request completed",
    ]);
    for (const secret of [
      jwt,
      apiKey,
      "ums_Q2hh",
      secrets.password,
      secrets.token,
      "cookie-secret",
      "query-secret",
      "access_token=",
    ]) {
      expect(output).not.toContain(secret);
    }
    // The error itself is still logged, with its stack, for whoever fixes the bug.
    expect(logs.lines()[1]).toMatchObject({
      level: "error",
      err: { type: "Error", stack: expect.stringContaining("could not use") as string },
    });
  });
});
