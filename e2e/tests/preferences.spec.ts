import {
  expect,
  expectAccessibleInBothThemes,
  notifications,
  signInAs,
  test,
} from "../support/fixtures";
import { createPerson } from "../support/people";
import { fontSizeOf } from "../support/preferences";
import { choose } from "../support/select";

/** The chart is loaded after the form (its library is large); on a busy machine that takes a while. */
const chartTimeout = { timeout: 30_000 };

test.describe("learning preferences", () => {
  // Long journeys with four axe runs each.
  test.slow();

  test("a learner sets her learning style, content, pace and reminders and finds them after reload", async ({
    page,
  }) => {
    const { email } = await createPerson({
      organization: "northwind",
      firstName: "Vera",
      lastName: "Preferences",
    });
    await signInAs(page, email);
    await page.goto("/preferences");
    await expect(
      page.getByRole("heading", { level: 1, name: "Learning preferences" }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Preferences", exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    // The chart loads after the form; axe looks at the page once it is there.
    const chart = page.getByRole("figure");
    await expect(chart.getByRole("button", { name: "Show data table" })).toBeVisible(chartTimeout);
    await expect(page.getByText("You are multimodal: all four styles score 0.50.")).toBeVisible();
    await expectAccessibleInBothThemes(page);

    // Learning style: visual to the top, kinesthetic to the bottom, auditory two steps up.
    const visual = page.getByRole("slider", { name: "Visual" });
    const auditory = page.getByRole("slider", { name: "Auditory" });
    const kinesthetic = page.getByRole("slider", { name: "Kinesthetic" });
    await visual.press("End");
    await auditory.press("ArrowRight");
    await auditory.press("ArrowRight");
    await kinesthetic.press("Home");
    await expect(visual).toHaveAttribute("aria-valuetext", "1.00");
    await expect(auditory).toHaveAttribute("aria-valuetext", "0.60");
    await expect(page.getByText("Your dominant learning style is visual (1.00).")).toBeVisible();
    await expect(chart.getByRole("img").first()).toHaveAccessibleName(
      /visual 1\.00, auditory 0\.60/,
    );

    // Content types, pace, reminders (their fields are off while reminders are).
    await page.getByRole("checkbox", { name: "Video" }).check();
    await page.getByRole("checkbox", { name: "Interactive" }).check();
    await choose(page, "Pace", "Fast: fewer, denser sessions");
    const reminders = page.getByRole("switch", { name: "Study reminders" });
    const reminderTime = page.getByLabel("Reminder time", { exact: true });
    const frequency = page.getByRole("combobox", { name: "Reminder frequency" });
    await reminders.click();
    await expect(reminderTime).toBeDisabled();
    await expect(frequency).toBeDisabled();
    await reminders.click();
    await expect(reminderTime).toBeEnabled();
    await choose(page, "Reminder frequency", "Weekly");
    await reminderTime.fill("07:30");
    const daily = page.getByLabel("Daily study goal", { exact: true });
    await daily.fill("90");
    await expect(daily).toHaveAccessibleDescription(/That is 1 h 30 min a day/);

    await page.getByRole("button", { name: "Save preferences" }).click();
    await expect(notifications(page).getByText("Preferences saved")).toBeVisible();

    await page.reload();
    await expect(visual).toHaveAttribute("aria-valuenow", "1");
    await expect(auditory).toHaveAttribute("aria-valuenow", "0.6");
    await expect(kinesthetic).toHaveAttribute("aria-valuenow", "0");
    await expect(page.getByRole("checkbox", { name: "Video" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Interactive" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Text" })).not.toBeChecked();
    await expect(page.getByRole("combobox", { name: "Pace" })).toHaveText(
      "Fast: fewer, denser sessions",
    );
    await expect(frequency).toHaveText("Weekly");
    await expect(reminderTime).toHaveValue("07:30");
    await expect(daily).toHaveValue("90");

    // A goal longer than a day is refused next to its field, and what was typed stays.
    await daily.fill("2000");
    await page.getByRole("button", { name: "Save preferences" }).click();
    await expect(daily).toHaveAttribute("aria-invalid", "true");
    await expect(daily).toHaveAccessibleDescription(/at most 1440 minutes/);
    await expect(daily).toBeFocused();
    await expect(daily).toHaveValue("2000");
    await page.reload();
    await expect(daily).toHaveValue("90");
  });

  test("high contrast, a larger font and the screen-reader mode change the whole app at once", async ({
    page,
  }) => {
    const { email } = await createPerson({
      organization: "northwind",
      firstName: "Otto",
      lastName: "Preferences",
    });
    await signInAs(page, email);
    await page.goto("/preferences");
    const html = page.locator("html");
    const intro = page.getByText("How you like to learn:");
    await expect(html).toHaveAttribute("data-theme", "default");
    const normalSize = await fontSizeOf(intro);

    await choose(page, "Font size", "Extra large (125%)");
    await page.getByRole("switch", { name: "High contrast" }).click();
    await page.getByRole("switch", { name: "Screen reader" }).click();
    // Marks this document: it must still be the same one after saving (no full reload).
    await page.evaluate("window.__sameDocument = true");
    await page.getByRole("button", { name: "Save preferences" }).click();
    await expect(notifications(page).getByText("Preferences saved")).toBeVisible();

    await expect(html).toHaveAttribute("data-theme", "high-contrast");
    await expect(html).toHaveAttribute("data-font-size", "EXTRA_LARGE");
    await expect(html).toHaveAttribute("data-screen-reader", "on");
    expect(await page.evaluate("window.__sameDocument === true")).toBe(true);
    expect(await fontSizeOf(intro)).toBeGreaterThan(normalSize);
    await expect(html).toHaveCSS("background-color", "rgb(255, 255, 255)");
    await expect(html).toHaveCSS("color", "rgb(0, 0, 0)");
    // The screen-reader mode shows the chart's numbers without asking.
    await expect(page.getByRole("figure").getByRole("table")).toBeVisible(chartTimeout);
    await expect(page.getByRole("button", { name: "Hide data table" })).toBeVisible();

    // Another page, reached through the navigation, has them too.
    await page.getByRole("link", { name: "Profile", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
    await expect(html).toHaveAttribute("data-theme", "high-contrast");
    const profileIntro = page.getByText("What you tell here appears on your profile");
    expect(await fontSizeOf(profileIntro)).toBeGreaterThan(normalSize);
    await expectAccessibleInBothThemes(page);

    // The server renders them too, and the page passes axe in its large, high-contrast form.
    await page.goto("/preferences");
    await expect(html).toHaveAttribute("data-theme", "high-contrast");
    await expect(html).toHaveAttribute("data-font-size", "EXTRA_LARGE");
    await expect(page.getByRole("figure").getByRole("table")).toBeVisible(chartTimeout);
    await expectAccessibleInBothThemes(page);

    // And back.
    await choose(page, "Font size", "Medium (100%, the default)");
    await page.getByRole("switch", { name: "High contrast" }).click();
    await page.getByRole("switch", { name: "Screen reader" }).click();
    await page.getByRole("button", { name: "Save preferences" }).click();
    await expect(html).toHaveAttribute("data-theme", "default");
    await expect(html).toHaveAttribute("data-font-size", "MEDIUM");
    await expect(html).toHaveAttribute("data-screen-reader", "off");
    expect(await fontSizeOf(page.getByText("How you like to learn:"))).toBe(normalSize);
  });
});
