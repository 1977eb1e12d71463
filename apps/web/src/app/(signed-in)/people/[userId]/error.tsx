"use client";

import { ErrorState } from "@ums/ui";

/** The profile could not be loaded (not a hidden or unknown one: those are not-found). */
export default function PersonError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="mx-auto w-full max-w-2xl">
      <ErrorState
        title="The profile could not be loaded"
        message="Something went wrong on our side. Try again in a moment."
        onRetry={reset}
        headingLevel={2}
      />
    </div>
  );
}
