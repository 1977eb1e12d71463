import type { Locator, Page } from "@playwright/test";

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
