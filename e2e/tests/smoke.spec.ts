import { apiUrl, expect, expectAccessibleInBothThemes, test } from "../support/fixtures";

test.describe("smoke", () => {
  test("the web app answers /health", async ({ request }) => {
    const response = await request.get("/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });

  test("the API answers /health", async ({ request }) => {
    const response = await request.get(`${apiUrl()}/health`);
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });

  test("the home page renders", async ({ page }) => {
    // Signed out, "/" may show the sign-in page instead; either way a page of the product renders.
    const response = await page.goto("/");
    expect(response?.ok()).toBe(true);
    await expect(page).toHaveTitle(/\S/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("an address that is no page answers 404 with a page that leads home", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
    await expectAccessibleInBothThemes(page);
  });
});
