import { createLearningEvent, createTestDatabase, createUserWithDetails } from "@ums/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createResponseValidator, jwtFor, startTestServer } from "./testing";

/**
 * The learning history over REST: query parameters, the OpenAPI document's response shape,
 * validation of the range, and the organization boundary of the admins' endpoint.
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

async function get(path: string, template: string, token: string) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as Record<string, unknown>;
  validate("GET", template, response.status, body);
  return { status: response.status, body };
}

describe("GET /users/profile/stats/history and /users/{user_id}/stats/history", () => {
  it("answers per day and per week, refuses a bad range, and hides other organizations' users", async () => {
    const learner = await createUserWithDetails(db);
    const admin = await createUserWithDetails(db, {
      organization_id: learner.organization_id,
      role: "ORG_ADMIN",
    });
    const otherAdmin = await createUserWithDetails(db, { role: "ORG_ADMIN" });
    await createLearningEvent(db, {
      user_id: learner.id,
      minutes: 35,
      occurred_at: new Date("2026-11-03T12:00:00Z"),
    });

    const own = await get(
      "/users/profile/stats/history?from=2026-11-02&to=2026-11-04",
      "/users/profile/stats/history",
      await jwtFor(learner.id),
    );
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      user_id: learner.id,
      from: "2026-11-02",
      to: "2026-11-04",
      total: { learning_time: 35 },
      days: [
        { date: "2026-11-02", learning_time: 0 },
        { date: "2026-11-03", learning_time: 35 },
        { date: "2026-11-04", learning_time: 0 },
      ],
      weeks: [{ week_start: "2026-11-02", learning_time: 35 }],
    });

    const weeks = await get(
      "/users/profile/stats/history?weeks=3",
      "/users/profile/stats/history",
      await jwtFor(learner.id),
    );
    expect(weeks.status).toBe(200);
    expect(weeks.body.weeks).toHaveLength(3);

    const inverted = await get(
      "/users/profile/stats/history?from=2026-11-04&to=2026-11-02",
      "/users/profile/stats/history",
      await jwtFor(learner.id),
    );
    expect(inverted.status).toBe(400);
    expect(inverted.body).toMatchObject({
      error: { code: "VALIDATION_FAILED", details: [{ path: "from" }] },
    });

    const byAdmin = await get(
      `/users/${learner.id}/stats/history?from=2026-11-03&to=2026-11-03`,
      "/users/{user_id}/stats/history",
      await jwtFor(admin.id),
    );
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body).toMatchObject({ user_id: learner.id, total: { learning_time: 35 } });

    const elsewhere = await get(
      `/users/${learner.id}/stats/history?weeks=1`,
      "/users/{user_id}/stats/history",
      await jwtFor(otherAdmin.id),
    );
    expect(elsewhere.status).toBe(404);
  });
});
