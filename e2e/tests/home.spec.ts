import { expect, expectAccessibleInBothThemes, signInAs, test } from "../support/fixtures";
import { createPerson } from "../support/people";

test.describe("home", () => {
  test("a learner's home page sums up their week, goals and skills, and leads to each page", async ({
    page,
  }) => {
    await signInAs(page, "ada.lovelace@northwind.example.com");
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: /^Welcome, / })).toBeVisible();
    for (const card of ["This week", "Active goals", "Skills", "Your profile"]) {
      await expect(page.getByRole("region", { name: card })).toBeVisible();
    }
    // Nothing of the platform as a whole (how many users, organizations) is shown to a learner.
    await expect(page.getByText(/\d+ users?\b/)).toHaveCount(0);
    await expectAccessibleInBothThemes(page);

    await page.getByRole("link", { name: "All your statistics" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/statistics");
    await expect(page.getByRole("link", { name: "Statistics", exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
  });

  test("a new learner's home page shows how to begin, not zeros and empty lists", async ({
    page,
  }) => {
    const learner = await createPerson({
      organization: "northwind",
      firstName: "Nova",
      lastName: "Start",
    });
    await signInAs(page, learner.email);
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "No active goals" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Set a goal" })).toHaveAttribute("href", "/goals");
    await expect(page.getByRole("heading", { name: "No skills yet" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Add a skill" })).toHaveAttribute(
      "href",
      "/skills",
    );
    await expectAccessibleInBothThemes(page);
  });
});
