import { describe, expect, it } from "vitest";

import { createTestApp } from "./testing";

describe("security headers", () => {
  const expected = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    "cross-origin-resource-policy": "same-site",
  };

  it("are on every response, errors included, without X-Powered-By or HSTS outside production", async () => {
    const app = createTestApp();
    app.get("/test-only/powered", (c) => {
      c.header("X-Powered-By", "something");
      return c.json({ ok: true });
    });
    for (const path of ["/test-only/powered", "/no-such-route"]) {
      const response = await app.request(path);
      expect(Object.fromEntries(response.headers)).toMatchObject(expected);
      expect(response.headers.has("x-powered-by")).toBe(false);
      expect(response.headers.has("strict-transport-security")).toBe(false);
    }
  });

  it("include Strict-Transport-Security in production", async () => {
    const app = createTestApp({
      NODE_ENV: "production",
      USER_DATABASE_URL: "postgresql://x:y@127.0.0.1:1/none",
      OUTBOX_ENCRYPTION_KEY: "a-production-key-that-is-long-enough",
    });
    const response = await app.request("/no-such-route");
    expect(response.headers.get("strict-transport-security")).toBe(
      "max-age=31536000; includeSubDomains",
    );
    expect(Object.fromEntries(response.headers)).toMatchObject(expected);
  });
});
