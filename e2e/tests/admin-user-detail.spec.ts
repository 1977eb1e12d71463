import type { Page } from "@playwright/test";
import { createPrismaClient } from "@ums/db";

import {
  currentSession,
  demoPassword,
  expect,
  expectAccessible,
  signInAs,
  test,
  webUrl,
} from "../support/fixtures";
import { createPerson, northwindAdmin } from "../support/people";
import { runtime } from "../support/runtime";
import { openSelect } from "../support/select";

/** A self-assessed skill of `userId` whose owner asked for a verification, straight in the database. */
async function addRequestedSkill(userId: string, skillName: string): Promise<void> {
  const db = createPrismaClient(runtime().databaseUrl, { maxConnections: 1 });
  try {
    await db.userSkill.create({
      data: {
        user_id: userId,
        skill_name: skillName,
        skill_category: "Databases",
        proficiency_level: "INTERMEDIATE",
        verification_requested_at: new Date(),
      },
    });
  } finally {
    await db.$disconnect();
  }
}

/** The admin user page's header badge (role or status). */
const badge = (page: Page, which: "user-role" | "user-status") => page.getByTestId(which);

/** Confirms the open confirmation dialog with its `label` button. */
async function confirm(page: Page, label: string): Promise<void> {
  const dialog = page.getByRole("alertdialog");
  await dialog.getByRole("button", { name: label, exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

/** Signs in through the form, as a person would; the page ends wherever the app sends them. */
async function signInWithForm(page: Page, email: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.describe("admin user detail", () => {
  test("an org admin reads every tab, edits names (a field error first), and verifies a skill", async ({
    page,
  }) => {
    test.slow();
    const person = await createPerson({ organization: "northwind", firstName: "Quinn" });
    await addRequestedSkill(person.id, "PostgreSQL");
    await signInAs(page, northwindAdmin);

    const response = await page.goto(`/admin/users/${person.id}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: person.name })).toBeVisible();
    await expect(page.getByText(person.email).first()).toBeVisible();
    await expect(badge(page, "user-role")).toHaveText("Learner");
    await expect(badge(page, "user-status")).toHaveText("Active");
    await expect(page.getByRole("region", { name: "Account" })).toBeVisible();
    await expectAccessible(page);

    // Every tab, its URL, its content, and axe on each.
    const tabs: [string, string, (page: Page) => Promise<void>][] = [
      [
        "Preferences",
        "preferences",
        (page) => expect(page.getByRole("region", { name: "Learning style" })).toBeVisible(),
      ],
      [
        "Statistics",
        "statistics",
        (page) => expect(page.getByRole("heading", { name: "Nothing to show yet" })).toBeVisible(),
      ],
      [
        "Skills",
        "skills",
        (page) =>
          expect(
            page.getByTestId("reviewable-skill").filter({ hasText: "PostgreSQL" }),
          ).toContainText("Verification requested"),
      ],
      [
        "Goals",
        "goals",
        (page) => expect(page.getByRole("heading", { name: "No goals yet" })).toBeVisible(),
      ],
      [
        "Invitations",
        "invitations",
        (page) => expect(page.getByRole("heading", { name: "No invitations" })).toBeVisible(),
      ],
      [
        "Activity",
        "activity",
        (page) =>
          expect(
            page.getByRole("link", { name: "See all of their activity, with filters" }),
          ).toHaveAttribute("href", `/admin/activity?user_id=${person.id}`),
      ],
      [
        "Profile",
        "",
        (page) => expect(page.getByRole("region", { name: "Private details" })).toBeVisible(),
      ],
    ];
    for (const [name, value, check] of tabs) {
      await page.getByRole("tab", { name }).click();
      await expect(page.getByRole("tab", { name })).toHaveAttribute("aria-selected", "true");
      await expect(page).toHaveURL((url) => (url.searchParams.get("tab") ?? "") === value);
      await check(page);
      await expectAccessible(page);
    }

    // A link to a tab opens it.
    await page.goto(`/admin/users/${person.id}?tab=skills`);
    await expect(page.getByRole("tab", { name: "Skills" })).toHaveAttribute(
      "aria-selected",
      "true",
    );

    // Edit the names: an empty first name is refused next to its field, then a good one saves.
    await page.getByRole("button", { name: "Edit user" }).click();
    const dialog = page.getByRole("dialog", { name: "Edit user" });
    await dialog.getByLabel("First name").fill("   ");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog.getByLabel("First name")).toHaveAttribute("aria-invalid", "true");
    await expect(dialog.getByText("Must not be empty.")).toBeVisible();
    await expect(dialog.getByLabel("First name")).toBeFocused();
    await expectAccessible(page);
    await dialog.getByLabel("First name").fill("Quincy");
    await dialog.getByLabel("Last name").fill("Edited");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1, name: "Quincy Edited" })).toBeVisible();

    // Verify the requested skill: the badge says so, and the request is answered.
    const skill = page.getByTestId("reviewable-skill").filter({ hasText: "PostgreSQL" });
    await skill.getByRole("button", { name: "Verify PostgreSQL" }).click();
    await expect(skill.getByText("Verified", { exact: true })).toBeVisible();
    await expect(skill).not.toContainText("Verification requested");
    await expect(skill.getByRole("button", { name: "Unverify PostgreSQL" })).toBeVisible();
    await page.reload();
    // Within the Skills tab as shown: while the reloaded page streams in, a second, hidden copy
    // of the panel can be in the document for a moment.
    await expect(
      page
        .getByRole("tabpanel", { name: "Skills" })
        .getByTestId("reviewable-skill")
        .filter({ hasText: "PostgreSQL" })
        .getByText("Verified", { exact: true }),
    ).toBeVisible();
    await expectAccessible(page);
  });

  test("a role change applies at the user's next page; deactivation throws their session out for good; reactivation lets them sign in anew", async ({
    page,
    browser,
  }) => {
    test.slow();
    const target = await createPerson({
      organization: "northwind",
      firstName: "Ravi",
      lastName: "Promoted",
      role: "INSTRUCTOR",
    });

    // The target is signed in, in a browser of their own.
    const theirContext = await browser.newContext({ baseURL: webUrl() });
    const theirs = await theirContext.newPage();
    await signInAs(theirs, target.email);
    await theirs.goto("/");
    await expect(theirs.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(theirs.getByRole("link", { name: "Admin", exact: true })).toHaveCount(0);

    // The admin makes them an organization administrator.
    await signInAs(page, northwindAdmin);
    await page.goto(`/admin/users/${target.id}`);
    await page.getByRole("button", { name: "Edit user" }).click();
    const dialog = page.getByRole("dialog", { name: "Edit user" });
    // An org admin is never offered the platform administrator role.
    const roles = await openSelect(dialog.getByRole("combobox", { name: "Role" }));
    await expect(roles.getByRole("option", { name: "Platform administrator" })).toHaveCount(0);
    await roles.getByRole("option", { name: "Organization administrator" }).click();
    await expect(roles).toBeHidden();
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(badge(page, "user-role")).toHaveText("Organization administrator");

    // Their very next page shows the new role's view: the Admin link, and the dashboard opens.
    await theirs.goto("/");
    await expect(theirs.getByRole("link", { name: "Admin", exact: true })).toBeVisible();
    expect((await theirs.goto("/admin"))?.status()).toBe(200);
    const oldSession = await theirContext.storageState();

    // The admin deactivates them, after confirming.
    await page.getByRole("button", { name: "Deactivate" }).click();
    await expectAccessible(page);
    await confirm(page, "Deactivate");
    await expect(badge(page, "user-status")).toHaveText("Deactivated");

    // Their next navigation lands on the sign-in page, and signing in is refused.
    await theirs.goto("/profile");
    await expect(theirs).toHaveURL((url) => url.pathname === "/sign-in");
    await signInWithForm(theirs, target.email);
    await expect(theirs.getByRole("alert").filter({ hasText: "not active" })).toBeVisible();
    await expect(theirs).toHaveURL((url) => url.pathname === "/sign-in");

    // The admin reactivates them.
    await page.getByRole("button", { name: "Reactivate" }).click();
    await confirm(page, "Reactivate");
    await expect(badge(page, "user-status")).toHaveText("Active");

    // The session from before the deactivation still opens nothing…
    const oldContext = await browser.newContext({ baseURL: webUrl(), storageState: oldSession });
    const old = await oldContext.newPage();
    await old.goto("/");
    await expect(old).toHaveURL((url) => url.pathname === "/sign-in");
    expect((await old.request.get("/api/trpc/profile.get")).status()).toBe(401);
    await oldContext.close();

    // …but signing in again works.
    await signInWithForm(theirs, target.email);
    await expect(theirs).toHaveURL((url) => url.pathname === "/");
    expect(Object.keys(await currentSession(theirs)).length).toBeGreaterThan(0);
    expect((await theirs.goto("/admin"))?.status()).toBe(200);
    await theirContext.close();
  });

  test("another organization's user, an unknown or malformed id, and /admin for a learner: the same 404 page", async ({
    page,
    browser,
  }) => {
    const outsider = await createPerson({ organization: "globex", firstName: "Gwen" });
    await signInAs(page, northwindAdmin);
    for (const id of [outsider.id, "00000000-0000-4000-8000-000000000000", "not-an-id"]) {
      const response = await page.goto(`/admin/users/${id}`);
      expect(response?.status(), id).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
      await expect(page.getByText(outsider.name)).toHaveCount(0);
      await expect(page.getByText(outsider.email)).toHaveCount(0);
    }
    await expectAccessible(page);

    const learner = await createPerson({ organization: "northwind", firstName: "Lena" });
    const learnerContext = await browser.newContext({ baseURL: webUrl() });
    const learnerPage = await learnerContext.newPage();
    await signInAs(learnerPage, learner.email);
    for (const path of ["/admin", `/admin/users/${learner.id}`]) {
      const response = await learnerPage.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(learnerPage.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
      await expect(learnerPage.getByTestId("admin-organization")).toHaveCount(0);
    }
    await expectAccessible(learnerPage);
    await learnerContext.close();
  });

  test("an instructor, e-mailed a verification request, verifies the skill on the person's page, even a private one", async ({
    page,
  }) => {
    const instructor = await createPerson({
      organization: "northwind",
      firstName: "Ines",
      role: "INSTRUCTOR",
    });
    const learner = await createPerson({
      organization: "northwind",
      firstName: "Petra",
      visibility: "PRIVATE",
    });
    await addRequestedSkill(learner.id, "SQLite");
    await signInAs(page, instructor.email);

    // The e-mail's link: /people/<id>. The profile is private, so only the skills show.
    expect((await page.goto(`/people/${learner.id}`))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "A private profile" })).toBeVisible();
    await expect(page.getByText(learner.name)).toHaveCount(0);
    const skill = page.getByTestId("reviewable-skill").filter({ hasText: "SQLite" });
    await expect(skill).toContainText("Verification requested");
    await expectAccessible(page);
    await skill.getByRole("button", { name: "Verify SQLite" }).click();
    await expect(skill.getByText("Verified", { exact: true })).toBeVisible();

    // A learner of the organization gets neither the skills nor the buttons.
    const colleague = await createPerson({ organization: "northwind", firstName: "Cole" });
    await signInAs(page, colleague.email);
    expect((await page.goto(`/people/${learner.id}`))?.status()).toBe(404);
    await expect(page.getByRole("button", { name: /Verify/ })).toHaveCount(0);
  });
});
