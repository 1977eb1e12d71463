import type { APIRequestContext } from "@playwright/test";

import { apiToken, apiUrl, expect } from "./fixtures";

/** The demo organization admin who invites the test's own people (packages/db demo data). */
export const northwindAdmin = "olivia.chen@northwind.example.com";

/** A person the test created, signed up and ACTIVE, with the password they chose. */
export interface TestAccount {
  id: string;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

/**
 * A new ACTIVE learner of the admin's organization, made the way people join: the admin invites
 * them through the REST API (`POST /users`) and they accept the link (`POST /invitations/accept`).
 * For tests that change the account in ways other tests must not see (deactivate it, say).
 */
export async function createActiveLearner(
  request: APIRequestContext,
  { admin = northwindAdmin, firstName = "Test", lastName = "Learner" } = {},
): Promise<TestAccount> {
  const unique = `${Date.now()}.${Math.random().toString(36).slice(2, 8)}`;
  const email = `e2e.${unique}@${admin.split("@")[1] ?? "northwind.example.com"}`;
  const password = `E2e-password-${unique}`;

  const created = await request.post(`${apiUrl()}/users`, {
    headers: { Authorization: `Bearer ${await apiToken(admin)}` },
    data: { email, first_name: firstName, last_name: lastName, role: "LEARNER" },
  });
  expect(created.status(), await created.text()).toBe(201);
  const body = (await created.json()) as { id: string; invitation: { invitation_url: string } };
  const token = new URL(body.invitation.invitation_url).pathname.replace(/^\/invite\//, "");

  const accepted = await request.post(`${apiUrl()}/invitations/accept`, {
    data: { token, password },
  });
  expect(accepted.ok(), await accepted.text()).toBe(true);
  return { id: body.id, email, password, firstName, lastName };
}
