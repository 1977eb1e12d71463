import { randomBytes } from "node:crypto";

import type { Locator, Page } from "@playwright/test";

import { expect, expectAccessible, signInAs, test } from "../support/fixtures";
import { createPerson, northwindAdmin } from "../support/people";
import type { UserRole } from "@ums/db/enums";
import { choose } from "../support/select";

/** A last name only this run's people have, so that searching for it isolates them. */
function uniqueLastName(prefix: string): string {
  const letters = [...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("");
  return `${prefix}${letters}`;
}

/** Makes northwind people with the same unique last name; their e-mails start with the first name. */
async function people(lastName: string, members: [firstName: string, role: UserRole][]) {
  const made = [];
  for (const [firstName, role] of members) {
    made.push(await createPerson({ organization: "northwind", firstName, lastName, role }));
  }
  return made;
}

const usersTable = (page: Page) => page.getByRole("table", { name: /^Users of/ });

/** The names of the table's rows, in order. */
const rowNames = (page: Page) => usersTable(page).getByRole("rowheader");

const rowOf = (page: Page, name: string): Locator =>
  usersTable(page)
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name }) });

test.describe("admin users table", () => {
  // Long journeys with an axe check on each view, on a machine shared with other builds.
  test.slow();

  test("search, filter, sort and paginate; reload and back show the same view", async ({
    page,
  }) => {
    const last = uniqueLastName("Tablo");
    await people(last, [
      ["Alma", "LEARNER"],
      ["Bruno", "LEARNER"],
      ["Cleo", "INSTRUCTOR"],
      ["Dario", "LEARNER"],
      ["Esme", "INSTRUCTOR"],
      ["Fay", "LEARNER"],
    ]);
    const name = (first: string) => `${first} ${last}`;

    await signInAs(page, northwindAdmin);
    // Two rows a page, so a handful of people spans several pages.
    await page.goto("/admin/users?limit=2");
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("searchbox", { name: "Search users" }).fill(last);
    await expect(page).toHaveURL((url) => url.searchParams.get("search") === last);
    await expect(rowNames(page)).toHaveCount(2);

    // Sorting goes to the server: e-mail ascending, then descending.
    await usersTable(page).getByRole("button", { name: "E-mail" }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get("order") === "asc");
    await expect(rowNames(page)).toHaveText([name("Alma"), name("Bruno")]);
    await usersTable(page).getByRole("button", { name: "E-mail" }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get("order") === "desc");
    await expect(rowNames(page)).toHaveText([name("Fay"), name("Esme")]);
    await expect(usersTable(page).getByRole("columnheader", { name: "E-mail" })).toHaveAttribute(
      "aria-sort",
      "descending",
    );

    await choose(page, "Role", "Learner");
    await expect(page).toHaveURL((url) => url.searchParams.get("role") === "LEARNER");
    await expect(rowNames(page)).toHaveText([name("Fay"), name("Dario")]);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get("page") === "2");
    await expect(rowNames(page)).toHaveText([name("Bruno"), name("Alma")]);
    const secondPage = page.url();

    // Reload: the same view.
    await page.reload();
    expect(page.url()).toBe(secondPage);
    await expect(rowNames(page)).toHaveText([name("Bruno"), name("Alma")]);
    await expect(page.getByRole("searchbox", { name: "Search users" })).toHaveValue(last);
    await expect(page.getByRole("combobox", { name: "Role" })).toHaveText("Learner");

    // Back: the first page of the same filters, then the view before the role filter.
    await page.goBack();
    await expect(page).toHaveURL((url) => !url.searchParams.has("cursor"));
    await expect(rowNames(page)).toHaveText([name("Fay"), name("Dario")]);
    await page.goBack();
    await expect(page).toHaveURL((url) => !url.searchParams.has("role"));
    await expect(rowNames(page)).toHaveText([name("Fay"), name("Esme")]);
    await page.goForward();
    await expect(rowNames(page)).toHaveText([name("Fay"), name("Dario")]);

    // A row action: deactivate Esme (instructors: Esme, Cleo), confirmed.
    await choose(page, "Role", "Instructor");
    await expect(rowNames(page)).toHaveText([name("Esme"), name("Cleo")]);
    await rowOf(page, name("Esme"))
      .getByRole("button", { name: `Deactivate ${name("Esme")}` })
      .click();
    const confirm = page.getByRole("alertdialog", { name: `Deactivate ${name("Esme")}?` });
    await expectAccessible(page);
    await confirm.getByRole("button", { name: "Deactivate" }).click();
    await expect(confirm).toBeHidden();
    await expect(rowOf(page, name("Esme"))).toContainText("Deactivated");
    await expect(
      rowOf(page, name("Esme")).getByRole("button", { name: `Reactivate ${name("Esme")}` }),
    ).toBeVisible();

    // Status filter: only Esme is deactivated.
    await choose(page, "Role", "Any role");
    await choose(page, "Status", "Deactivated");
    await expect(page).toHaveURL((url) => url.searchParams.get("status") === "INACTIVE");
    await expect(rowNames(page)).toHaveText([name("Esme")]);

    // Nothing matches: the empty state names the filters and clears them.
    await choose(page, "Status", "Suspended");
    await expect(page.getByRole("heading", { name: "No users match these filters" })).toBeVisible();
    await expect(page.getByText(`matches search “${last}” and status Suspended`)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Clear the filters" }).click();
    await expect(page).toHaveURL(
      (url) => !url.searchParams.has("search") && !url.searchParams.has("status"),
    );
    await expect(page.getByRole("searchbox", { name: "Search users" })).toHaveValue("");
    await expect(rowNames(page)).toHaveCount(2);
  });

  test("bulk deactivate with a refused row, then bulk reactivate", async ({ page }) => {
    const last = uniqueLastName("Bulko");
    const [gus, hana, ivo] = await people(last, [
      ["Gus", "LEARNER"],
      ["Hana", "INSTRUCTOR"],
      ["Ivo", "SUPER_ADMIN"],
    ]);
    if (!gus || !hana || !ivo) throw new Error("people were not created");

    await signInAs(page, northwindAdmin);
    await page.goto(`/admin/users?search=${last}&sort=email&order=asc`);
    await expect(rowNames(page)).toHaveText([gus.name, hana.name, ivo.name]);
    // An org admin is offered nothing on a platform administrator's row, and told why.
    await expect(rowOf(page, ivo.name)).toContainText(
      "Only platform administrators may change a platform administrator.",
    );

    for (const person of [gus, hana, ivo]) {
      await usersTable(page)
        .getByRole("checkbox", { name: `Select ${person.name}` })
        .check();
    }
    const selection = page.getByRole("region", { name: "Selected users" });
    await expect(selection).toContainText("3 users selected");
    await selection.getByRole("button", { name: "Deactivate selected" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Deactivate 3 users?" });
    await expect(confirm).toBeVisible();
    await expectAccessible(page);
    await confirm.getByRole("button", { name: "Deactivate 3 users" }).click();

    const results = page.getByRole("region", {
      name: "Deactivation: 2 changed, 0 already so, 1 refused",
    });
    await expect(results).toBeVisible();
    const resultRows = results.getByTestId("bulk-result");
    await expect(resultRows).toHaveCount(3);
    await expect(resultRows.nth(0)).toContainText(`${gus.name}Changed`);
    await expect(resultRows.nth(1)).toContainText(`${hana.name}Changed`);
    await expect(resultRows.nth(2)).toContainText(`${ivo.name}Refused`);
    await expect(resultRows.nth(2)).toContainText("Only platform administrators");
    await expect(rowOf(page, gus.name)).toContainText("Deactivated");
    await expect(rowOf(page, hana.name)).toContainText("Deactivated");
    await expect(rowOf(page, ivo.name)).toContainText("Active");
    await expect(selection).toBeHidden();
    await expectAccessible(page);

    // After a reload the table still says so (the results were the answer, not a guess).
    await page.reload();
    await expect(rowOf(page, gus.name)).toContainText("Deactivated");

    for (const person of [gus, hana]) {
      await usersTable(page)
        .getByRole("checkbox", { name: `Select ${person.name}` })
        .check();
    }
    await selection.getByRole("button", { name: "Reactivate selected" }).click();
    await page
      .getByRole("alertdialog", { name: "Reactivate 2 users?" })
      .getByRole("button", { name: "Reactivate 2 users" })
      .click();
    await expect(
      page.getByRole("region", { name: "Reactivation: 2 changed, 0 already so, 0 refused" }),
    ).toBeVisible();
    await expect(rowOf(page, gus.name)).toContainText("Active");
    await expect(rowOf(page, hana.name)).toContainText("Active");
    await expectAccessible(page);
  });
});
