import { readFile } from "node:fs/promises";

import type { APIRequestContext, Page } from "@playwright/test";

import {
  apiToken,
  apiUrl,
  expect,
  expectAccessible,
  expectAccessibleInBothThemes,
  revealAfterLoad,
  signInAs,
  test,
} from "../support/fixtures";
import { createPerson, northwindAdmin, type Person } from "../support/people";
import { createStatsWriteKey, postLearningEvents } from "../support/statistics";
import { chooseOption } from "../support/select";

const globexAdmin = "hiro.tanaka@globex.example.com";

/** "2026-11-25": the UTC day `days` from today (a margin of days keeps any time zone inside). */
const utcDay = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** An administrator changes a person's account through the REST API (USER_UPDATED, by them). */
async function adminRenames(
  request: APIRequestContext,
  adminEmail: string,
  person: Person,
  firstName: string,
): Promise<void> {
  const response = await request.put(`${apiUrl()}/users/${person.id}`, {
    headers: { Authorization: `Bearer ${await apiToken(adminEmail)}` },
    data: { first_name: firstName },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** The log's table (its caption is for screen readers). */
const logTable = (page: Page) => page.getByRole("table", { name: "Activity, newest first" });
/** The log's entries: the table's rows less its header row. */
const logRows = (page: Page) => logTable(page).locator("tbody tr");

/** The records of a downloaded CSV (CRLF lines, the byte order mark dropped). */
function csvLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter((line) => line !== "");
}

test.describe("admin overview and activity log", () => {
  // Long journeys (REST calls, several pages, axe on each): three times the usual timeout.
  test.beforeEach(() => {
    test.slow();
  });

  test("an org admin sees the organization's figures and charts over a chosen period", async ({
    page,
    request,
  }) => {
    const learner = await createPerson({ organization: "northwind", firstName: "Overview" });
    const key = await createStatsWriteKey(request);
    await postLearningEvents(request, key, [
      {
        event_id: `e2e-overview-${learner.id}`,
        user_id: learner.id,
        event_type: "LEARNING_TIME",
        minutes: 25,
        occurred_at: new Date(Date.now() - 60_000).toISOString(),
      },
    ]);

    await signInAs(page, northwindAdmin);
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Northwind Academy" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Last 30 days" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    const figures = page.getByRole("definition");
    await expect(figures.first()).toBeVisible();
    await expect(page.getByRole("term").filter({ hasText: /^Active learners$/ })).toBeVisible();
    // The charts load after the page, each with its data table behind a button.
    const minutesChart = page.getByRole("figure", { name: /Learning time per day/ });
    await expect(
      page.getByRole("img", { name: /^Learning time per day: 30 values/ }),
    ).toBeVisible();
    await minutesChart.getByRole("button", { name: "Show data table" }).click();
    await expect(minutesChart.getByRole("table")).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Skills" })).toBeVisible();
    await expectAccessibleInBothThemes(page);

    // Another period: in the URL, kept by a reload.
    await page.getByRole("link", { name: "Last 7 days" }).click();
    await expect(page).toHaveURL(/[?&]range=7d/);
    await page.reload();
    await expect(page.getByRole("link", { name: "Last 7 days" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(page.getByRole("figure", { name: /Active learners per day/ })).toBeVisible();
    await expectAccessible(page);

    // The quick links lead on.
    await page
      .getByRole("navigation", { name: "Quick links" })
      .getByRole("link", { name: /Activity/ })
      .click();
    await expect(page).toHaveURL((url) => url.pathname === "/admin/activity");
  });

  test("an org admin filters the log by person, type and days, and exports the view", async ({
    page,
    request,
  }) => {
    const person = await createPerson({
      organization: "northwind",
      firstName: "Audit",
      lastName: `Trail${Date.now().toString(36)}`,
    });
    await adminRenames(request, northwindAdmin, person, "Audited");
    const deactivated = await request.delete(`${apiUrl()}/users/${person.id}`, {
      headers: { Authorization: `Bearer ${await apiToken(northwindAdmin)}` },
    });
    expect(deactivated.status(), await deactivated.text()).toBe(200);

    await signInAs(page, northwindAdmin);
    await page.goto("/admin/activity");
    await expect(page.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
    await expectAccessibleInBothThemes(page);

    // The person, found by name in the "About" filter.
    await page.getByRole("combobox", { name: "About" }).click();
    await page.getByPlaceholder("Name or e-mail…").fill(person.lastName);
    await page.getByRole("option", { name: new RegExp(person.lastName) }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]user_id=${person.id}`));
    await expect(logRows(page)).toHaveCount(2);
    await expect(logRows(page).first()).toContainText(
      `Audited ${person.lastName}'s account was deactivated by Olivia Chen`,
    );
    await expect(logRows(page).nth(1)).toContainText(
      "account was updated by Olivia Chen (first name)",
    );
    await expect(logRows(page).first().getByRole("link", { name: "Olivia Chen" })).toBeVisible();
    await expect(
      logRows(page)
        .first()
        .getByRole("link", { name: `Audited ${person.lastName}` }),
    ).toHaveAttribute("href", `/admin/users/${person.id}`);
    await expectAccessible(page);

    // One type of activity.
    await chooseOption(
      page.getByRole("combobox", { name: "Activity", exact: true }),
      "Account deactivations",
    );
    await expect(page).toHaveURL(/[?&]type=USER_DEACTIVATED/);
    await expect(logRows(page)).toHaveCount(1);
    await expect(logRows(page).first()).toContainText("deactivated");

    // A reload keeps the view; back returns to the one before the type.
    await page.reload();
    await expect(page.getByRole("combobox", { name: "Activity", exact: true })).toHaveText(
      /Account deactivations/,
    );
    await expect(logRows(page)).toHaveCount(1);
    await page.goBack();
    await expect(page).not.toHaveURL(/type=/);
    await expect(logRows(page)).toHaveCount(2);
    await expectAccessible(page);

    // Days: a range that ended before the person existed has nothing; one around today, both.
    await page.getByLabel("To", { exact: true }).fill(utcDay(-2));
    await expect(page).toHaveURL(new RegExp(`[?&]to=${utcDay(-2)}`));
    await expect(page.getByText("No activity matches these filters")).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("To", { exact: true }).fill(utcDay(2));
    await expect(page).toHaveURL(new RegExp(`[?&]to=${utcDay(2)}`));
    await page.getByLabel("From", { exact: true }).fill(utcDay(-2));
    await expect(page).toHaveURL(new RegExp(`[?&]from=${utcDay(-2)}.*&to=${utcDay(2)}`));
    await expect(logRows(page)).toHaveCount(2);
    await page.reload();
    await expect(page.getByLabel("From", { exact: true })).toHaveValue(utcDay(-2));
    await expect(logRows(page)).toHaveCount(2);

    // The export is the filtered view: the header, then exactly its two entries.
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export these entries (CSV)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^activity-northwind-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csvLines(await readFile(await download.path(), "utf8"));
    expect(lines[0]).toBe(
      "time_utc,time_local,activity_type,description,user_id,user_name,user_email,done_by,actor_id,actor_email,ip_address,device_type,user_agent,details",
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(",USER_DEACTIVATED,");
    expect(lines[2]).toContain(",USER_UPDATED,");
    for (const line of lines.slice(1)) {
      expect(line).toContain(person.id);
      expect(line).toContain(",Olivia Chen,");
    }
  });

  test("the user detail's link to the log opens the person's activity", async ({
    page,
    request,
  }) => {
    const person = await createPerson({ organization: "northwind", firstName: "Linked" });
    await adminRenames(request, northwindAdmin, person, "Linkedin");
    await signInAs(page, northwindAdmin);
    await page.goto(`/admin/activity?user_id=${person.id}`);
    await expect(page.getByRole("combobox", { name: "About" })).toHaveText(
      new RegExp(`Linkedin ${person.lastName} \\(${person.email.replace(".", "\\.")}\\)`),
    );
    await expect(logRows(page)).toHaveCount(1);
    await expectAccessible(page);
  });

  test("an org admin sees no other organization's activity, by URL or in the export", async ({
    page,
    browser,
    request,
  }) => {
    const northwinder = await createPerson({ organization: "northwind", firstName: "Nora" });
    const globexer = await createPerson({ organization: "globex", firstName: "Gloria" });
    await adminRenames(request, northwindAdmin, northwinder, "Noralee");
    await adminRenames(request, globexAdmin, globexer, "Glorianne");
    const globexUser = await request.get(`${apiUrl()}/users/${globexer.id}`, {
      headers: { Authorization: `Bearer ${await apiToken(globexAdmin)}` },
    });
    expect(globexUser.status()).toBe(200);
    const globexOrganizationId = ((await globexUser.json()) as { organization_id: string })
      .organization_id;

    // Olivia (Northwind) asks for Globex's person: nothing, not even their name.
    await signInAs(page, northwindAdmin);
    await page.goto(`/admin/activity?user_id=${globexer.id}`);
    await expect(page.getByText("No activity matches these filters")).toBeVisible();
    await expect(page.getByRole("combobox", { name: "About" })).toHaveText(
      /Not in this organization/,
    );
    await expect(page.locator("body")).not.toContainText("Glori");
    await expect(page.locator("body")).not.toContainText(globexer.email);
    await expectAccessible(page);

    const asOlivia = async (query: string) => {
      const response = await page.request.get(`/admin/activity/export?${query}`);
      expect(response.status()).toBe(200);
      return csvLines(await response.text());
    };
    expect(await asOlivia(`user_id=${globexer.id}`)).toHaveLength(1);
    const withOrganization = await asOlivia(
      `organization_id=${globexOrganizationId}&user_id=${globexer.id}`,
    );
    expect(withOrganization).toHaveLength(1);
    const everything = (await asOlivia(`organization_id=${globexOrganizationId}`)).join("\n");
    expect(everything).toContain(northwinder.id);
    expect(everything).not.toContain(globexer.id);
    expect(everything).not.toContain("@globex.example.com");

    // Hiro (Globex) likewise sees nothing of Northwind's.
    const globexContext = await browser.newContext();
    try {
      const hiro = revealAfterLoad(await globexContext.newPage());
      await signInAs(hiro, globexAdmin);
      await hiro.goto(`/admin/activity?user_id=${northwinder.id}`);
      await expect(hiro.getByText("No activity matches these filters")).toBeVisible();
      await expect(hiro.locator("body")).not.toContainText("Noralee");
      await expectAccessible(hiro);
      const hirosExport = await hiro.request.get(
        `/admin/activity/export?user_id=${northwinder.id}`,
      );
      expect(csvLines(await hirosExport.text())).toHaveLength(1);
      const hirosAll = await hiro.request.get("/admin/activity/export");
      const all = await hirosAll.text();
      expect(all).toContain(globexer.id);
      expect(all).not.toContain(northwinder.id);
      expect(all).not.toContain("@northwind.example.com,");
    } finally {
      await globexContext.close();
    }
  });

  test("a learner gets a 404 for the log and its export, never data", async ({ page, request }) => {
    const learner = await createPerson({ organization: "northwind", firstName: "Curious" });
    await signInAs(page, learner.email);
    const exported = await page.request.get("/admin/activity/export");
    expect(exported.status()).toBe(404);
    expect(await exported.text()).not.toContain("time_utc");
    const log = await page.goto("/admin/activity");
    expect(log?.status()).toBe(404);

    // Nobody signed in (a request without the browser's cookies): no file either.
    const anonymous = await request.get("/admin/activity/export", { maxRedirects: 0 });
    expect(anonymous.status()).toBe(404);
  });
});
