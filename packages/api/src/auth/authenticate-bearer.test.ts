import { createApiKey, createTestDatabase, createUser } from "@ums/db/testing";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";

import type { AppError } from "../errors";
import { testSettings } from "../testing";
import { authenticateBearer } from "./authenticate-bearer";

const { db } = await createTestDatabase();
const secret = new TextEncoder().encode(testSettings.AUTH_JWT_SECRET);

const jwt = (
  claims: { sub?: string; exp?: number | string; iss?: string; aud?: string },
  key = secret,
  alg = "HS256",
) => {
  let builder = new SignJWT({}).setProtectedHeader({ alg }).setIssuedAt();
  if (claims.sub !== undefined) builder = builder.setSubject(claims.sub);
  if (claims.exp !== undefined) builder = builder.setExpirationTime(claims.exp);
  if (claims.iss !== undefined) builder = builder.setIssuer(claims.iss);
  if (claims.aud !== undefined) builder = builder.setAudience(claims.aud);
  return builder.sign(key);
};

async function refusal(authorization: string, settings = testSettings): Promise<AppError> {
  return authenticateBearer(db, authorization, settings).then(
    () => {
      throw new Error("expected UNAUTHENTICATED");
    },
    (error: unknown) => error as AppError,
  );
}

describe("authenticateBearer with a platform JWT", () => {
  it("resolves an ACTIVE user, with role and organization from the database, not the token", async () => {
    const user = await createUser(db, { role: "INSTRUCTOR" });
    const token = await jwt({ sub: user.id, exp: "5m" });
    expect(await authenticateBearer(db, `Bearer ${token}`, testSettings)).toEqual({
      kind: "user",
      userId: user.id,
      organizationId: user.organization_id,
      role: "INSTRUCTOR",
    });
  });

  it("is nobody without a header", async () => {
    expect(await authenticateBearer(db, undefined, testSettings)).toBeNull();
    expect(await authenticateBearer(db, "", testSettings)).toBeNull();
  });

  it.each([
    [
      "an expired token",
      async (sub: string) =>
        `Bearer ${await jwt({ sub, exp: Math.floor(Date.now() / 1000) - 60 })}`,
      /expired/,
    ],
    ["a token without exp", async (sub: string) => `Bearer ${await jwt({ sub })}`, /"exp" claim/],
    ["a token without sub", async () => `Bearer ${await jwt({ exp: "5m" })}`, /"sub" claim/],
    [
      "another secret",
      async (sub: string) =>
        `Bearer ${await jwt({ sub, exp: "5m" }, new TextEncoder().encode("x".repeat(40)))}`,
      /signature/,
    ],
    ["a malformed token", () => Promise.resolve("Bearer not.a.jwt"), /malformed/],
    ["a Basic header", () => Promise.resolve("Basic dXNlcjpwYXNz"), /Bearer <token>/],
    [
      "an unknown subject",
      async () => `Bearer ${await jwt({ sub: crypto.randomUUID(), exp: "5m" })}`,
      /no active user/,
    ],
    [
      "a subject that is no UUID",
      async () => `Bearer ${await jwt({ sub: "admin", exp: "5m" })}`,
      /no active user/,
    ],
  ])("refuses %s", async (_name, header, message) => {
    const user = await createUser(db);
    const error = await refusal(await header(user.id));
    expect(error.appCode).toBe("UNAUTHENTICATED");
    expect(error.message).toMatch(message);
  });

  it("refuses a user who is not ACTIVE", async () => {
    for (const status of ["INACTIVE", "SUSPENDED", "PENDING"] as const) {
      const user = await createUser(db, { status });
      expect((await refusal(`Bearer ${await jwt({ sub: user.id, exp: "5m" })}`)).appCode).toBe(
        "UNAUTHENTICATED",
      );
    }
  });

  it("checks iss and aud when they are configured", async () => {
    const settings = {
      ...testSettings,
      AUTH_JWT_ISSUER: "https://auth.example.test",
      AUTH_JWT_AUDIENCE: "user-service",
    };
    const user = await createUser(db);
    const good = await jwt({
      sub: user.id,
      exp: "5m",
      iss: "https://auth.example.test",
      aud: "user-service",
    });
    expect(await authenticateBearer(db, `Bearer ${good}`, settings)).toMatchObject({
      userId: user.id,
    });
    const wrongIssuer = await jwt({
      sub: user.id,
      exp: "5m",
      iss: "https://evil.test",
      aud: "user-service",
    });
    expect((await refusal(`Bearer ${wrongIssuer}`, settings)).message).toMatch(/"iss" claim/);
    const noAudience = await jwt({ sub: user.id, exp: "5m", iss: "https://auth.example.test" });
    expect((await refusal(`Bearer ${noAudience}`, settings)).message).toMatch(/"aud" claim/);
  });

  it("accepts no JWT at all when no secret is configured", async () => {
    const user = await createUser(db);
    const token = await jwt({ sub: user.id, exp: "5m" });
    const error = await refusal(`Bearer ${token}`, { ...testSettings, AUTH_JWT_SECRET: undefined });
    expect(error.message).toMatch(/AUTH_JWT_SECRET is not set/);
  });

  it("refuses an unsigned token (alg none)", async () => {
    const user = await createUser(db);
    const header = Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url");
    const body = Buffer.from(
      JSON.stringify({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 60 }),
    ).toString("base64url");
    expect((await refusal(`Bearer ${header}.${body}.`)).appCode).toBe("UNAUTHENTICATED");
  });
});

describe("authenticateBearer with an API key", () => {
  it("resolves the key's organization and scopes, and records when it was used", async () => {
    const { apiKey, key } = await createApiKey(db, { scopes: ["users:read", "stats:write"] });
    const actor = await authenticateBearer(db, `Bearer ${key}`, testSettings);
    expect(actor).toEqual({
      kind: "apiKey",
      apiKeyId: apiKey.id,
      organizationId: null,
      scopes: ["users:read", "stats:write"],
    });
    const used = await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(used.last_used_at).not.toBeNull();
  });

  it("refuses an unknown, a revoked and an expired key", async () => {
    const { key: revoked } = await createApiKey(db, { revoked_at: new Date() });
    const { key: expired } = await createApiKey(db, { expires_at: new Date(Date.now() - 1000) });
    expect((await refusal(`Bearer ${revoked}`)).message).toMatch(/unknown or revoked/);
    expect((await refusal(`Bearer ${expired}`)).message).toMatch(/expired/);
    expect((await refusal(`Bearer ums_${"x".repeat(40)}`)).message).toMatch(/unknown or revoked/);
  });
});
