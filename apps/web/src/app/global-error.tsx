"use client";

import { Button } from "@ums/ui";

import "./globals.css";

/**
 * The last resort, when the root layout itself failed: a whole document of its own (the layout's
 * is gone), in the default theme, with a way to try again.
 */
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en" data-theme="default" data-font-size="MEDIUM">
      <body>
        <main className="mx-auto grid max-w-md gap-4 px-4 py-16">
          <h1 className="text-2xl font-semibold text-fg">Something went wrong</h1>
          <p className="text-fg-muted">
            The Learning Platform could not show this page. Try again in a moment.
          </p>
          {error.digest ? (
            <p className="text-sm text-fg-muted">
              Reference for support: <code>{error.digest}</code>
            </p>
          ) : null}
          <Button type="button" onClick={reset} className="justify-self-start">
            Try again
          </Button>
        </main>
      </body>
    </html>
  );
}
