import { describe, expect, it } from "vitest";

import { createTestApp } from "./testing";

describe("content types", () => {
  const app = createTestApp();
  app.post("/test-only/accepts", async (c) => c.json({ text: await c.req.text() }));
  app.delete("/test-only/accepts", (c) => c.body(null, 204));

  const post = (body: string, contentType?: string) =>
    app.request("/test-only/accepts", {
      method: "POST",
      headers: {
        "Content-Length": String(body.length),
        ...(contentType === undefined ? {} : { "Content-Type": contentType }),
      },
      body,
    });

  it.each([
    ["text/plain", "text/plain"],
    ["form-urlencoded", "application/x-www-form-urlencoded"],
    ["XML", "application/xml"],
    ["a JSON look-alike", "application/jsonp"],
  ])("refuses a %s body with 415 and the standard body", async (_name, contentType) => {
    const response = await post("a=1", contentType);
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({
      error: {
        code: "UNSUPPORTED_MEDIA_TYPE",
        message: expect.stringContaining("application/json") as string,
      },
    });
  });

  it("refuses a body without Content-Type", async () => {
    const response = await app.request("/test-only/accepts", {
      method: "POST",
      headers: { "Content-Length": "3" },
      body: new Uint8Array([1, 2, 3]),
    });
    expect(response.status).toBe(415);
  });

  it("accepts JSON (with parameters, any case) and multipart", async () => {
    expect((await post("{}", "Application/JSON; charset=utf-8")).status).toBe(200);
    expect((await post("--x--", "multipart/form-data; boundary=x")).status).toBe(200);
  });

  it("does not mind the type of a request without a body", async () => {
    const response = await app.request("/test-only/accepts", {
      method: "DELETE",
      headers: { "Content-Type": "text/plain", "Content-Length": "0" },
    });
    expect(response.status).toBe(204);
  });

  it("leaves /trpc to tRPC", async () => {
    const response = await app.request("/trpc/health.nope", {
      method: "POST",
      headers: { "Content-Type": "text/plain", "Content-Length": "2" },
      body: "{}",
    });
    // tRPC's own answer (its error shape, with `data`), not the HTTP layer's.
    const body = (await response.json()) as { error: { data?: unknown } };
    expect(body.error.data).toBeDefined();
  });
});
