import { AppError } from "@ums/api";
import { HTTPException } from "hono/http-exception";
import { describe, expect, it } from "vitest";

import { captureLogs, createTestApp } from "./testing";

describe("error handler", () => {
  const logs = captureLogs("info");
  const app = createTestApp({}, { logger: logs.logger });
  app.get("/test-only/conflict", () => {
    throw new AppError("CONFLICT", "This email is already taken", {
      details: [{ path: "email", message: "is already taken" }],
    });
  });
  app.get("/test-only/limited", () => {
    throw new AppError("RATE_LIMITED", "Too many sign-in attempts", { retryAfterMs: 1500 });
  });
  app.get("/test-only/unauthenticated", () => {
    throw new AppError("UNAUTHENTICATED", "Invalid bearer token");
  });
  app.get("/test-only/hono-413", () => {
    throw new HTTPException(413, { message: "" });
  });
  app.get("/test-only/bug", () => {
    throw new TypeError("cannot read properties of undefined (secret detail)");
  });

  it("turns an AppError into its status and the standard body with details", async () => {
    const response = await app.request("/test-only/conflict");
    expect(response.status).toBe(409);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      error: {
        code: "CONFLICT",
        message: "This email is already taken",
        details: [{ path: "email", message: "is already taken" }],
      },
    });
  });

  it("sends Retry-After when the error carries a delay", async () => {
    const response = await app.request("/test-only/limited");
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("2");
  });

  it("challenges a 401 with WWW-Authenticate", async () => {
    const response = await app.request("/test-only/unauthenticated");
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="user-service"');
    expect(await response.json()).toEqual({
      error: { code: "UNAUTHENTICATED", message: "Invalid bearer token" },
    });
  });

  it("maps Hono's own exceptions by status", async () => {
    const response = await app.request("/test-only/hono-413");
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: { code: "PAYLOAD_TOO_LARGE", message: "Request body too large" },
    });
  });

  it("answers anything else with a generic 500 and logs it with the request id", async () => {
    const response = await app.request("/test-only/bug", { headers: { "X-Request-Id": "bug-1" } });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: "INTERNAL", message: "Internal server error" },
    });
    expect(text).not.toContain("secret detail");
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({
        level: "error",
        request_id: "bug-1",
        msg: "Unhandled error in GET /test-only/bug",
        err: expect.objectContaining({ type: "TypeError" }) as unknown,
      }),
    );
  });
});
