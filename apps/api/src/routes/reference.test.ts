import { describe, expect, it } from "vitest";

import { createTestApp } from "../http/testing";

const app = createTestApp();

describe("the API reference", () => {
  it("serves an OpenAPI 3.1 document of every endpoint, with security schemes and errors", async () => {
    const response = await app.request("/openapi.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { security: unknown[]; responses: object }>>;
      components: { securitySchemes: object; responses: object };
    };
    expect(document.openapi).toBe("3.1.0");
    for (const [path, methods] of [
      ["/users/profile", ["get", "put"]],
      ["/users/upload-avatar", ["post"]],
      ["/users", ["get", "post"]],
      ["/users/{user_id}", ["get", "put", "delete"]],
    ] as const) {
      expect(Object.keys(document.paths[path] ?? {}).sort()).toEqual([...methods].sort());
    }
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual([
      "apiKey",
      "userToken",
    ]);
    expect(document.paths["/users/{user_id}"]?.put?.responses).toHaveProperty("412");
  });

  it("serves an interactive page whose assets all come from this server", async () => {
    const page = await app.request("/docs");
    expect(page.status).toBe(200);
    const html = await page.text();
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? "");
    expect(sources.length).toBeGreaterThan(2);
    for (const source of sources) {
      expect(source.startsWith("/docs/")).toBe(true);
      const asset = await app.request(source);
      expect(asset.status, source).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
  });

  it("does not serve files other than its assets", async () => {
    expect((await app.request("/docs/assets/package.json")).status).toBe(404);
    expect((await app.request("/docs/assets/..%2Fpackage.json")).status).toBe(404);
  });

  it("keeps the JSON API's locked-down policy everywhere else", async () => {
    const response = await app.request("/openapi.json");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(response.headers.get("content-security-policy")).not.toContain("script-src");
  });
});
