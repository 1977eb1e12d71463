import {
  currentSession,
  demoPassword,
  expect,
  expectAccessible,
  expectAccessibleInHighContrast,
  signInAs,
  test,
} from "../support/fixtures";

const ada = { email: "ada.lovelace@northwind.example.com", name: "Ada Lovelace" };

test.describe("sign-in", () => {
  test("a learner signs in through the form and sees her name", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email", { exact: true }).fill(ada.email);
    await page.getByLabel("Password", { exact: true }).fill(demoPassword);
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page).toHaveURL((url) => url.pathname === "/");
    await expect(page.getByText(ada.name).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });

  test("a wrong password is refused with a message, on the sign-in page", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email", { exact: true }).fill(ada.email);
    await page.getByLabel("Password", { exact: true }).fill("not-her-password");
    await page.getByRole("button", { name: "Sign in" }).click();

    // (Next's route announcer is an empty role="alert" too: look for the one that says something.)
    await expect(
      page
        .getByRole("alert")
        .filter({ hasText: /password|e-?mail|credentials|incorrect|invalid|wrong/i })
        .first(),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  });

  test("the sign-in page passes axe in both themes", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await expectAccessible(page);
    await expectAccessibleInHighContrast(page);
  });

  test("a protected page sends a signed-out visitor to sign in, and back after", async ({
    page,
  }) => {
    await page.goto("/account/password");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    const callbackUrl = new URL(page.url()).searchParams.get("callbackUrl") ?? "";
    expect(callbackUrl).toContain("/account/password");

    await page.getByLabel("Email", { exact: true }).fill(ada.email);
    await page.getByLabel("Password", { exact: true }).fill(demoPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/account/password");
  });

  test("the request fixture signs in", async ({ page }) => {
    await signInAs(page, ada.email);
    await page.goto("/");
    await expect(page.getByText(ada.name).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });

  test("signing out ends the session", async ({ page }) => {
    await signInAs(page, ada.email);
    await page.goto("/");
    await page.getByRole("button", { name: "Sign out" }).click();

    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
    expect(await currentSession(page)).toEqual({});
    await page.goto("/account/password");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
