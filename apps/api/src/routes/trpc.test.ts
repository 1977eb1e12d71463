import type { AppRouter } from "@ums/api";
import { createApiKey, createTestDatabase, createUserWithDetails } from "@ums/db/testing";
import { parseSettings } from "@ums/db/settings";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";

import { createApp } from "../app";
import { silentLogger } from "../http/testing";

const { db } = await createTestDatabase();
const settings = parseSettings({ AUTH_JWT_SECRET: "a-test-secret-that-is-long-enough-123" });
const app = createApp({ db, settings, logger: silentLogger });

/** A typed client, as another TypeScript service would make one, talking to the app in-process. */
function client(authorization?: string) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: "http://api.test/trpc",
        headers: authorization === undefined ? {} : { authorization },
        fetch: async (url, init) => app.request(String(url), init as RequestInit),
      }),
    ],
  });
}

const jwtFor = (userId: string) =>
  new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(userId)
    .setExpirationTime("5m")
    .sign(new TextEncoder().encode(settings.AUTH_JWT_SECRET));

describe("tRPC over HTTP at /trpc", () => {
  it("serves the router to a typed client with a platform JWT", async () => {
    const user = await createUserWithDetails(db);
    const me = await client(`Bearer ${await jwtFor(user.id)}`).profile.get.query();
    expect(me).toMatchObject({ id: user.id, email: user.email });
  });

  it("accepts API keys, with their scopes", async () => {
    const user = await createUserWithDetails(db);
    const { key } = await createApiKey(db, {
      organization_id: user.organization_id,
      scopes: ["users:read"],
    });
    const page = await client(`Bearer ${key}`).users.list.query({ limit: 5 });
    expect(page.items.map((item) => item.id)).toContain(user.id);
    await expect(
      client(`Bearer ${key}`).users.create.mutate({
        email: "x@example.test",
        first_name: "X",
        last_name: "Y",
      }),
    ).rejects.toMatchObject({
      data: { httpStatus: 403, appCode: "FORBIDDEN" },
    });
  });

  it("answers a bad credential with 401, a WWW-Authenticate challenge and the error's code", async () => {
    const response = await app.request("/trpc/profile.get", {
      headers: { authorization: "Bearer not-a-token" },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const body = (await response.json()) as {
      error: { data: { appCode: string; stack?: string } };
    };
    expect(body.error.data.appCode).toBe("UNAUTHENTICATED");
    expect(body.error.data.stack).toBeUndefined();
  });

  it("reports validation failures with the field path", async () => {
    const user = await createUserWithDetails(db);
    const error = await client(`Bearer ${await jwtFor(user.id)}`)
      .profile.update.mutate({ profile: { phone_number: "nope" } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<AppRouter>).data).toMatchObject({
      httpStatus: 400,
      appCode: "VALIDATION_FAILED",
      details: [{ path: "profile.phone_number" }],
    });
  });
});

describe("GET /ready", () => {
  it("is ready when the database answers and has every migration", async () => {
    const response = await app.request("/ready");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ready",
      database: "up",
      pending_migrations: [],
    });
  });

  it("is not ready while a migration is missing", async () => {
    const { db: behind } = await createTestDatabase();
    const [last] = await behind.$queryRaw<{ migration_name: string }[]>`
      SELECT "migration_name" FROM "_prisma_migrations" ORDER BY "migration_name" DESC LIMIT 1`;
    await behind.$executeRaw`DELETE FROM "_prisma_migrations" WHERE "migration_name" = ${last?.migration_name}`;
    const response = await createApp({ db: behind, settings, logger: silentLogger }).request(
      "/ready",
    );
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: "not_ready",
      pending_migrations: [last?.migration_name],
    });
  });
});
