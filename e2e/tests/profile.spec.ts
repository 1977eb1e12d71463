import {
  expect,
  expectAccessibleInBothThemes,
  notifications,
  signInAs,
  test,
} from "../support/fixtures";

const grace = { email: "grace.hopper@northwind.example.com" };

test.describe("profile", () => {
  test("a learner edits her profile, sees it kept, and a wrong website refused", async ({
    page,
  }) => {
    await signInAs(page, grace.email);
    await page.goto("/profile");
    await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Profile", exact: true })).toBeVisible();

    // The selects and the time-zone combobox stay closed while axe looks at the page.
    await expectAccessibleInBothThemes(page);

    const city = page.getByLabel("City", { exact: true });
    const bio = page.getByLabel("Bio", { exact: true });
    const phone = page.getByLabel("Phone number", { exact: true });
    const website = page.getByLabel("Website", { exact: true });
    const timeZone = page.getByRole("combobox", { name: "Time zone" });

    await city.fill("Lisbon");
    await bio.fill("Compilers, COBOL, curiosity and nanoseconds.");
    await phone.fill("+44 20 7946 0123");
    await website.fill("https://grace.example.com");
    await timeZone.click();
    // The search box inside the open popover (cmdk names it after the list: "Time zone").
    await page.getByRole("dialog").getByRole("combobox").fill("Lisbon");
    await page.getByRole("option", { name: "Europe/Lisbon" }).click();
    await expect(timeZone).toHaveText("Europe/Lisbon");

    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(notifications(page).getByText("Profile saved")).toBeVisible();

    await page.reload();
    await expect(city).toHaveValue("Lisbon");
    await expect(bio).toHaveValue("Compilers, COBOL, curiosity and nanoseconds.");
    await expect(phone).toHaveValue("+442079460123");
    await expect(website).toHaveValue("https://grace.example.com");
    await expect(timeZone).toHaveText("Europe/Lisbon");

    await website.fill("not a url");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(website).toHaveAttribute("aria-invalid", "true");
    await expect(website).toHaveAccessibleDescription(/http\(s\) URL/i);
    await expect(website).toHaveValue("not a url");
    await expect(notifications(page).getByText("Profile saved")).toHaveCount(0);
  });
});
