import { expect, type APIRequestContext } from "@playwright/test";
import { createPrismaClient } from "@ums/db";

import { apiToken, apiUrl } from "./fixtures";
import { runtime } from "./runtime";

/** The demo organization admin whose organization the fresh learners join, and who makes keys. */
export const demoAdminEmail = "olivia.chen@northwind.example.com";

/**
 * A learner of its own for a test, in the demo admin's organization, signing in with the demo
 * password: the admin's password hash is copied (argon2id, salted), so no hashing library is
 * needed here. Time zone UTC; a weekly study goal of 5 hours.
 */
export async function createFreshLearner(name: string): Promise<{ id: string; email: string }> {
  const db = createPrismaClient(runtime().databaseUrl, { maxConnections: 1 });
  try {
    const admin = await db.user.findUniqueOrThrow({
      where: { email: demoAdminEmail },
      select: { organization_id: true, credential: { select: { password_hash: true } } },
    });
    if (admin.credential === null) throw new Error(`${demoAdminEmail} has no password`);
    const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    const email = `${name.toLowerCase()}.${stamp}@northwind.example.com`;
    const user = await db.user.create({
      data: {
        email,
        username: `${name.toLowerCase()}.${stamp}`,
        first_name: name,
        last_name: "Tester",
        role: "LEARNER",
        status: "ACTIVE",
        organization_id: admin.organization_id,
        profile: { create: { timezone: "UTC" } },
        learning_preferences: { create: { weekly_study_goal: 300 } },
        credential: { create: { password_hash: admin.credential.password_hash } },
      },
      select: { id: true, email: true },
    });
    return user;
  } finally {
    await db.$disconnect();
  }
}

/** A new API key of the demo admin's organization with `stats:write`, made through the REST API. */
export async function createStatsWriteKey(request: APIRequestContext): Promise<string> {
  const response = await request.post(`${apiUrl()}/api-keys`, {
    headers: { Authorization: `Bearer ${await apiToken(demoAdminEmail)}` },
    data: { name: `e2e statistics ${Date.now()}`, scopes: ["stats:write"] },
  });
  expect(response.status(), await response.text()).toBe(201);
  const { key } = (await response.json()) as { key: string };
  return key;
}

/** Reports learning events with `key` (`POST /learning-events`); expects all of them recorded. */
export async function postLearningEvents(
  request: APIRequestContext,
  key: string,
  events: Record<string, unknown>[],
): Promise<void> {
  const response = await request.post(`${apiUrl()}/learning-events`, {
    headers: { Authorization: `Bearer ${key}` },
    data: { events },
  });
  expect(response.status(), await response.text()).toBe(200);
  expect(await response.json()).toMatchObject({ recorded: events.length, duplicates: 0 });
}
