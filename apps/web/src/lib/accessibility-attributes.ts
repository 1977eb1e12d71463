import type { FontSize } from "@ums/db/enums";

/** The accessibility preferences that change the whole app. */
export interface AppAccessibility {
  fontSize: FontSize;
  highContrast: boolean;
  screenReader: boolean;
}

export const defaultAccessibility: AppAccessibility = {
  fontSize: "MEDIUM",
  highContrast: false,
  screenReader: false,
};

/**
 * The attributes on <html> that the UI kit's theme reads (packages/ui/src/styles.css): the font
 * size scales the rem-based interface, high contrast switches the theme, and the screen-reader
 * mode puts words before drawings and turns decorative motion off.
 */
export function accessibilityAttributes(preferences: AppAccessibility) {
  return {
    "data-theme": preferences.highContrast ? "high-contrast" : "default",
    "data-font-size": preferences.fontSize,
    "data-screen-reader": preferences.screenReader ? "on" : "off",
    "data-motion": preferences.screenReader ? "reduce" : "system",
  };
}

/**
 * Applies the preferences to the page at once (in the browser), without waiting for the next
 * server render of the root layout, which sets the same attributes.
 */
export function applyAccessibility(preferences: AppAccessibility): void {
  const root = document.documentElement;
  for (const [name, value] of Object.entries(accessibilityAttributes(preferences))) {
    root.setAttribute(name, value);
  }
}
