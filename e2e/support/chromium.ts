import { existsSync } from "node:fs";

/**
 * The Chromium the tests drive: CHROMIUM_PATH, or Debian's /usr/bin/chromium. Playwright's own
 * browser download is never used (it is not reachable from CI, and a system browser is enough).
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Stops the run at once, saying what to install, when there is no browser to drive. */
export function assertChromiumInstalled(): void {
  if (existsSync(chromiumPath)) return;
  throw new Error(
    `The end-to-end tests need Chromium at ${chromiumPath}. Install it (Debian/Ubuntu: ` +
      "`sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chrome or Chromium executable.",
  );
}
