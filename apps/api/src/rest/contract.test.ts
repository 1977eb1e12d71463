import { createApiKey, createTestDatabase, createUserWithDetails } from "@ums/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createResponseValidator, jwtFor, startTestServer } from "./testing";

/**
 * The eight endpoints of the REST contract (DESIGN.md), over the real server on a free port and
 * real PostgreSQL: success, validation, authentication, organization boundaries, conflicts and
 * stale If-Match; every response body is checked against the published OpenAPI document.
 */

const { db } = await createTestDatabase();
const validate = createResponseValidator();
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close();
});

interface Call {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A request, whose response is checked against the document for `template` before it is returned. */
async function call(method: string, path: string, template: string, options: Call = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["content-type"] ??= "application/json";
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const body = (await response.json()) as Record<string, unknown>;
  validate(method, template, response.status, body);
  return { status: response.status, headers: response.headers, body };
}

const errorOf = (body: Record<string, unknown>) =>
  body.error as { code: string; message: string; details?: { path: string; message: string }[] };

async function world() {
  const learner = await createUserWithDetails(db);
  const orgId = learner.organization_id;
  const admin = await createUserWithDetails(db, { organization_id: orgId, role: "ORG_ADMIN" });
  const otherLearner = await createUserWithDetails(db);
  const otherAdmin = await createUserWithDetails(db, {
    organization_id: otherLearner.organization_id,
    role: "ORG_ADMIN",
  });
  const { key } = await createApiKey(db, {
    organization_id: orgId,
    scopes: ["users:read", "users:write"],
  });
  return {
    learner,
    admin,
    otherLearner,
    otherAdmin,
    learnerToken: await jwtFor(learner.id),
    adminToken: await jwtFor(admin.id),
    otherAdminToken: await jwtFor(otherAdmin.id),
    apiKey: key,
  };
}

describe("GET /users/profile", () => {
  it("returns the caller with profile, preferences and statistics, and an ETag", async () => {
    const w = await world();
    const { status, headers, body } = await call("GET", "/users/profile", "/users/profile", {
      token: w.learnerToken,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: w.learner.id,
      email: w.learner.email,
      profile: { timezone: expect.any(String) as string },
      learning_preferences: { visual_score: expect.any(Number) as number },
      learning_stats: { total_learning_time: expect.any(Number) as number },
    });
    expect(headers.get("etag")).toMatch(/^"[\w-]+"$/);
  });

  it("is 401 with a challenge without credentials or with a bad token", async () => {
    for (const token of [undefined, "not-a-token"]) {
      const { status, headers, body } = await call("GET", "/users/profile", "/users/profile", {
        token,
      });
      expect(status).toBe(401);
      expect(headers.get("www-authenticate")).toMatch(/^Bearer /);
      expect(errorOf(body).code).toBe("UNAUTHENTICATED");
    }
  });

  it("is 403 for an API key (there is no 'me' for a service)", async () => {
    const w = await world();
    const { status, body } = await call("GET", "/users/profile", "/users/profile", {
      token: w.apiKey,
    });
    expect(status).toBe(403);
    expect(errorOf(body).code).toBe("FORBIDDEN");
  });

  it("refuses query parameters it does not take", async () => {
    const w = await world();
    const { status, body } = await call("GET", "/users/profile?fields=all", "/users/profile", {
      token: w.learnerToken,
    });
    expect(status).toBe(400);
    expect(errorOf(body).details).toEqual([{ path: "fields", message: "is not a known field" }]);
  });
});

describe("PUT /users/profile", () => {
  it("updates names, profile and preferences, answers the new state and a new ETag", async () => {
    const w = await world();
    const before = await call("GET", "/users/profile", "/users/profile", { token: w.learnerToken });
    const { status, headers, body } = await call("PUT", "/users/profile", "/users/profile", {
      token: w.learnerToken,
      body: {
        first_name: "Grace",
        profile: { phone_number: "+44 20 7946 0123", city: "London", date_of_birth: "1990-12-09" },
        learning_preferences: { visual_score: 0.8, reminder_time: "08:30" },
      },
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      first_name: "Grace",
      profile: { phone_number: "+442079460123", city: "London", date_of_birth: "1990-12-09" },
      learning_preferences: { visual_score: 0.8, reminder_time: "08:30" },
    });
    expect(headers.get("etag")).not.toBe(before.headers.get("etag"));
    const after = await call("GET", "/users/profile", "/users/profile", { token: w.learnerToken });
    expect(after.headers.get("etag")).toBe(headers.get("etag"));
  });

  it("is 400 naming each invalid field", async () => {
    const w = await world();
    const { status, body } = await call("PUT", "/users/profile", "/users/profile", {
      token: w.learnerToken,
      body: { profile: { phone_number: "12", timezone: "Mars/Base" }, nickname: "x" },
    });
    expect(status).toBe(400);
    expect(errorOf(body).code).toBe("VALIDATION_FAILED");
    expect(
      errorOf(body)
        .details?.map((detail) => detail.path)
        .sort(),
    ).toEqual(["nickname", "profile.phone_number", "profile.timezone"]);
  });

  it("is 409 for a username someone else has", async () => {
    const w = await world();
    await db.user.update({ where: { id: w.admin.id }, data: { username: "taken-name" } });
    const { status, body } = await call("PUT", "/users/profile", "/users/profile", {
      token: w.learnerToken,
      body: { username: "taken-name" },
    });
    expect(status).toBe(409);
    expect(errorOf(body).details).toEqual([{ path: "username", message: "is already taken" }]);
  });

  it("honours If-Match: the current ETag or * go through, a stale one is 412 and changes nothing", async () => {
    const w = await world();
    const read = await call("GET", "/users/profile", "/users/profile", { token: w.learnerToken });
    const etag = read.headers.get("etag") ?? "";

    const first = await call("PUT", "/users/profile", "/users/profile", {
      token: w.learnerToken,
      body: { profile: { city: "Porto" } },
      headers: { "if-match": etag },
    });
    expect(first.status).toBe(200);

    const stale = await call("PUT", "/users/profile", "/users/profile", {
      token: w.learnerToken,
      body: { profile: { city: "Braga" } },
      headers: { "if-match": etag },
    });
    expect(stale.status).toBe(412);
    expect(errorOf(stale.body).code).toBe("PRECONDITION_FAILED");

    const any = await call("PUT", "/users/profile", "/users/profile", {
      token: w.learnerToken,
      body: { profile: { bio: "Hello" } },
      headers: { "if-match": "*" },
    });
    expect(any.status).toBe(200);
    expect(any.body).toMatchObject({ profile: { city: "Porto", bio: "Hello" } });
  });

  it("is 401 without credentials", async () => {
    const { status } = await call("PUT", "/users/profile", "/users/profile", {
      body: { first_name: "X" },
    });
    expect(status).toBe(401);
  });
});

// POST /users/upload-avatar: see avatar-upload.test.ts.

describe("GET /users", () => {
  it("lists the organization's users a page at a time, with Link rel=next to the next page", async () => {
    const w = await world();
    const first = await call("GET", "/users?limit=1&sort=email&order=asc", "/users", {
      token: w.adminToken,
    });
    expect(first.status).toBe(200);
    const items = first.body.items as { id: string; organization_id: string }[];
    expect(items).toHaveLength(1);
    const link = first.headers.get("link") ?? "";
    const next = /^<([^>]+)>; rel="next"$/.exec(link)?.[1];
    expect(next).toBeDefined();
    expect(next).toContain(`cursor=${encodeURIComponent(String(first.body.next_cursor))}`);

    const second = await call("GET", next ?? "", "/users", { token: w.adminToken });
    const secondItems = second.body.items as { id: string }[];
    expect(secondItems.length).toBeGreaterThan(0);
    expect(second.headers.get("link")).toBeNull();
    const all = [...items, ...secondItems].map((item) => item.id);
    expect(new Set(all)).toEqual(new Set([w.learner.id, w.admin.id]));
  });

  it("is 400 for an invalid filter, naming it", async () => {
    const w = await world();
    const { status, body } = await call("GET", "/users?limit=500&role=KING", "/users", {
      token: w.adminToken,
    });
    expect(status).toBe(400);
    expect(
      errorOf(body)
        .details?.map((detail) => detail.path)
        .sort(),
    ).toEqual(["limit", "role"]);
  });

  it("is 401 anonymous, 403 for a learner, 404 for another organization", async () => {
    const w = await world();
    expect((await call("GET", "/users", "/users")).status).toBe(401);
    expect((await call("GET", "/users", "/users", { token: w.learnerToken })).status).toBe(403);
    const foreign = await call(
      "GET",
      `/users?organization_id=${w.otherLearner.organization_id}`,
      "/users",
      { token: w.adminToken },
    );
    expect(foreign.status).toBe(404);
  });
});

describe("POST /users", () => {
  const person = (email: string) => ({ email, first_name: "Ada", last_name: "Lovelace" });

  it("creates a PENDING user and answers 201 with the invitation link", async () => {
    const w = await world();
    const { status, body } = await call("POST", "/users", "/users", {
      token: w.adminToken,
      body: { ...person("ada.new@example.test"), role: "INSTRUCTOR" },
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      email: "ada.new@example.test",
      role: "INSTRUCTOR",
      status: "PENDING",
      organization_id: w.admin.organization_id,
      invitation: {
        status: "PENDING",
        invitation_url: expect.stringMatching(/^https?:\/\//) as string,
      },
    });
  });

  it("is 400 for an invalid e-mail and 409 for one already in use", async () => {
    const w = await world();
    const invalid = await call("POST", "/users", "/users", {
      token: w.adminToken,
      body: person("not-an-email"),
    });
    expect(invalid.status).toBe(400);
    expect(errorOf(invalid.body).details?.[0]?.path).toBe("email");

    const duplicate = await call("POST", "/users", "/users", {
      token: w.adminToken,
      body: person(w.learner.email),
    });
    expect(duplicate.status).toBe(409);
    expect(errorOf(duplicate.body).code).toBe("CONFLICT");
  });

  it("is 401 anonymous, 403 for a learner, 404 for another organization", async () => {
    const w = await world();
    expect(
      (await call("POST", "/users", "/users", { body: person("a1@example.test") })).status,
    ).toBe(401);
    const learner = await call("POST", "/users", "/users", {
      token: w.learnerToken,
      body: person("a2@example.test"),
    });
    expect(learner.status).toBe(403);
    const foreign = await call("POST", "/users", "/users", {
      token: w.adminToken,
      body: { ...person("a3@example.test"), organization_id: w.otherLearner.organization_id },
    });
    expect(foreign.status).toBe(404);
  });
});

describe("GET /users/{user_id}", () => {
  it("returns the user with every relation, and an ETag", async () => {
    const w = await world();
    const { status, headers, body } = await call(
      "GET",
      `/users/${w.learner.id}`,
      "/users/{user_id}",
      { token: w.apiKey },
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: w.learner.id,
      organization: { id: w.learner.organization_id },
      skills: [],
      goals: [],
      invitations: [],
    });
    expect(body).toHaveProperty("profile");
    expect(body).toHaveProperty("recent_activity");
    expect(headers.get("etag")).toMatch(/^"[\w-]+"$/);
  });

  it("is 404 across organizations, 403 for a learner, 401 anonymous", async () => {
    const w = await world();
    const path = `/users/${w.learner.id}`;
    const foreign = await call("GET", path, "/users/{user_id}", { token: w.otherAdminToken });
    expect(foreign.status).toBe(404);
    expect(errorOf(foreign.body).code).toBe("NOT_FOUND");
    expect((await call("GET", path, "/users/{user_id}", { token: w.learnerToken })).status).toBe(
      403,
    );
    expect((await call("GET", path, "/users/{user_id}")).status).toBe(401);
  });

  it("is 400 for an id that is not a UUID, naming user_id", async () => {
    const w = await world();
    const { status, body } = await call("GET", "/users/1234", "/users/{user_id}", {
      token: w.adminToken,
    });
    expect(status).toBe(400);
    expect(errorOf(body).details?.[0]?.path).toBe("user_id");
  });

  it("never takes /users/profile for an id: DELETE there is 405", async () => {
    const w = await world();
    const response = await fetch(`${server.baseUrl}/users/profile`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${w.adminToken}` },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")?.split(", ").sort()).toEqual(["GET", "HEAD", "PUT"]);
  });
});

describe("PUT /users/{user_id}", () => {
  it("updates a user of the organization", async () => {
    const w = await world();
    const { status, body } = await call("PUT", `/users/${w.learner.id}`, "/users/{user_id}", {
      token: w.adminToken,
      body: { role: "INSTRUCTOR", last_name: "Hopper" },
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: w.learner.id, role: "INSTRUCTOR", last_name: "Hopper" });
  });

  it("is 400 for an invalid value and for an id in the body", async () => {
    const w = await world();
    const invalid = await call("PUT", `/users/${w.learner.id}`, "/users/{user_id}", {
      token: w.adminToken,
      body: { role: "KING" },
    });
    expect(invalid.status).toBe(400);
    expect(errorOf(invalid.body).details?.[0]?.path).toBe("role");
    const clash = await call("PUT", `/users/${w.learner.id}`, "/users/{user_id}", {
      token: w.adminToken,
      body: { user_id: w.admin.id, first_name: "X" },
    });
    expect(clash.status).toBe(400);
    expect(errorOf(clash.body).details?.[0]?.path).toBe("user_id");
  });

  it("is 409 for a username someone else has", async () => {
    const w = await world();
    await db.user.update({ where: { id: w.admin.id }, data: { username: "admin-name" } });
    const { status } = await call("PUT", `/users/${w.learner.id}`, "/users/{user_id}", {
      token: w.adminToken,
      body: { username: "admin-name" },
    });
    expect(status).toBe(409);
  });

  it("is 412 for a stale If-Match, and goes through with the current ETag", async () => {
    const w = await world();
    const path = `/users/${w.learner.id}`;
    const read = await call("GET", path, "/users/{user_id}", { token: w.adminToken });
    const etag = read.headers.get("etag") ?? "";
    await call("PUT", path, "/users/{user_id}", {
      token: w.apiKey,
      body: { first_name: "Changed" },
    });
    const stale = await call("PUT", path, "/users/{user_id}", {
      token: w.adminToken,
      body: { first_name: "Mine" },
      headers: { "if-match": etag },
    });
    expect(stale.status).toBe(412);
    const reread = await call("GET", path, "/users/{user_id}", { token: w.adminToken });
    expect(reread.body.first_name).toBe("Changed");
    const fresh = await call("PUT", path, "/users/{user_id}", {
      token: w.adminToken,
      body: { first_name: "Mine" },
      headers: { "if-match": reread.headers.get("etag") ?? "" },
    });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("etag")).not.toBe(reread.headers.get("etag"));
  });

  it("is 404 across organizations, 403 for a learner, 401 anonymous", async () => {
    const w = await world();
    const path = `/users/${w.learner.id}`;
    const body = { first_name: "X" };
    expect(
      (await call("PUT", path, "/users/{user_id}", { token: w.otherAdminToken, body })).status,
    ).toBe(404);
    expect(
      (await call("PUT", path, "/users/{user_id}", { token: w.learnerToken, body })).status,
    ).toBe(403);
    expect((await call("PUT", path, "/users/{user_id}", { body })).status).toBe(401);
  });
});

describe("DELETE /users/{user_id}", () => {
  it("deactivates (soft delete); repeating it is harmless", async () => {
    const w = await world();
    const path = `/users/${w.learner.id}`;
    for (let attempt = 0; attempt < 2; attempt++) {
      const { status, body } = await call("DELETE", path, "/users/{user_id}", {
        token: w.adminToken,
      });
      expect(status).toBe(200);
      expect(body).toMatchObject({ id: w.learner.id, status: "INACTIVE" });
    }
    expect(await db.user.count({ where: { id: w.learner.id } })).toBe(1);
  });

  it("is 404 across organizations, 403 for a learner, 401 anonymous, 400 for a bad id", async () => {
    const w = await world();
    const path = `/users/${w.learner.id}`;
    expect(
      (await call("DELETE", path, "/users/{user_id}", { token: w.otherAdminToken })).status,
    ).toBe(404);
    expect((await call("DELETE", path, "/users/{user_id}", { token: w.learnerToken })).status).toBe(
      403,
    );
    expect((await call("DELETE", path, "/users/{user_id}")).status).toBe(401);
    expect(
      (await call("DELETE", "/users/0000-1111", "/users/{user_id}", { token: w.adminToken }))
        .status,
    ).toBe(400);
  });
});
