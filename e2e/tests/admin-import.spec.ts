import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

import type { Locator, Page } from "@playwright/test";

import {
  expect,
  expectAccessible,
  expectAccessibleInBothThemes,
  revealAfterLoad,
  signInAs,
  test,
} from "../support/fixtures";
import { workQueuedImports } from "../support/imports";
import { northwindAdmin } from "../support/people";
import { chooseOption } from "../support/select";

/** The import's e2e files: the example CSV files (packages/api/examples), cut down, plus a bad row. */
const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

/**
 * A fixture with its e-mail domain made unique for this test (e-mail addresses are unique across
 * the service), as a file for the file input.
 */
async function fixtureFile(name: string, domain: string) {
  const text = await readFile(fixture(name), "utf8");
  return {
    name,
    mimeType: "text/csv",
    buffer: Buffer.from(text.replaceAll("@example.academy", `@${domain}`), "utf8"),
  };
}

/** The run as the page shows it, with its status badge. */
const runView = (page: Page) => page.getByTestId("import-run");
const runStatus = (page: Page) => page.getByTestId("import-run-status");

/** A row of the "Rows by file" table, by the file named in its row header. */
const countsRow = (page: Page, file: string): Locator =>
  page
    .getByRole("table", { name: "Rows by file" })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: file, exact: true }) });

/** Its cells after the row header: rows, created, updated, unchanged, rejected. */
const countsOf = (row: Locator) => row.getByRole("cell");

/**
 * Once the upload is in (the run is shown, waiting), the queued run is worked as the job worker
 * would (see support/imports.ts), and the page's polling sees it end.
 */
async function workTheRun(page: Page): Promise<void> {
  await expect(runStatus(page)).toBeVisible({ timeout: 20_000 });
  const report = await workQueuedImports();
  expect(report.succeeded, JSON.stringify(report)).toBe(1);
  await expect(runStatus(page)).toHaveText("Finished");
}

