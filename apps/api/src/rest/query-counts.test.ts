import { createPrismaClient } from "@ums/db";
import {
  createActivity,
  createApiKey,
  createGoal,
  createInvitation,
  createLearningEvent,
  createOrganization,
  createSkill,
  createTestDatabase,
  createUser,
  createUserWithDetails,
} from "@ums/db/testing";
import { afterAll, describe, expect, it } from "vitest";

import { createResponseValidator, jwtFor, startTestServer } from "./testing";

/**
 * No N+1 over REST: each contract endpoint sends the same number of SQL statements whether its
 * user has 1 skill, goal, activity, event and invitation or 50 of each, and whether a list holds
 * 5 rows or 100; and that number stays under a stated bound. Statements are counted at the
 * driver (transaction control included), authentication and rate limiting included, through the
 * real server. Not timed: counts are what a shared machine can assert.
 */

const { url } = await createTestDatabase();
const statements: string[] = [];
const db = createPrismaClient(url, {
  maxConnections: 3,
  onQuery: (sql) => statements.push(sql),
});
const validate = createResponseValidator();
const server = await startTestServer(db);
afterAll(async () => {
  await server.close();
  await db.$disconnect();
});

/**
 * A learner of their own organization with `n` of every relation (skills, goals, activities,
 * learning events, invitations), an admin with `n` activities, 2n + 1 more users and an API key.
 */
async function setting(n: number) {
  const organization = await createOrganization(db);
  const organization_id = organization.id;
  const admin = await createUserWithDetails(db, { organization_id, role: "ORG_ADMIN" });
  const learner = await createUserWithDetails(db, { organization_id });
  const { key } = await createApiKey(db, { organization_id, scopes: ["stats:write"] });
  const others = [];
  for (let i = 0; i < n; i += 1) {
    await createSkill(db, { user_id: learner.id, skill_name: `Skill ${i}` });
    await createGoal(db, { user_id: learner.id, title: `Goal ${i}` });
    await createActivity(db, { user_id: learner.id });
    await createActivity(db, { user_id: admin.id, actor_id: admin.id });
    await createLearningEvent(db, { user_id: learner.id, event_id: `seed-${n}-${i}` });
    await createInvitation(db, { organization_id, invited_by: admin.id, user_id: learner.id });
  }
  // The organization's users: 5 with n = 1, 103 (more than a page of 100) with n = 50.
  for (let i = 0; i < 2 * n + 1; i += 1) others.push(await createUser(db, { organization_id }));
  return {
    learner,
    others,
    learnerToken: await jwtFor(learner.id),
    adminToken: await jwtFor(admin.id),
    key,
  };
}
type Setting = Awaited<ReturnType<typeof setting>>;

interface Endpoint {
  method: "GET" | "PUT" | "POST";
  template: string;
  /** what `statementBounds` calls it, when not "method template" */
  name?: string;
  /** the path, body and bearer token of one call in `world` */
  call: (world: Setting) => { path: string; token: string; body?: unknown };
}

const learningEvents = (world: Setting, batch: string) =>
  [world.learner, ...world.others].map((user, i) => ({
    event_id: `${batch}-${i}`,
    user_id: user.id,
    event_type: "LEARNING_TIME",
    minutes: 5,
    occurred_at: new Date().toISOString(),
  }));

