import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { MemoryRateLimitStore, type RateLimitStore } from "./rate-limit-store";
import { createTestApp } from "./testing";

const limited = (limits: { perCredential: number; perIp: number }, store?: RateLimitStore) =>
  createTestApp(
    {
      RATE_LIMIT_PER_MINUTE: String(limits.perCredential),
      RATE_LIMIT_PER_IP_PER_MINUTE: String(limits.perIp),
    },
    store === undefined ? {} : { rateLimitStore: store },
  );

const get = (app: ReturnType<typeof createTestApp>, path: string, token?: string) =>
  app.request(path, { headers: token === undefined ? {} : { Authorization: `Bearer ${token}` } });

describe("rate limiting", () => {
  it("limits each credential, with RateLimit-* headers on every response and 429 beyond", async () => {
    const app = limited({ perCredential: 2, perIp: 100 });

    const first = await get(app, "/no-such-route", "token-a");
    expect(first.status).toBe(404);
    expect(first.headers.get("ratelimit-limit")).toBe("2");
    expect(first.headers.get("ratelimit-remaining")).toBe("1");
    expect(Number(first.headers.get("ratelimit-reset"))).toBeGreaterThanOrEqual(59);

    const second = await get(app, "/no-such-route", "token-a");
    expect(second.headers.get("ratelimit-remaining")).toBe("0");

    const third = await get(app, "/no-such-route", "token-a");
    expect(third.status).toBe(429);
    expect(await third.json()).toEqual({
      error: { code: "RATE_LIMITED", message: expect.any(String) as string },
    });
    const retryAfter = Number(third.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(third.headers.get("ratelimit-limit")).toBe("2");
    expect(third.headers.get("ratelimit-remaining")).toBe("0");
    expect(third.headers.get("x-request-id")).toBeTruthy();
    expect(third.headers.get("x-content-type-options")).toBe("nosniff");

    // Another credential has its own allowance.
    expect((await get(app, "/no-such-route", "token-b")).status).toBe(404);
  });

  it("limits each client IP, with or without a credential", async () => {
    const app = limited({ perCredential: 100, perIp: 3 });
    expect((await get(app, "/no-such-route")).headers.get("ratelimit-limit")).toBe("3");
    await get(app, "/no-such-route", "token-a");
    await get(app, "/no-such-route", "token-b");
    const blocked = await get(app, "/no-such-route", "token-c");
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toBeTruthy();
  });

  it("keeps health checks out of it", async () => {
    const app = limited({ perCredential: 1, perIp: 1 });
    await get(app, "/no-such-route");
    // /ready reads the database, which is unreachable here: 503, but never 429.
    for (const path of ["/health", "/ready", "/health"]) {
      const response = await get(app, path);
      expect(response.status).not.toBe(429);
      expect(response.headers.has("ratelimit-limit")).toBe(false);
    }
  });

  it("keys the store on a hash of the token, never the token itself", async () => {
    const keys: string[] = [];
    const memory = new MemoryRateLimitStore();
    const spy: RateLimitStore = {
      hit: (key, windowMs) => {
        keys.push(key);
        return memory.hit(key, windowMs);
      },
    };
    const app = limited({ perCredential: 10, perIp: 10 }, spy);
    const token = "ums_secretkey_1234567890";

    await get(app, "/no-such-route", token);

    const hash = createHash("sha256").update(token).digest("base64url");
    expect(keys.sort()).toEqual([`credential:${hash}`, "ip:unknown"]);
    expect(keys.join(" ")).not.toContain("secretkey");
  });

  it("puts its headers on responses that routes build themselves (tRPC), like the other layers", async () => {
    const app = limited({ perCredential: 5, perIp: 10 });
    const response = await get(app, "/trpc/nope.nothing");
    expect(response.status).toBe(404);
    expect(response.headers.get("ratelimit-limit")).toBe("10");
    // …as every layer does: request id and security headers too.
    expect(response.headers.get("x-request-id")).toBeTruthy();
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