test.describe("admin import", () => {
  test.beforeEach(() => {
    // An upload, two runs through the job worker and axe checks: a long journey.
    test.slow();
  });

  test("an org admin previews CSV files, dry-runs them, imports them for real and gets the report", async ({
    page,
  }) => {
    const domain = `imp-${randomUUID().slice(0, 8)}.example.academy`;
    await signInAs(page, northwindAdmin);
    await page.goto("/admin/import");
    await expect(page.getByRole("heading", { level: 1, name: "Import users" })).toBeVisible();
    await expect(
      page
        .getByRole("navigation", { name: "Administration" })
        .getByRole("link", { name: "Import" }),
    ).toHaveAttribute("aria-current", "page");
    await expectAccessible(page);

    // Two files at once, recognised by name; one that is not an import file is refused.
    await page
      .getByLabel("CSV files", { exact: true })
      .setInputFiles([
        await fixtureFile("users.csv", domain),
        await fixtureFile("skills.csv", domain),
        { name: "notes.csv", mimeType: "text/csv", buffer: Buffer.from("a,b\r\n1,2\r\n") },
      ]);
    await expect(
      page.getByRole("alert").filter({ hasText: "notes.csv is not one of" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: /^users\.csv/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: /^skills\.csv/ })).toBeVisible();

    // The mapping preview: each header with its column, and the first rows under them.
    await expect(page.getByRole("combobox", { name: "first_name" })).toHaveText("first_name");
    const usersPreview = page.getByRole("table", { name: /^First rows of users\.csv/ });
    await expect(usersPreview.getByRole("row")).toHaveCount(5); // the header row and four rows
    await expect(usersPreview).toContainText(`grace.hopper@${domain}`);

    // A column not imported leaves a required one unmapped: flagged, and nothing can start.
    await chooseOption(page.getByRole("combobox", { name: "last_name" }).first(), "Not imported");
    await expect(page.getByText("No column of the file is imported as")).toContainText("last_name");
    await expect(page.getByRole("button", { name: "Start the dry run" })).toBeDisabled();
    await chooseOption(page.getByRole("combobox", { name: "last_name" }).first(), "last_name");
    await expect(page.getByRole("button", { name: "Start the dry run" })).toBeEnabled();
    await expectAccessibleInBothThemes(page);

    // A dry run: on by default, and it writes nothing.
    await expect(page.getByRole("switch", { name: "Dry run" })).toBeChecked();
    await page.getByRole("button", { name: "Start the dry run" }).click();
    await workTheRun(page);
    await expect(runView(page)).toContainText("Nothing was written: this was a dry run.");
    await expect(countsOf(countsRow(page, "users.csv"))).toHaveText(["4", "3", "0", "0", "1"]);
    const users = revealAfterLoad(await page.context().newPage());
    await users.goto(`/admin/users?search=${domain}`);
    await expect(
      users.getByRole("heading", { name: "No users match these filters" }),
    ).toBeVisible();

    // For real, with the same files: the imported users appear.
    await page.getByRole("button", { name: "Run for real" }).click();
    await expect(runView(page)).toContainText("Import of users.csv, skills.csv");
    await workTheRun(page);
    await expect(runView(page)).not.toContainText("dry run");
    await expect(countsOf(countsRow(page, "users.csv"))).toHaveText(["4", "3", "0", "0", "1"]);

    // The bad row, with its line and field.
    const rejections = page.getByRole("table", { name: "Rejected rows" });
    const bad = rejections.getByRole("row").filter({ hasText: `mallory.bad@${domain}` });
    await expect(bad.getByRole("rowheader")).toHaveText("7");
    await expect(bad).toContainText("role");
    await expectAccessible(page);

    // The report, as a CSV file.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download report (CSV)" }).click(),
    ]);
    const report = await readFile(await download.path(), "utf8");
    expect(report).toContain(`mallory.bad@${domain}`);

    await users.reload();
    for (const name of ["Ada Lovelace, Countess", "Grace Hopper", "Zoë Ñew"]) {
      await expect(users.getByRole("rowheader", { name })).toBeVisible();
    }
    await expect(users.getByRole("rowheader")).toHaveCount(3);

    // The history lists both runs, each with its page.
    await page.goto("/admin/import");
    const history = page.getByRole("table", { name: "Earlier imports" });
    await expect(history.getByRole("row").filter({ hasText: "users.csv, skills.csv" })).toHaveCount(
      2,
    );
    await history.getByRole("rowheader").first().getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: /^Import of / })).toBeVisible();
    await expect(runStatus(page)).toHaveText("Finished");
    await expectAccessible(page);
  });

  test("a run waiting for the worker is cancelled, after a confirmation", async ({ page }) => {
    const domain = `imp-${randomUUID().slice(0, 8)}.example.academy`;
    await signInAs(page, northwindAdmin);
    await page.goto("/admin/import");
    await page
      .getByLabel("CSV files", { exact: true })
      .setInputFiles(await fixtureFile("users.csv", domain));
    await page.getByRole("button", { name: "Start the dry run" }).click();
    await expect(runStatus(page)).toHaveText("Waiting to start");
    await page.getByRole("button", { name: "Cancel the dry run" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Cancel this dry run?" });
    await expectAccessible(page);
    await confirm.getByRole("button", { name: "Cancel the dry run" }).click();
    await expect(runStatus(page)).toHaveText("Cancelled");
    // The worker finds nothing to do: a cancelled run never starts.
    expect((await workQueuedImports()).succeeded).toBe(0);
    await expect(page.getByRole("link", { name: "Download report (CSV)" })).toBeVisible();
  });

  test("a JSON Lines file is previewed by line, with a clear word for a line that is not JSON", async ({
    page,
  }) => {
    await signInAs(page, northwindAdmin);
    await page.goto("/admin/import?format=jsonl");
    const line = (email: string) =>
      JSON.stringify({ email, first_name: "Jay", last_name: "Son", skills: [{}, {}], goals: [] });
    await page.getByLabel("JSON Lines file", { exact: true }).setInputFiles({
      name: "users.jsonl",
      mimeType: "application/x-ndjson",
      buffer: Buffer.from(`${line("jay@example.org")}
{"email": "broken\n${line("b@example.org")}\n`),
    });
    const preview = page.getByRole("table", { name: "First users of users.jsonl" });
    await expect(preview.getByRole("row").filter({ hasText: "jay@example.org" })).toContainText(
      "Jay Son",
    );
    await expect(page.getByRole("alert").filter({ hasText: "Line 2: Not JSON" })).toBeVisible();
    await expectAccessible(page);
  });

  test("an unknown import is a real 404", async ({ page }) => {
    await signInAs(page, northwindAdmin);
    const response = await page.goto(`/admin/import/${randomUUID()}`);
    expect(response?.status()).toBe(404);
  });
});
