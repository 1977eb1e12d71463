import { createApiKey, createTestDatabase } from "@ums/db/testing";
import { describe, expect, it } from "vitest";

import { createHttpContext } from "./http-context";
import { testSettings } from "./testing";

const { db } = await createTestDatabase();

describe("createHttpContext", () => {
  it("resolves the bearer token's actor and the request's origin", async () => {
    const { apiKey, key } = await createApiKey(db);
    const context = await createHttpContext({
      db,
      settings: testSettings,
      headers: new Headers({
        authorization: `Bearer ${key}`,
        "user-agent": "curl/8.5.0",
        "x-forwarded-for": "203.0.113.9",
      }),
      remoteAddress: "10.0.0.2",
    });
    expect(context.actor).toMatchObject({ kind: "apiKey", apiKeyId: apiKey.id });
    // X-Forwarded-For is only believed behind a trusted proxy.
    expect(context.meta).toEqual({ ip: "10.0.0.2", userAgent: "curl/8.5.0" });
  });

  it("takes the client address from X-Forwarded-For behind a trusted proxy", async () => {
    const context = await createHttpContext({
      db,
      settings: testSettings,
      headers: new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }),
      remoteAddress: "10.0.0.2",
      trustProxy: true,
    });
    expect(context.actor).toBeNull();
    expect(context.meta.ip).toBe("203.0.113.9");
  });

  it("refuses a bad token rather than treating the caller as anonymous", async () => {
    await expect(
      createHttpContext({
        db,
        settings: testSettings,
        headers: new Headers({ authorization: "Bearer nonsense" }),
      }),
    ).rejects.toMatchObject({ appCode: "UNAUTHENTICATED" });
  });
});
