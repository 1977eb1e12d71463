import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";

import type { Browser, Page } from "@playwright/test";

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
import { createPerson, northwindAdmin } from "../support/people";
import { chooseOption, openSelect } from "../support/select";

/** An address nobody else in the shared database uses. */
function freshEmail(name: string): string {
  return `${name}.${randomUUID().slice(0, 8)}@northwind.example.com`;
}

/** Opens `url` in a browser context of its own (nobody signed in), runs `use`, closes it. */
async function inOtherBrowser(
  browser: Browser,
  baseURL: string | undefined,
  use: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ baseURL });
  try {
    await use(revealAfterLoad(await context.newPage()));
  } finally {
    await context.close();
  }
}

/** The invitations table's row of `email` (its row header is the address). */
function invitationRow(page: Page, email: string) {
  return page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: email, exact: true }) });
}

test.describe("admin invitations", () => {
  test("an org admin invites a person, who accepts in another browser and becomes an active member", async ({
    page,
    browser,
    baseURL,
    request,
  }) => {
    test.setTimeout(120_000);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await signInAs(page, northwindAdmin);
    const email = freshEmail("ivy");

    await page.goto("/admin/invite");
    await expect(page.getByRole("heading", { level: 1, name: "Invite people" })).toBeVisible();
    await expectAccessibleInBothThemes(page);

    // The schema's errors sit next to their field before anything is sent.
    await page.getByLabel("E-mail address").fill("not an address");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByLabel("E-mail address")).toHaveAccessibleDescription(
      /valid e-mail address/,
    );

    // An organization administrator is not offered the platform administrator role.
    const roles = await openSelect(page.getByRole("combobox", { name: "Role" }));
    await expect(roles.getByRole("option", { name: "Platform administrator" })).toHaveCount(0);
    await roles.getByRole("option", { name: "Instructor" }).click();
    await expect(roles).toBeHidden();

    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("First name (optional)").fill("Ivy");
    await page.getByLabel("Last name (optional)").fill("Invitee");
    await page.getByRole("button", { name: "Send invitation" }).click();

    await expect(page.getByRole("heading", { name: "Invitation sent" })).toBeFocused();
    const link = await page.getByLabel("Invitation link").inputValue();
    expect(link).toMatch(/\/invite\/[\w-]{20,}$/);
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Copied" })).toHaveText(
      "Copied to the clipboard.",
    );
    expect(await page.evaluate("navigator.clipboard.readText()")).toBe(link);
    await expectAccessible(page);

    // The same address again: the server's refusal lands on the e-mail field.
    await page.getByRole("button", { name: "Invite another person" }).click();
    await expect(page.getByLabel("E-mail address")).toBeFocused();
    await page.getByLabel("E-mail address").fill(email);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByLabel("E-mail address")).toHaveAccessibleDescription(
      /already has a pending invitation/,
    );

    // The invitee, in a browser of their own, sets a password and lands signed in.
    await inOtherBrowser(browser, baseURL, async (invitee) => {
      await invitee.goto(link);
      await expect(invitee.getByRole("heading", { name: /Join Northwind/ })).toBeVisible();
      await expectAccessible(invitee);
      const password = "Ivy-e2e-password-2026";
      await invitee.getByLabel("Password", { exact: true }).fill(password);
      await invitee.getByLabel("Confirm password", { exact: true }).fill(password);
      await invitee.getByRole("button", { name: "Accept invitation" }).click();
      await expect(invitee).toHaveURL((url) => url.pathname === "/");
      await expect(invitee.getByText("Ivy Invitee").first()).toBeVisible();
      await expectAccessible(invitee);
    });

    // The administrator sees the invitation accepted, also under the Accepted filter.
    await page.goto(`/admin/invitations?search=${encodeURIComponent(email)}`);
    const row = invitationRow(page, email);
    await expect(row).toContainText("Accepted");
    await expect(row).toContainText("Instructor");
    await expect(row).toContainText("Olivia Chen");
    await expectAccessibleInBothThemes(page);
    await chooseOption(page.getByRole("combobox", { name: "Status" }), /^Accepted \(1\)$/);
    await expect(page).toHaveURL(/status=ACCEPTED/);
    await expect(invitationRow(page, email)).toBeVisible();

    // …and the person is an active member.
    const users = await request.get(`${apiUrl()}/users?search=${encodeURIComponent(email)}`, {
      headers: { Authorization: `Bearer ${await apiToken(northwindAdmin)}` },
    });
    expect(users.status(), await users.text()).toBe(200);
    const body = (await users.json()) as { items: { email: string; status: string }[] };
    expect(body.items).toEqual([expect.objectContaining({ email, status: "ACTIVE" })]);
  });

  test("a CSV file is checked row by row before sending, and the report says what became of each row", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const member = await createPerson({ organization: "northwind", firstName: "Member" });
    const ada = freshEmail("ada");
    const ben = freshEmail("ben");
    const cal = freshEmail("cal");
    const dee = freshEmail("dee");
    // A byte order mark, CRLF line ends, a quoted field with a comma, a formula-like name.
    const csv = [
      "Email,First Name,Last Name,Role",
      `${ada},Ada,"Bulk, Jr.",Learner`,
      `${ben},Ben,Bulk,instructor`,
      `${ada.toUpperCase()},Ada,Again,Learner`,
      "not-an-address,Nobody,Bulk,Learner",
      `${cal},Cal,Bulk,Manager`,
      `${member.email},Member,Tester,Learner`,
      `${dee},=cmd(),Bulk,`,
    ].join("\r\n");

    await signInAs(page, northwindAdmin);
    await page.goto("/admin/invite");
    await page.getByRole("tab", { name: "Many from a CSV file" }).click();
    await expect(page).toHaveURL(/\?mode=csv$/);
    // The address names the tab: a reload (or a shared link) opens it.
    await page.reload();
    await expect(page.getByRole("tab", { name: "Many from a CSV file" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await expectAccessible(page);
    await page.getByLabel("CSV file", { exact: true }).setInputFiles({
      name: "people.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`\uFEFF${csv}\r\n`, "utf8"),
    });

    // The columns are guessed from the header line.
    await expect(page.getByRole("combobox", { name: "E-mail" })).toHaveText("Column 1: Email");
    await expect(page.getByRole("combobox", { name: "Role" })).toHaveText("Column 4: Role");
    await expect(page.getByRole("combobox", { name: "Last name" })).toHaveText(
      "Column 3: Last Name",
    );

    // The preview flags the bad rows, with the field and the reason.
    await expect(page.getByTestId("bulk-preview-summary")).toHaveText(
      "7 rows: 4 ready to invite, 3 with problems (skipped).",
    );
    const preview = page.getByRole("table", { name: "Rows of people.csv" });
    const previewRow = (row: number) =>
      preview
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: String(row), exact: true }) });
    await expect(previewRow(1)).toContainText("Ready");
    await expect(previewRow(3)).toContainText("E-mail: Repeats the e-mail address of row 1.");
    await expect(previewRow(4)).toContainText("E-mail: Must be a valid e-mail address.");
    await expect(previewRow(5)).toContainText(
      "Role: “Manager” is not a role: use one of Learner, Instructor, Organization administrator.",
    );
    await expect(previewRow(6)).toContainText("Ready");
    await expectAccessibleInBothThemes(page);

    // Only the rows with problems, on demand.
    await page.getByLabel("Show only rows with problems").check();
    await expect(preview.getByRole("row")).toHaveCount(4);
    await page.getByLabel("Show only rows with problems").uncheck();

    await page.getByRole("button", { name: "Invite 4 people" }).click();
    const report = page.getByRole("heading", { name: "3 invited, 4 skipped" });
    await expect(report).toBeFocused();
    const reportTable = page.getByRole("table", { name: "Report for people.csv" });
    const reportRow = (row: number) =>
      reportTable
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: String(row), exact: true }) });
    for (const row of [1, 2, 7]) await expect(reportRow(row)).toContainText("Invited");
    await expect(reportRow(6)).toContainText(
      "This person is already an active member of the organization",
    );
    await expect(reportRow(4)).toContainText("Not sent: email: Must be a valid e-mail address.");
    await expectAccessible(page);

    // The downloaded report says the same, escaped and formula-safe.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download report (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("people-report.csv");
    const text = await readFile(await download.path(), "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines).toHaveLength(9); // header, 7 rows, and the empty string after the last CRLF
    expect(lines[0]).toBe("row,email,role,first_name,last_name,status,reason,invitation_url");
    expect(lines[1]).toMatch(
      new RegExp(
        `^1,${ada.replaceAll(".", "\\.")},LEARNER,Ada,"Bulk, Jr\\.",created,,http\\S+/invite/\\S+$`,
      ),
    );
    expect(lines[2]).toMatch(/^2,\S+,INSTRUCTOR,Ben,Bulk,created,,http/);
    expect(lines[3]).toBe(
      `3,${ada.toUpperCase()},LEARNER,Ada,Again,skipped,Not sent: email: Repeats the e-mail address of row 1.,`,
    );
    expect(lines[5]).toContain(
      `5,${cal},Manager,Cal,Bulk,skipped,"Not sent: role: “Manager” is not a role`,
    );
    expect(lines[6]).toBe(
      `6,${member.email},LEARNER,Member,Tester,skipped,This person is already an active member of the organization,`,
    );
    expect(lines[7]).toMatch(/^7,\S+,LEARNER,'=cmd\(\),Bulk,created,,http/);

    // The invitations exist: the table finds them.
    await page.goto(`/admin/invitations?search=${encodeURIComponent(ben)}`);
    await expect(invitationRow(page, ben)).toContainText("Pending");
  });

  test("an invitation is resent (the old link dies) and revoked (its link shows the cancelled page)", async ({
    page,
    request,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const email = freshEmail("rex");
    const created = await request.post(`${apiUrl()}/invitations`, {
      headers: { Authorization: `Bearer ${await apiToken(northwindAdmin)}` },
      data: { email, role: "LEARNER" },
    });
    expect(created.status(), await created.text()).toBe(201);
    const firstLink = ((await created.json()) as { invitation_url: string }).invitation_url;

    await signInAs(page, northwindAdmin);
    await page.goto(`/admin/invitations?search=${encodeURIComponent(email)}`);
    const row = invitationRow(page, email);
    await expect(row).toContainText("Pending");
    // No link to copy yet: the API keeps none.
    await expect(row.getByRole("button", { name: /^Copy link/ })).toHaveCount(0);

    await row.getByRole("button", { name: `Resend invitation to ${email}` }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Resend invitation" }).click();
    const linkDialog = page.getByRole("dialog", { name: `New invitation link for ${email}` });
    await expect(linkDialog).toBeVisible();
    const secondLink = await linkDialog.getByLabel("Invitation link").inputValue();
    expect(secondLink).not.toBe(firstLink);
    await expectAccessible(page);
    await linkDialog.getByRole("button", { name: "Close" }).click();
    await expect(row.getByRole("button", { name: `Copy link for ${email}` })).toBeVisible();

    await inOtherBrowser(browser, baseURL, async (invitee) => {
      await invitee.goto(firstLink);
      await expect(
        invitee.getByRole("heading", { name: "This invitation link does not work" }),
      ).toBeVisible();
    });

    await row.getByRole("button", { name: `Revoke invitation to ${email}` }).click();
    const confirm = page.getByRole("alertdialog", { name: `Revoke the invitation to ${email}?` });
    await expectAccessible(page);
    await confirm.getByRole("button", { name: "Revoke invitation" }).click();
    await expect(row).toContainText("Revoked");
    await expect(row.getByRole("button", { name: /^Revoke/ })).toHaveCount(0);
    await expectAccessible(page);

    await chooseOption(page.getByRole("combobox", { name: "Status" }), /^Revoked \(1\)$/);
    await expect(page).toHaveURL(/status=CANCELLED/);
    await expect(invitationRow(page, email)).toBeVisible();

    await inOtherBrowser(browser, baseURL, async (invitee) => {
      await invitee.goto(secondLink);
      await expect(
        invitee.getByRole("heading", { name: "This invitation was withdrawn" }),
      ).toBeVisible();
      await expectAccessibleInBothThemes(invitee);
    });
  });
});
