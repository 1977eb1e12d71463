import type { APIResponse, Page } from "@playwright/test";

import { apiToken, apiUrl, expect, expectAccessible, signInAs, test } from "../support/fixtures";
import { createPerson, globexAdmin, northwindAdmin } from "../support/people";

/** A tRPC query through the web app's endpoint, as the page's signed-in user. */
function trpcQuery(page: Page, path: string, input: unknown): Promise<APIResponse> {
  const query = new URLSearchParams({ input: JSON.stringify(input) });
  return page.request.get(`/api/trpc/${path}?${query.toString()}`);
}

/** A tRPC mutation through the web app's endpoint, as the page's signed-in user. */
function trpcMutation(page: Page, path: string, input: unknown): Promise<APIResponse> {
  return page.request.post(`/api/trpc/${path}`, { data: input });
}

test.describe("organization isolation", () => {
  test("an organization admin reaches no user, invitation or activity of another organization", async ({
    page,
    request,
  }) => {
    // Organization B (Globex): a person its admin has just renamed (so there is activity about
    // them, by an actor) and a pending invitation.
    const outsider = await createPerson({
      organization: "globex",
      firstName: "Wanda",
      lastName: `Elsewhere${Date.now().toString(36)}`,
    });
    const globex = { Authorization: `Bearer ${await apiToken(globexAdmin)}` };
    const renamed = await request.put(`${apiUrl()}/users/${outsider.id}`, {
      headers: globex,
      data: { first_name: "Wendy" },
    });
    expect(renamed.status(), await renamed.text()).toBe(200);
    const globexId = ((await renamed.json()) as { organization_id: string }).organization_id;
    const invitedEmail = `isolated.${Date.now().toString(36)}@globex.example.com`;
    const invited = await request.post(`${apiUrl()}/invitations`, {
      headers: globex,
      data: { email: invitedEmail, role: "LEARNER" },
    });
    expect(invited.status(), await invited.text()).toBe(201);
    const invitationId = ((await invited.json()) as { invitation: { id: string } }).invitation.id;

    // Organization A's admin (Northwind), in the dashboard.
    await signInAs(page, northwindAdmin);

    // By URL: the detail page of B's user is the same 404 as an unknown id; the lists show nothing of B.
    const detail = await page.goto(`/admin/users/${outsider.id}`);
    expect(detail?.status()).toBe(404);
    await expect(page.getByText(outsider.lastName)).toHaveCount(0);
    await expectAccessible(page);

    // (The empty states repeat the search typed, so what counts is that no row names them.)
    await page.goto(`/admin/users?search=${encodeURIComponent(outsider.lastName)}`);
    await expect(page.getByRole("heading", { name: "No users match these filters" })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: outsider.lastName })).toHaveCount(0);

    await page.goto(`/admin/invitations?search=${encodeURIComponent(invitedEmail)}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(/^No invitation matches/)).toBeVisible();
    await expect(page.getByRole("cell", { name: invitedEmail, exact: true })).toHaveCount(0);

    await page.goto(`/admin/activity?user_id=${outsider.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(outsider.lastName)).toHaveCount(0);
    await expect(page.getByText("Wendy")).toHaveCount(0);

    // By editing requests: every read and change naming B's records is 404, like an unknown id,
    // and naming B as the organization is refused too.
    const refusals: [string, Promise<APIResponse>][] = [
      ["users.get", trpcQuery(page, "users.get", { user_id: outsider.id })],
      ["stats.ofUser", trpcQuery(page, "stats.ofUser", { user_id: outsider.id })],
      ["goals.ofUser", trpcQuery(page, "goals.ofUser", { user_id: outsider.id })],
      [
        "users.update",
        trpcMutation(page, "users.update", { user_id: outsider.id, first_name: "Hacked" }),
      ],
      ["users.deactivate", trpcMutation(page, "users.deactivate", { user_id: outsider.id })],
      [
        "invitations.revoke",
        trpcMutation(page, "invitations.revoke", { invitation_id: invitationId }),
      ],
      [
        "invitations.resend",
        trpcMutation(page, "invitations.resend", { invitation_id: invitationId }),
      ],
      ["activities.list of B", trpcQuery(page, "activities.list", { organization_id: globexId })],
      ["invitations.list of B", trpcQuery(page, "invitations.list", { organization_id: globexId })],
      ["users.list of B", trpcQuery(page, "users.list", { organization_id: globexId })],
    ];
    for (const [what, pending] of refusals) {
      const response = await pending;
      expect(response.status(), `${what}: ${await response.text()}`).toBe(404);
    }

    // Filtering A's own log by B's user finds nothing.
    const filtered = await trpcQuery(page, "activities.list", { user_id: outsider.id });
    expect(filtered.status()).toBe(200);
    expect(
      ((await filtered.json()) as { result: { data: { items: unknown[] } } }).result.data.items,
    ).toEqual([]);

    // Nothing of B changed.
    const after = await request.get(`${apiUrl()}/users/${outsider.id}`, { headers: globex });
    expect(await after.json()).toMatchObject({
      first_name: "Wendy",
      status: "ACTIVE",
      invitations: [],
    });
    const invitations = await request.get(
      `${apiUrl()}/invitations?search=${encodeURIComponent(invitedEmail)}`,
      { headers: globex },
    );
    expect(await invitations.json()).toMatchObject({
      items: [{ id: invitationId, status: "PENDING" }],
    });
  });
});
