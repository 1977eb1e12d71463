import type { Browser, Page } from "@playwright/test";

import {
  expect,
  expectAccessibleInBothThemes,
  notifications,
  revealAfterLoad,
  signInAs,
  test,
  webUrl,
} from "../support/fixtures";
import { createPerson, type Person } from "../support/people";
import { chooseOption } from "../support/select";

/** A page of its own browser context, signed in as `person`. */
async function pageOf(browser: Browser, person: Person): Promise<Page> {
  const context = await browser.newContext({ baseURL: webUrl() });
  const page = revealAfterLoad(await context.newPage());
  await signInAs(page, person.email);
  return page;
}

/** The owner changes visibility and the e-mail switch on /profile, and saves. */
async function setPrivacy(
  page: Page,
  visibility: "Public" | "Organization" | "Private",
  showEmail: boolean,
) {
  await page.goto("/profile");
  await chooseOption(page.getByRole("combobox", { name: "Profile visibility" }), visibility);
  const emailSwitch = page.getByRole("switch", { name: "Show my e-mail address" });
  if ((await emailSwitch.getAttribute("aria-checked")) !== String(showEmail)) {
    await emailSwitch.click();
  }
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(notifications(page).getByText("Profile saved")).toBeVisible();
}

/** What `viewer` sees at /people/<owner>: the card (its e-mail row) or the not-found page. */
async function expectCard(viewer: Page, owner: Person, email: string) {
  const response = await viewer.goto(`/people/${owner.id}`);
  expect(response?.status()).toBe(200);
  await expect(viewer.getByRole("heading", { level: 1, name: owner.name })).toBeVisible();
  await expect(viewer.getByTestId("profile-email")).toContainText(email);
  // The phone number is never shown: the owner keeps show-phone off.
  await expect(viewer.getByTestId("profile-phone")).toContainText("Not shown");
  await expect(viewer.getByText("+44 20 7946 0123")).toHaveCount(0);
}

async function expectNotFound(viewer: Page, owner: Person) {
  const response = await viewer.goto(`/people/${owner.id}`);
  expect(response?.status()).toBe(404);
  await expect(viewer.getByRole("heading", { level: 1, name: "Profile not found" })).toBeVisible();
  await expect(viewer.getByText(owner.name)).toHaveCount(0);
  await expect(viewer.getByText(owner.email)).toHaveCount(0);
}

test.describe("privacy", () => {
  test("another person sees exactly what the owner's privacy settings allow", async ({
    browser,
  }) => {
    test.slow();
    const owner = await createPerson({
      organization: "northwind",
      firstName: "Priya",
      phone: "+442079460123",
      bio: "Graph theory and good coffee.",
    });
    const colleague = await createPerson({ organization: "northwind", firstName: "Colin" });
    const instructor = await createPerson({
      organization: "northwind",
      firstName: "Ines",
      role: "INSTRUCTOR",
    });
    const outsider = await createPerson({ organization: "globex", firstName: "Olga" });
    const ownerPage = await pageOf(browser, owner);
    const colleaguePage = await pageOf(browser, colleague);
    const instructorPage = await pageOf(browser, instructor);
    const outsiderPage = await pageOf(browser, outsider);

    // The preview follows the form before anything is saved.
    await ownerPage.goto("/profile");
    const preview = ownerPage.getByTestId("privacy-preview");
    const insideView = preview.getByRole("region", { name: "A member of your organization" });
    const outsideView = preview.getByRole("region", { name: "Someone outside your organization" });
    await expect(insideView).toContainText(owner.name);
    await expect(insideView.getByTestId("profile-email")).toContainText("Not shown");
    await expect(outsideView).toContainText("Sees no profile");
    await ownerPage.getByRole("switch", { name: "Show my e-mail address" }).click();
    await expect(insideView.getByTestId("profile-email")).toContainText(owner.email);
    await chooseOption(ownerPage.getByRole("combobox", { name: "Profile visibility" }), "Public");
    await expect(outsideView.getByTestId("profile-email")).toContainText(owner.email);
    await expectAccessibleInBothThemes(ownerPage);

    // PUBLIC, e-mail shown: everyone signed in sees the card with the e-mail.
    await setPrivacy(ownerPage, "Public", true);
    await expectCard(colleaguePage, owner, owner.email);
    await expect(colleaguePage.getByText("Graph theory and good coffee.")).toBeVisible();
    // A learner may not read another person's skills; an instructor of the organization may.
    await expect(colleaguePage.getByRole("heading", { name: "Skills", exact: true })).toHaveCount(
      0,
    );
    await expectAccessibleInBothThemes(colleaguePage);
    await expectCard(outsiderPage, owner, owner.email);
    await instructorPage.goto(`/people/${owner.id}`);
    await expect(
      instructorPage.getByRole("heading", { name: "Skills", exact: true }),
    ).toBeVisible();
    await expect(instructorPage.getByText("No skills yet")).toBeVisible();
    await expectAccessibleInBothThemes(instructorPage);

    // ORGANIZATION, e-mail hidden: the organization sees the card without it; outside, nothing.
    await setPrivacy(ownerPage, "Organization", false);
    await expectCard(colleaguePage, owner, "Not shown");
    await expect(colleaguePage.getByText(owner.email)).toHaveCount(0);
    await expectNotFound(outsiderPage, owner);
    await expectAccessibleInBothThemes(outsiderPage);

    // PRIVATE: nobody else sees it, exactly as for an unknown person.
    await setPrivacy(ownerPage, "Private", true);
    await expectNotFound(colleaguePage, owner);
    await expectNotFound(outsiderPage, owner);
    expect(
      (await colleaguePage.goto("/people/00000000-0000-4000-8000-000000000000"))?.status(),
    ).toBe(404);
    expect((await colleaguePage.goto("/people/not-an-id"))?.status()).toBe(404);

    // The owner's own link shows the profile as the organization sees it: here, not at all.
    await ownerPage.goto("/profile");
    await ownerPage.getByRole("link", { name: "See how others see your profile" }).click();
    await expect(ownerPage).toHaveURL(new RegExp(`/people/${owner.id}$`));
    await expect(
      ownerPage.getByText(/they see no profile at all, because it is private/),
    ).toBeVisible();
    await expectAccessibleInBothThemes(ownerPage);
  });
});
