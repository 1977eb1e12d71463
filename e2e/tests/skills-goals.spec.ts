import type { Page } from "@playwright/test";

import {
  apiToken,
  apiUrl,
  expect,
  expectAccessibleInBothThemes,
  signInAs,
  test,
} from "../support/fixtures";
import { createPerson, northwindInstructor } from "../support/people";
import { skillIdOf } from "../support/skills-goals";
import { choose } from "../support/select";

// Each journey is long (a dozen round trips and four axe runs) on two shared cores.
test.describe.configure({ timeout: 120_000 });

/** A notification (toast) saying `title`; Radix also copies it into a hidden live region. */
const toast = (page: Page, title: string) =>
  page.getByRole("region", { name: /^Notifications/ }).getByText(title, { exact: true });

/** The card of the skill or goal whose heading is `name`. */
const cardOf = (page: Page, name: string) =>
  page.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });

test.describe("skills", () => {
  test("a learner adds, edits, asks for verification of and removes skills; the instructor's verification shows", async ({
    page,
    request,
  }) => {
    const learner = await createPerson({ organization: "northwind", firstName: "Skillful" });
    await signInAs(page, learner.email);
    await page.goto("/skills");
    await expect(page.getByRole("heading", { level: 1, name: "Your skills" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "No skills yet" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Skills", exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expectAccessibleInBothThemes(page);

    // Add a skill; a wrong evidence link is refused next to its field, and what was typed stays.
    await page.getByRole("button", { name: "Add a skill" }).click();
    let dialog = page.getByRole("dialog", { name: "Add a skill" });
    await dialog.getByLabel("Skill", { exact: true }).fill("TypeScript");
    await dialog.getByLabel("Category", { exact: true }).fill("Programming");
    await choose(dialog, "Proficiency", "Intermediate");
    await choose(dialog, "Evidence type", "Certificate");
    const evidence = dialog.getByLabel("Evidence link", { exact: true });
    await evidence.fill("not a link");
    await dialog.getByRole("button", { name: "Add skill" }).click();
    await expect(evidence).toHaveAttribute("aria-invalid", "true");
    await expect(evidence).toHaveAccessibleDescription(/http\(s\) URL/i);
    await expect(evidence).toBeFocused();
    await expect(dialog.getByLabel("Skill", { exact: true })).toHaveValue("TypeScript");
    await evidence.fill("https://certs.example.com/typescript");
    await dialog.getByRole("button", { name: "Add skill" }).click();
    await expect(dialog).toBeHidden();
    await expect(toast(page, "Skill added")).toBeVisible();

    const programming = page.getByRole("region", { name: "Programming" });
    await expect(programming.getByRole("heading", { name: "TypeScript" })).toBeVisible();
    const typescript = cardOf(page, "TypeScript");
    await expect(typescript).toContainText("Intermediate");
    await expect(typescript).toContainText("Self-assessed");
    await expect(typescript).toContainText("Certificate");
    await expect(
      typescript.getByRole("link", { name: "View evidence for TypeScript" }),
    ).toHaveAttribute("href", "https://certs.example.com/typescript");

    // A second skill, in another category.
    await page.getByRole("button", { name: "Add a skill" }).click();
    dialog = page.getByRole("dialog", { name: "Add a skill" });
    await dialog.getByLabel("Skill", { exact: true }).fill("Public speaking");
    await dialog.getByLabel("Category", { exact: true }).fill("Soft skills");
    await choose(dialog, "Proficiency", "Beginner");
    await dialog.getByRole("button", { name: "Add skill" }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page
        .getByRole("region", { name: "Soft skills" })
        .getByRole("heading", { name: "Public speaking" }),
    ).toBeVisible();

    // Edit: a new level.
    await typescript.getByRole("button", { name: "Edit TypeScript" }).click();
    dialog = page.getByRole("dialog", { name: "Edit TypeScript" });
    await choose(dialog, "Proficiency", "Advanced");
    await dialog.getByRole("button", { name: "Save skill" }).click();
    await expect(dialog).toBeHidden();
    await expect(typescript).toContainText("Advanced");
    await expectAccessibleInBothThemes(page);

    // Ask for a verification: the request is pending, the button waits.
    await typescript.getByRole("button", { name: "Request verification of TypeScript" }).click();
    await expect(toast(page, "Verification requested")).toBeVisible();
    await expect(
      typescript.getByText(/^Verification requested \d{1,2} \w{3} \d{4}$/),
    ).toBeVisible();
    await expect(
      typescript.getByRole("button", { name: "Verification requested of TypeScript" }),
    ).toBeDisabled();
    await page.reload();
    await expect(
      typescript.getByRole("button", { name: "Verification requested of TypeScript" }),
    ).toBeDisabled();

    // The organization's instructor verifies it (through the REST API: the admin pages are issue 9).
    const skillId = await skillIdOf(learner.id, "TypeScript");
    const verified = await request.post(
      `${apiUrl()}/users/${learner.id}/skills/${skillId}/verification`,
      {
        headers: { Authorization: `Bearer ${await apiToken(northwindInstructor)}` },
        data: { proficiency_level: "ADVANCED" },
      },
    );
    expect(verified.status(), await verified.text()).toBe(200);
    await page.reload();
    await expect(typescript.getByText("Verified", { exact: true })).toBeVisible();
    await expect(typescript.getByRole("button", { name: /Request verification/ })).toHaveCount(0);

    // Changing the level of a verified skill warns before saving; cancelled, it stays verified.
    await typescript.getByRole("button", { name: "Edit TypeScript" }).click();
    dialog = page.getByRole("dialog", { name: "Edit TypeScript" });
    await choose(dialog, "Proficiency", "Expert");
    await expect(dialog.getByText("This removes the verification")).toBeVisible();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(typescript.getByText("Verified", { exact: true })).toBeVisible();

    // Remove the other skill, after confirming.
    await cardOf(page, "Public speaking")
      .getByRole("button", { name: "Remove Public speaking" })
      .click();
    const confirm = page.getByRole("alertdialog", { name: "Remove Public speaking?" });
    await confirm.getByRole("button", { name: "Remove skill" }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole("heading", { name: "Soft skills" })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("heading", { name: "Public speaking" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "TypeScript" })).toBeVisible();
  });
});

test.describe("goals", () => {
  test("a learner creates goals, reports progress, pauses, resumes, completes, and filters by status in the URL", async ({
    page,
  }) => {
    const learner = await createPerson({ organization: "northwind", firstName: "Goalie" });
    await signInAs(page, learner.email);
    await page.goto("/goals");
    await expect(page.getByRole("heading", { level: 1, name: "Your goals" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "No goals yet" })).toBeVisible();
    await expectAccessibleInBothThemes(page);

    // A goal reported by hand; a target date before the start is refused next to its field.
    await page.getByRole("button", { name: "Create a goal" }).click();
    let dialog = page.getByRole("dialog", { name: "Create a goal" });
    await choose(dialog, "Goal type", "Skill development");
    await dialog.getByLabel("Title", { exact: true }).fill("Read 10 data books");
    await dialog.getByLabel("Target value", { exact: true }).fill("10");
    await dialog.getByLabel("Unit", { exact: true }).fill("books");
    await dialog.getByLabel("Start date", { exact: true }).fill("2030-01-10");
    const targetDate = dialog.getByLabel("Target date", { exact: true });
    await targetDate.fill("2030-01-01");
    await dialog.getByRole("button", { name: "Create goal" }).click();
    await expect(targetDate).toHaveAttribute("aria-invalid", "true");
    await expect(targetDate).toHaveAccessibleDescription(/must not be before start_date/i);
    await targetDate.fill("2030-12-31");
    await dialog.getByRole("button", { name: "Create goal" }).click();
    await expect(dialog).toBeHidden();
    await expect(toast(page, "Goal created")).toBeVisible();

    // A goal tracked from learning events: no progress to report by hand.
    await page.getByRole("button", { name: "Create a goal" }).click();
    dialog = page.getByRole("dialog", { name: "Create a goal" });
    await choose(dialog, "Goal type", "Learning time");
    await dialog.getByLabel("Title", { exact: true }).fill("Learn 120 minutes");
    await dialog.getByLabel("Target value", { exact: true }).fill("120");
    await dialog.getByLabel("Unit", { exact: true }).fill("minutes");
    await dialog.getByLabel("Target date", { exact: true }).fill("2099-12-31");
    await dialog.getByRole("button", { name: "Create goal" }).click();
    await expect(dialog).toBeHidden();
    const learning = cardOf(page, "Learn 120 minutes");
    await expect(learning).toContainText("Tracked automatically from your learning.");
    await expect(learning.getByRole("button", { name: /Update progress/ })).toHaveCount(0);
    await expect(learning.getByRole("progressbar")).toHaveAttribute(
      "aria-valuetext",
      "0 of 120 minutes",
    );

    // Progress reported by hand shows in the bar.
    const books = cardOf(page, "Read 10 data books");
    await books.getByRole("button", { name: "Update progress of Read 10 data books" }).click();
    dialog = page.getByRole("dialog", { name: "Update progress: Read 10 data books" });
    await dialog.getByLabel("Current value (books)").fill("4");
    await dialog.getByRole("button", { name: "Save progress" }).click();
    await expect(dialog).toBeHidden();
    const bar = books.getByRole("progressbar", { name: "Progress: Read 10 data books" });
    await expect(bar).toHaveAttribute("aria-valuetext", "4 of 10 books");
    await expect(bar).toHaveAttribute("aria-valuenow", "40");
    await expectAccessibleInBothThemes(page);

    // Pause, then resume: only the valid transition is offered.
    await books.getByRole("button", { name: "Pause Read 10 data books" }).click();
    await expect(books.getByText("Paused", { exact: true })).toBeVisible();
    await expect(books.getByRole("button", { name: /^Pause/ })).toHaveCount(0);

    // The filter lives in the URL: it survives a reload, and the back button returns to it.
    await page
      .getByRole("navigation", { name: "Filter goals by status" })
      .getByRole("link", { name: "Paused" })
      .click();
    await expect(page).toHaveURL(/\/goals\?status=PAUSED$/);
    await expect(page.getByRole("heading", { name: "Read 10 data books" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Learn 120 minutes" })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("link", { name: "Paused", exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(page.getByRole("heading", { name: "Read 10 data books" })).toBeVisible();
    await page.getByRole("link", { name: "Completed", exact: true }).click();
    await expect(page).toHaveURL(/\/goals\?status=COMPLETED$/);
    await expect(page.getByRole("heading", { name: "No completed goals yet" })).toBeVisible();
    await expectAccessibleInBothThemes(page);
    await page.goBack();
    await expect(page).toHaveURL(/\/goals\?status=PAUSED$/);
    await expect(page.getByRole("heading", { name: "Read 10 data books" })).toBeVisible();

    await cardOf(page, "Read 10 data books")
      .getByRole("button", { name: "Resume Read 10 data books" })
      .click();
    await expect(toast(page, "Goal resumed")).toBeVisible();
    await expect(page.getByRole("heading", { name: "No paused goals" })).toBeVisible();

    // Complete it from the list of active goals.
    await page.getByRole("link", { name: "Active", exact: true }).click();
    await expect(page).toHaveURL(/\/goals\?status=ACTIVE$/);
    await cardOf(page, "Read 10 data books")
      .getByRole("button", { name: "Mark as complete Read 10 data books" })
      .click();
    await expect(toast(page, "Goal completed")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Read 10 data books" })).toHaveCount(0);
    await page.getByRole("link", { name: "Completed", exact: true }).click();
    const done = cardOf(page, "Read 10 data books");
    await expect(done.getByText("Completed", { exact: true })).toBeVisible();
    await expect(done.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");

    // Cancelling asks first.
    await page.getByRole("link", { name: "All", exact: true }).click();
    await cardOf(page, "Learn 120 minutes")
      .getByRole("button", { name: "Cancel goal Learn 120 minutes" })
      .click();
    const confirm = page.getByRole("alertdialog", { name: "Cancel Learn 120 minutes?" });
    await confirm.getByRole("button", { name: "Cancel goal" }).click();
    await expect(confirm).toBeHidden();
    await expect(
      cardOf(page, "Learn 120 minutes").getByText("Cancelled", { exact: true }),
    ).toBeVisible();
  });
});
