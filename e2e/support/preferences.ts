import type { Locator } from "@playwright/test";

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
