import { describe, expect, it } from "vitest";

import { createTestApp } from "./testing";

describe("405 and 404", () => {
  const app = createTestApp();
  app.get("/test-only/items/:id", (c) => c.json({ id: c.req.param("id") }));
  app.put("/test-only/items/:id", (c) => c.json({ updated: true }));

  it("answers a known path with another method with 405, Allow and the standard body", async () => {
    const response = await app.request("/health", {
      method: "POST",
      headers: { "Content-Type": "text/plain", "Content-Length": "1" },
      body: "x",
    });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
    expect(await response.json()).toEqual({
      error: {
        code: "METHOD_NOT_ALLOWED",
        message: "POST is not allowed on /health; use GET, HEAD",
      },
    });
  });

  it("lists every method of a path with parameters", async () => {
    const response = await app.request("/test-only/items/42", { method: "DELETE" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, PUT");
    expect((await app.request("/test-only/items/42")).status).toBe(200);
    expect((await app.request("/test-only/items/42", { method: "HEAD" })).status).toBe(200);
  });

  it("answers an unknown path with 404 and the standard body, whatever the method", async () => {
    for (const method of ["GET", "POST", "DELETE"]) {
      const response = await app.request("/nothing/here", { method });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        error: { code: "NOT_FOUND", message: `No route for ${method} /nothing/here` },
      });
    }
  });

  it("leaves routes for every method (tRPC) alone", async () => {
    const response = await app.request("/trpc/nope.nothing", { method: "PATCH" });
    expect(response.status).not.toBe(405);
  });
});
