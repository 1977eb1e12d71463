import { describe, expect, it } from "vitest";

import { createTestApp } from "./testing";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("request id", () => {
  const app = createTestApp();
  app.get("/test-only/request-id", (c) => c.json({ id: c.var.requestId }));

  it("keeps a sane incoming X-Request-Id, gives it to handlers and echoes it", async () => {
    const response = await app.request("/test-only/request-id", {
      headers: { "X-Request-Id": "trace-42.A_b" },
    });
    expect(response.headers.get("x-request-id")).toBe("trace-42.A_b");
    expect(await response.json()).toEqual({ id: "trace-42.A_b" });
  });

  it.each([
    ["too long", "a".repeat(129)],
    ["with spaces", "two words"],
    ["with a line break attempt", "id%0d%0aX-Evil:1"],
    ["with other characters", "id;drop"],
  ])("replaces an incoming id %s with a new UUID", async (_case, incoming) => {
    const response = await app.request("/test-only/request-id", {
      headers: { "X-Request-Id": incoming },
    });
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(uuid);
    expect(await response.json()).toEqual({ id });
  });

  it("accepts 128 characters", async () => {
    const id = "b".repeat(128);
    const response = await app.request("/test-only/request-id", {
      headers: { "X-Request-Id": id },
    });
    expect(response.headers.get("x-request-id")).toBe(id);
  });

  it("generates a different id per request, and echoes it on errors too", async () => {
    const first = await app.request("/no-such-route");
    const second = await app.request("/no-such-route");
    expect(first.status).toBe(404);
    expect(first.headers.get("x-request-id")).toMatch(uuid);
    expect(second.headers.get("x-request-id")).toMatch(uuid);
    expect(first.headers.get("x-request-id")).not.toBe(second.headers.get("x-request-id"));
  });
});
