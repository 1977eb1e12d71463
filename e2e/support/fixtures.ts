import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { createPrismaClient } from "@ums/db";
import { SignJWT } from "jose";

import { runtime } from "./runtime";

export { expect };

/** The demo data's password for every demo account (packages/db/src/seed/demo-data.ts). */
export const demoPassword = "Learn-demo-2026";

/**
 * `test` with the run's web app as `baseURL` (its port is picked by the global setup, after the
 * config was read), so `page.goto("/sign-in")` and `page.request.get("/health")` reach it; and
 * with a `page` whose page loads wait for React's streamed content (see `revealAfterLoad`).
 */
export const test = base.extend({
  baseURL: async ({ baseURL: configured }, use) => {
    await use(configured ?? runtime().webUrl);
  },
  page: async ({ page }, use) => {
    await use(revealAfterLoad(page));
  },
});

/**
 * Waits until React has revealed every Suspense boundary the server streamed into the page.
 *
 * Since React 19.2 a streamed boundary's content waits in a hidden `<div id="S:n">` for a batched
 * reveal, up to ~300 ms after the load event. If hydration client-renders that boundary in the
 * meantime, its content is in the document twice until the reveal removes the streamed copy
 * (react/react#37014). People never see the copy (it is hidden), but a strict locator counts it
 * and fails at once: CI saw "getByLabel('From') resolved to 2 elements" after a reload.
 */
export async function streamedContentRevealed(page: Page): Promise<void> {
  await expect(
    page.locator('div[hidden][id^="S:"]'),
    "React's streamed Suspense content is still waiting to be revealed",
  ).toHaveCount(0);
}

/**
 * Makes `page`'s document loads (goto, reload, back, forward) resolve only once the streamed
 * content is revealed, so every test reads the page React settled on. Returns the same page.
 */
export function revealAfterLoad(page: Page): Page {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  const goBack = page.goBack.bind(page);
  const goForward = page.goForward.bind(page);
  page.goto = async (...args) => revealed(page, await goto(...args));
  page.reload = async (...args) => revealed(page, await reload(...args));
  page.goBack = async (...args) => revealed(page, await goBack(...args));
  page.goForward = async (...args) => revealed(page, await goForward(...args));
  return page;
}

async function revealed<T>(page: Page, response: T): Promise<T> {
  await streamedContentRevealed(page);
  return response;
}

/** The API server of the run, e.g. for `request.get(`${apiUrl()}/health`)`. */
export function apiUrl(): string {
  return runtime().apiUrl;
}

/** The web app of the run. */
export function webUrl(): string {
  return runtime().webUrl;
}

/**
 * next-auth's session endpoint as the page's browser context sees it: `{}` when nobody is signed
 * in; otherwise the session (whose fields are the web app's business).
 */
export async function currentSession(page: Page): Promise<Record<string, unknown>> {
  const response = await page.request.get("/api/auth/session");
  expect(response.ok(), `GET /api/auth/session answered ${response.status()}`).toBe(true);
  return ((await response.json()) as Record<string, unknown> | null) ?? {};
}

/**
 * Signs in without the form: next-auth's CSRF token, then the Credentials callback, through
 * `page.request` so that the session cookie lands in the page's browser context. Fails with the
 * reason when no session follows.
 */
export async function signInAs(
  page: Page,
  email: string,
  password: string = demoPassword,
): Promise<void> {
  const csrf = await page.request.get("/api/auth/csrf");
  expect(csrf.ok(), `GET /api/auth/csrf answered ${csrf.status()}`).toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };

  const callback = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  const answer = await callback.text();
  expect(callback.ok(), `Signing in ${email} answered ${callback.status()}: ${answer}`).toBe(true);
  // A refused sign-in answers 200 too, with the error in the URL to go to.
  expect(answer, `Signing in ${email} was refused`).not.toContain("error=");

  const session = await currentSession(page);
  expect(
    Object.keys(session).length,
    `No session for ${email} after signing in (the callback answered ${answer})`,
  ).toBeGreaterThan(0);
}

