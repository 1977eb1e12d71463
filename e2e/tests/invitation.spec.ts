import {
  apiToken,
  apiUrl,
  currentSession,
  expect,
  expectAccessibleInBothThemes,
  revealAfterLoad,
  signInAs,
  test,
} from "../support/fixtures";

/** The invitation link's token, from what `POST /users` answers. */
interface CreatedUser {
  id: string;
  invitation: { invitation_url: string };
}

test.describe("invitation", () => {
  test("an invited person accepts the invitation and lands signed in", async ({
    page,
    request,
    browser,
    baseURL,
  }) => {
    // An ORG_ADMIN invites a new learner through the REST API.
    const email = `grace.${Date.now()}@northwind.example.com`;
    const token = await apiToken("olivia.chen@northwind.example.com");
    const created = await request.post(`${apiUrl()}/users`, {
      headers: { Authorization: `Bearer ${token}` },
      data: { email, first_name: "Grace", last_name: "Hopper", role: "LEARNER" },
    });
    expect(created.status(), await created.text()).toBe(201);
    const body = (await created.json()) as CreatedUser;
    const link = new URL(body.invitation.invitation_url);
    const invitationToken = link.pathname.replace(/^\/invite\//, "");
    expect(invitationToken).not.toBe("");

    // The invitee opens the link, sees what they are invited to, and sets a password.
    await page.goto(`/invite/${invitationToken}`);
    await expect(page.getByText("Northwind Academy").first()).toBeVisible();
    await expect(page.getByText(/learner/i).first()).toBeVisible();
    await expectAccessibleInBothThemes(page);
    const password = "Grace-e2e-password-2026";
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByLabel("Confirm password", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Accept invitation" }).click();

    await expect(page).toHaveURL((url) => url.pathname === "/");
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.getByText("Grace Hopper").first()).toBeVisible();
    await expectAccessibleInBothThemes(page);
    expect(Object.keys(await currentSession(page))).not.toHaveLength(0);

    // The password they chose is theirs from now on.
    const elsewhere = await browser.newContext({ baseURL });
    try {
      await signInAs(revealAfterLoad(await elsewhere.newPage()), email, password);
    } finally {
      await elsewhere.close();
    }
  });
});
