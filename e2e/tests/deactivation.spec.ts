import {
  apiToken,
  apiUrl,
  currentSession,
  demoPassword,
  expect,
  signInAs,
  test,
} from "../support/fixtures";
import { createPerson, northwindAdmin } from "../support/people";

test.describe("deactivation", () => {
  test("a deactivated user is thrown out at their next request and cannot sign in again", async ({
    page,
    request,
  }) => {
    const learner = await createPerson({
      organization: "northwind",
      firstName: "Dora",
      lastName: "Parted",
    });
    await signInAs(page, learner.email);
    await page.goto("/profile");
    await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();

    // The organization admin deactivates (soft-deletes) the account while the learner is on a page.
    const deactivated = await request.delete(`${apiUrl()}/users/${learner.id}`, {
      headers: { Authorization: `Bearer ${await apiToken(northwindAdmin)}` },
    });
    expect(deactivated.status(), await deactivated.text()).toBe(200);

    // The page is still open: the next thing the learner does is refused, and they land on the
    // sign-in page rather than in front of an error.
    await page.getByLabel("City", { exact: true }).fill("Nowhere");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in");
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe("/profile");
    // The ended session's cookie is gone, not merely ignored.
    expect(await currentSession(page)).toEqual({});

    // Every other page sends them there too, and their old session cookie opens nothing.
    await page.goto("/");
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in");
    const ownProfile = await page.request.get("/api/trpc/profile.get");
    expect(ownProfile.status()).toBe(401);

    // Signing in again is refused, with the page's message.
    await page.getByLabel("Email", { exact: true }).fill(learner.email);
    await page.getByLabel("Password", { exact: true }).fill(demoPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    // (Next's route announcer is an empty role="alert" too: look for the one that says something.)
    await expect(page.getByRole("alert").filter({ hasText: "not active" })).toBeVisible();
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in");
  });

  test("a reactivated user can sign in again", async ({ page, request }) => {
    const learner = await createPerson({
      organization: "northwind",
      firstName: "Rhea",
      lastName: "Turned",
    });
    const admin = { Authorization: `Bearer ${await apiToken(northwindAdmin)}` };
    expect((await request.delete(`${apiUrl()}/users/${learner.id}`, { headers: admin })).ok()).toBe(
      true,
    );
    const reactivated = await request.post(`${apiUrl()}/users/${learner.id}/reactivate`, {
      headers: admin,
    });
    expect(reactivated.ok(), await reactivated.text()).toBe(true);

    await signInAs(page, learner.email);
    await page.goto("/");
    await expect(page.getByText("Rhea Turned").first()).toBeVisible();
  });
});
