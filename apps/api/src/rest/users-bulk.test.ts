import { createTestDatabase, createUserWithDetails } from "@ums/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createResponseValidator, jwtFor, startTestServer } from "./testing";

/**
 * `POST /users/bulk` over the real server: 200 with one result per user in input order, each
 * checked against the published OpenAPI document; a malformed request is 400 as a whole.
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

async function bulk(token: string | undefined, body: unknown) {
  const response = await fetch(`${server.baseUrl}/users/bulk`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as Record<string, unknown>;
  validate("POST", "/users/bulk", response.status, answer);
  return { status: response.status, body: answer };
}

describe("POST /users/bulk", () => {
  it("answers each user's outcome in input order; another organization's user is not found", async () => {
    const learner = await createUserWithDetails(db);
    const organizationId = learner.organization_id;
    const admin = await createUserWithDetails(db, {
      organization_id: organizationId,
      role: "ORG_ADMIN",
    });
    const inactive = await createUserWithDetails(db, {
      organization_id: organizationId,
      status: "INACTIVE",
    });
    const foreign = await createUserWithDetails(db);
    const token = await jwtFor(admin.id);

    const { status, body } = await bulk(token, {
      user_ids: [learner.id, admin.id, inactive.id, foreign.id],
      action: "deactivate",
    });

    expect(status).toBe(200);
    expect(body).toMatchObject({
      changed: 1,
      unchanged: 1,
      refused: 2,
      results: [
        { user_id: learner.id, outcome: "changed", user: { status: "INACTIVE" }, error: null },
        { user_id: admin.id, outcome: "refused", user: null, error: { code: "FORBIDDEN" } },
        { user_id: inactive.id, outcome: "unchanged", user: { status: "INACTIVE" } },
        {
          user_id: foreign.id,
          outcome: "refused",
          error: { code: "NOT_FOUND", message: "User not found" },
        },
      ],
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("ACTIVE");
  });

  it("is 400 for change_role without a role, 403 for a learner, 401 anonymous", async () => {
    const learner = await createUserWithDetails(db);
    const admin = await createUserWithDetails(db, {
      organization_id: learner.organization_id,
      role: "ORG_ADMIN",
    });
    const missingRole = await bulk(await jwtFor(admin.id), {
      user_ids: [learner.id],
      action: "change_role",
    });
    expect(missingRole.status).toBe(400);
    expect(missingRole.body).toMatchObject({
      error: { code: "VALIDATION_FAILED", details: [{ path: "role" }] },
    });
    const body = { user_ids: [learner.id], action: "deactivate" };
    expect((await bulk(await jwtFor(learner.id), body)).status).toBe(403);
    expect((await bulk(undefined, body)).status).toBe(401);
    expect((await db.user.findUniqueOrThrow({ where: { id: learner.id } })).status).toBe("ACTIVE");
  });
});
