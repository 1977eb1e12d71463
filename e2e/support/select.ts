import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Picks `option` in one of the kit's selects (a Radix Select, role combobox).
 *
 * The select is opened from the keyboard, not with a click: Radix opens on the trigger's
 * pointerdown and, once its list has mounted, swallows the next pointerup that lands within 10 px
 * of that press (so a press-drag-release can pick). When the browser is slow to mount the list,
 * Playwright's click has already released before the listener exists, and the listener swallows
 * the release of the *option's* click instead: the choice is silently lost (seen in CI). Opening
 * from the keyboard arms no such listener; the option is still chosen with the mouse, and the
 * list closing proves the choice was taken.
 */
export async function chooseOption(combobox: Locator, option: string | RegExp): Promise<void> {
  const listbox = await openSelect(combobox);
  await listbox.getByRole("option", { name: option, exact: typeof option === "string" }).click();
  await expect(listbox).toBeHidden();
}

/** Opens one of the kit's selects from the keyboard, to look at its options without choosing. */
export async function openSelect(combobox: Locator): Promise<Locator> {
  await combobox.focus();
  await combobox.press("Enter");
  const listbox = combobox.page().getByRole("listbox");
  await expect(listbox).toBeVisible();
  return listbox;
}

/** Picks `option` in the kit's select labelled `label`, inside `scope` (a page, a dialog…). */
export const choose = (scope: Page | Locator, label: string, option: string): Promise<void> =>
  chooseOption(scope.getByRole("combobox", { name: label }), option);
