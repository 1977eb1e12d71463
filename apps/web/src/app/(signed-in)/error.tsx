"use client";

import { ErrorState } from "@ums/ui";
import { useEffect } from "react";

/**
 * A signed-in page that failed on the server: the frame stays, the failure is said in words and
 * can be retried. The message is never the server's own (it may hold internals); the digest lets
 * an operator find the error in the web app's log.
 */
export default function SignedInError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <ErrorState
      headingLevel={1}
      title="This page could not be loaded"
      message={
        <>
          <p>Something went wrong on our side. Try again in a moment.</p>
          {error.digest ? (
            <p className="mt-2 text-sm">
              Reference for support: <code>{error.digest}</code>
            </p>
          ) : null}
        </>
      }
      onRetry={reset}
    />
  );
}