/**
 * A bearer JWT for calling the REST API as `email`: signed with the run's AUTH_JWT_SECRET, with
 * the user's id (from the run's database) as subject, the way the platform's auth service signs
 * them.
 */
export async function apiToken(email: string, lifetime = "15m"): Promise<string> {
  const { databaseUrl, authJwtSecret } = runtime();
  const db = createPrismaClient(databaseUrl, { maxConnections: 1 });
  try {
    const user = await db.user.findUnique({
      where: { email: email.toLowerCase() },
      select: { id: true },
    });
    if (user === null) throw new Error(`No user with the e-mail ${email} in the e2e database`);
    return await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(user.id)
      .setIssuedAt()
      .setExpirationTime(lifetime)
      .sign(new TextEncoder().encode(authJwtSecret));
  } finally {
    await db.$disconnect();
  }
}

/** The kit's toast region ("Notifications"), where saved changes and failures are announced. */
export function notifications(page: Page): Locator {
  return page.getByRole("region", { name: /^Notifications/ });
}

/** The WCAG 2.2 A and AA rules of axe-core. */
export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export interface AccessibilityOptions {
  /** CSS selectors left out of the check (e.g. a third-party widget) */
  exclude?: string[];
  /** axe rule ids not run, each with a reason in the calling test */
  disableRules?: string[];
}

/**
 * Runs axe-core's WCAG 2.2 A/AA rules on the page as it is now; fails with one readable line per
 * violation and the elements at fault.
 */
export async function expectAccessible(
  page: Page,
  options: AccessibilityOptions = {},
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(wcagTags);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules) builder = builder.disableRules(options.disableRules);
  const { violations } = await builder.analyze();

  const theme = (await page.locator("html").getAttribute("data-theme")) ?? "default";
  const report = violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map((node) => {
          // "Fix any of the following:\n  reason\n  reason" → one line, reasons split by "; "
          const [lead = "", ...reasons] = (node.failureSummary ?? "")
            .split("\n")
            .map((line) => line.trim())
            .filter((line) => line !== "");
          const summary = [lead, reasons.join("; ")].join(" ").trim();
          return `      ${node.target.join(" ")}: ${summary}`;
        })
        .join("\n");
      const more =
        violation.nodes.length > 5 ? `\n      …and ${violation.nodes.length - 5} more` : "";
      return `  [${violation.impact ?? "unknown"}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}${more}`;
    })
    .join("\n");
  expect(
    violations.length,
    `axe found ${violations.length} WCAG 2.2 A/AA violation(s) on ${page.url()} (theme ${theme}):\n${report}`,
  ).toBe(0);
}

/**
 * The same check with `<html data-theme="high-contrast">`, with reduced motion so that colour
 * transitions are over before axe measures contrast; the page's theme is put back afterwards.
 */
export async function expectAccessibleInHighContrast(
  page: Page,
  options: AccessibilityOptions = {},
): Promise<void> {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const previous = await page.locator("html").getAttribute("data-theme");
  await setTheme(page, "high-contrast");
  try {
    await expectAccessible(page, options);
  } finally {
    await setTheme(page, previous);
    await page.emulateMedia({ reducedMotion: null });
  }
}

/**
 * Sets (or, with null, removes) `data-theme` on <html>, then waits two frames for the new styles
 * to be computed and painted. (Browser code is passed as text: the e2e package is typed for Node,
 * without the DOM library.)
 */
async function setTheme(page: Page, theme: string | null): Promise<void> {
  await page.evaluate(
    theme === null
      ? `document.documentElement.removeAttribute("data-theme")`
      : `document.documentElement.setAttribute("data-theme", ${JSON.stringify(theme)})`,
  );
  await page.evaluate(
    "new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))",
  );
}

/** Both checks: the default theme, then high contrast. */
export async function expectAccessibleInBothThemes(
  page: Page,
  options: AccessibilityOptions = {},
): Promise<void> {
  await expectAccessible(page, options);
  await expectAccessibleInHighContrast(page, options);
}
