import {
  expect,
  expectAccessibleInBothThemes,
  notifications,
  signInAs,
  test,
} from "../support/fixtures";
import { createPerson } from "../support/people";

test.describe("profile", () => {
  test("a learner edits her profile, sees it kept, and a wrong website refused", async ({
    page,
  }) => {
    // Her own account: the test changes her name, which other specs must not see.
    const grace = await createPerson({
      organization: "northwind",
      firstName: "Grace",
      lastName: "Hopper",
    });
    await signInAs(page, grace.email);
    await page.goto("/profile");
    await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Profile", exact: true })).toBeVisible();

    // The selects and the time-zone combobox stay closed while axe looks at the page.
    await expectAccessibleInBothThemes(page);

    // One field or more of every section: personal, contact, address, social links, about,
    // locale and privacy.
    const lastName = page.getByLabel("Last name", { exact: true });
    const dateOfBirth = page.getByLabel("Date of birth", { exact: true });
    const postalCode = page.getByLabel("Postal code", { exact: true });
    const linkedIn = page.getByLabel("LinkedIn", { exact: true });
    const showPhone = page.getByRole("switch", { name: "Show my phone number" });
    const city = page.getByLabel("City", { exact: true });
    const bio = page.getByLabel("Bio", { exact: true });
    const phone = page.getByLabel("Phone number", { exact: true });
    const website = page.getByLabel("Website", { exact: true });
    const timeZone = page.getByRole("combobox", { name: "Time zone" });

    await lastName.fill("Hopper-Murray");
    await dateOfBirth.fill("1906-12-09");
    await postalCode.fill("1100-148");
    await linkedIn.fill("https://www.linkedin.com/in/grace-hopper");
    const phoneShownBefore = await showPhone.getAttribute("aria-checked");
    await showPhone.click();
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
    await expect(lastName).toHaveValue("Hopper-Murray");
    await expect(dateOfBirth).toHaveValue("1906-12-09");
    await expect(postalCode).toHaveValue("1100-148");
    await expect(linkedIn).toHaveValue("https://www.linkedin.com/in/grace-hopper");
    await expect(showPhone).toHaveAttribute(
      "aria-checked",
      phoneShownBefore === "true" ? "false" : "true",
    );
    await expect(page.getByTestId("signed-in-user")).toHaveText("Grace Hopper-Murray");
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