let putCount = 0;
const endpoints: Endpoint[] = [
  // The learner's own resources.
  ...[
    "/users/profile",
    "/users/profile/preferences",
    "/users/profile/skills",
    "/users/profile/goals",
    "/users/profile/stats",
    "/users/profile/stats/history",
    "/users/profile/activities",
  ].map((path): Endpoint => ({
    method: "GET",
    template: path,
    call: (world) => ({ path, token: world.learnerToken }),
  })),
  {
    method: "PUT",
    template: "/users/profile",
    call: (world) => ({
      path: "/users/profile",
      token: world.learnerToken,
      body: { first_name: `Renamed${(putCount += 1)}`, profile: { bio: `Bio ${putCount}` } },
    }),
  },
  {
    method: "PUT",
    template: "/users/profile/preferences",
    call: (world) => ({
      path: "/users/profile/preferences",
      token: world.learnerToken,
      body: { daily_study_goal: 20 + (putCount += 1) },
    }),
  },
  // An admin reading and changing a user of their organization.
  ...[
    "/users/{user_id}",
    "/users/{user_id}/profile",
    "/users/{user_id}/skills",
    "/users/{user_id}/goals",
    "/users/{user_id}/stats",
  ].map((template): Endpoint => ({
    method: "GET",
    template,
    call: (world) => ({
      path: template.replace("{user_id}", world.learner.id),
      token: world.adminToken,
    }),
  })),
  {
    method: "PUT",
    template: "/users/{user_id}",
    call: (world) => ({
      path: `/users/${world.learner.id}`,
      token: world.adminToken,
      body: { last_name: `Renamed${(putCount += 1)}` },
    }),
  },
  // Lists over the organization: 2n + 3 users, n invitations, 2n activities.
  ...["/users?limit=100&include_total=true", "/invitations?limit=100", "/activities?limit=100"].map(
    (path): Endpoint => ({
      method: "GET",
      template: path.split("?")[0] ?? path,
      call: (world) => ({ path, token: world.adminToken }),
    }),
  ),
  // A searched list (searchedPage): up to two walks in order, the matches by trigram, the walk
  // past the match cap; the same steps for 5 users or 103.
  {
    method: "GET",
    template: "/users",
    name: "GET /users?search",
    call: (world) => ({
      path: "/users?limit=100&include_total=true&search=user&sort=last_name&order=asc",
      token: world.adminToken,
    }),
  },
  // A batch of one event per learner and other user: 4 or 102 events.
  {
    method: "POST",
    template: "/learning-events",
    call: (world) => ({
      path: "/learning-events",
      token: world.key,
      body: { events: learningEvents(world, `batch-${(putCount += 1)}`) },
    }),
  },
];

/** The statements one call sends, after checking its response against the OpenAPI document. */
async function statementsOf(endpoint: Endpoint, world: Setting) {
  const { path, token, body } = endpoint.call(world);
  statements.length = 0;
  const response = await fetch(`${server.baseUrl}${path}`, {
    method: endpoint.method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json: unknown = await response.json();
  expect(response.status, JSON.stringify(json)).toBeLessThan(300);
  validate(endpoint.method, endpoint.template, response.status, json);
  return [...statements];
}

/**
 * The most statements each endpoint may send, authentication included (1: the caller's row).
 * A Prisma read loads its relations in the same statement (relationJoins, see schema.prisma);
 * writes add BEGIN, a row lock, the activity record and COMMIT. `GET /users/{user_id}` is read
 * without Prisma (directSql): the user with its one-row relations, then its four lists at once.
 */
const statementBounds: Record<string, number> = {
  "GET /users/profile": 2,
  "GET /users/profile/preferences": 2,
  "GET /users/profile/skills": 2,
  "GET /users/profile/goals": 2,
  "GET /users/profile/stats": 4,
  "GET /users/profile/stats/history": 2,
  "GET /users/profile/activities": 3,
  "PUT /users/profile": 9,
  "PUT /users/profile/preferences": 8,
  "GET /users/{user_id}": 6,
  "GET /users/{user_id}/profile": 2,
  "GET /users/{user_id}/skills": 3,
  "GET /users/{user_id}/goals": 3,
  "GET /users/{user_id}/stats": 5,
  "PUT /users/{user_id}": 7,
  "GET /users": 4,
  // At most: 4 statements to find the page, its people, the count, the caller.
  "GET /users?search": 7,
  "GET /invitations": 2,
  "GET /activities": 3,
  // Without goals to move; a batch that moves automatic goals adds one UPDATE for all of them and
  // one INSERT for the completions' activity records (@ums/api's goals/auto-progress.test.ts).
  "POST /learning-events": 10,
};

describe("statements per REST request", async () => {
  const few = await setting(1);
  const many = await setting(50);
  // The server's first request may do one-time work (connections, caches): not counted.
  for (const endpoint of endpoints.slice(0, 1)) await statementsOf(endpoint, few);

  it.each(
    endpoints.map((endpoint) => ({
      name: endpoint.name ?? `${endpoint.method} ${endpoint.template}`,
      endpoint,
    })),
  )("$name: the same count with 1 or 50 of each relation", async ({ name, endpoint }) => {
    const small = await statementsOf(endpoint, few);
    const large = await statementsOf(endpoint, many);
    expect(large.length, large.join("\n")).toBe(small.length);
    expect(small.length, small.join("\n")).toBeLessThanOrEqual(statementBounds[name] ?? 0);
    // SHOW_STATEMENTS=1 prints each endpoint's statements, to see where a count comes from.
    if (process.env.SHOW_STATEMENTS !== undefined) {
      const lines = small.map((sql) => `  ${sql.replace(/\s+/g, " ").slice(0, 160)}`);
      console.log([`${name}: ${small.length}`, ...lines].join("\n"));
    }
  });
});
