import { describe, expect, it } from "vitest";

import { createTestApp } from "./testing";

const origin = "https://app.example.test";

describe("CORS", () => {
  it("sends no CORS headers at all when CORS_ORIGINS is empty", async () => {
    const app = createTestApp();
    const response = await app.request("/no-such-route", { headers: { Origin: origin } });
    const corsHeaders = [...response.headers.keys()].filter((name) =>
      name.startsWith("access-control-"),
    );
    expect(corsHeaders).toEqual([]);
  });

  describe("with CORS_ORIGINS", () => {
    const app = createTestApp({ CORS_ORIGINS: `${origin},http://localhost:3000` });

    it("allows a listed origin and exposes the headers clients need", async () => {
      const response = await app.request("/no-such-route", { headers: { Origin: origin } });
      expect(response.headers.get("access-control-allow-origin")).toBe(origin);
      expect(response.headers.get("vary")).toMatch(/Origin/);
      const exposed = response.headers.get("access-control-expose-headers")?.split(",") ?? [];
      expect(exposed).toEqual(
        expect.arrayContaining([
          "X-Request-Id",
          "ETag",
          "Link",
          "Retry-After",
          "RateLimit-Limit",
          "RateLimit-Remaining",
          "RateLimit-Reset",
        ]),
      );
    });

    it("does not allow an origin that is not listed", async () => {
      const response = await app.request("/no-such-route", {
        headers: { Origin: "https://evil.example.test" },
      });
      expect(response.headers.has("access-control-allow-origin")).toBe(false);
    });

    it("answers a preflight with the allowed methods and headers", async () => {
      const response = await app.request("/users/profile", {
        method: "OPTIONS",
        headers: {
          Origin: origin,
          "Access-Control-Request-Method": "PUT",
          "Access-Control-Request-Headers": "authorization,content-type,if-match",
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get("access-control-allow-origin")).toBe(origin);
      expect(response.headers.get("access-control-allow-methods")).toContain("PUT");
      const allowed = (response.headers.get("access-control-allow-headers") ?? "")
        .toLowerCase()
        .split(",");
      expect(allowed).toEqual(
        expect.arrayContaining(["authorization", "content-type", "if-match"]),
      );
      expect(response.headers.get("access-control-max-age")).toBe("600");
    });
  });
});
