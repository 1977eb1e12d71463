import { randomUUID } from "node:crypto";

import type { Locator, Page } from "@playwright/test";
import { createPrismaClient } from "@ums/db";

import { runtime } from "./runtime";

/** A demo learner whose password (the demo password) a fresh learner borrows. */
const passwordDonor = "grace.hopper@northwind.example.com";

/**
 * A new ACTIVE learner in Northwind, made in the run's database for one test so that no other
 * spec sees or changes their preferences. They sign in with the demo password (the hash is
 * copied from a demo learner's credential) and get default preferences on first read.
 */
export async function createLearner(firstName: string): Promise<{ email: string }> {
  const db = createPrismaClient(runtime().databaseUrl, { maxConnections: 1 });
  try {
    const donor = await db.user.findUniqueOrThrow({
      where: { email: passwordDonor },
      select: { organization_id: true, credential: { select: { password_hash: true } } },
    });
    if (donor.credential === null) throw new Error(`${passwordDonor} has no password`);
    const email = `${firstName.toLowerCase()}.${randomUUID().slice(0, 8)}@northwind.example.com`;
    await db.user.create({
      data: {
        email,
        first_name: firstName,
        last_name: "Preferences",
        role: "LEARNER",
        status: "ACTIVE",
        organization_id: donor.organization_id,
        credential: { create: { password_hash: donor.credential.password_hash } },
      },
    });
    return { email };
  } finally {
    await db.$disconnect();
  }
}

/** What fontSizeOf uses of a DOM element (the e2e package is typed without the DOM library). */
interface StyledElement {
  ownerDocument: {
    defaultView: { getComputedStyle: (element: StyledElement) => { fontSize: string } } | null;
  };
}

/** The computed font size of an element, in pixels. */
export async function fontSizeOf(locator: Locator): Promise<number> {
  const size = await locator.evaluate(
    (element: StyledElement) =>
      element.ownerDocument.defaultView?.getComputedStyle(element).fontSize ?? "",
  );
  return Number.parseFloat(size);
}

/** Chooses `option` in the kit's Select named `label` (a Radix select: button, then listbox). */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** The kit's notification region (toasts), where "saved" messages appear. */
export function notifications(page: Page): Locator {
  return page.getByRole("region", { name: /^Notifications/ });
}
