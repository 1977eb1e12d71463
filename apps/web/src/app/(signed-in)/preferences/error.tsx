"use client";

import { ErrorState } from "@ums/ui";

/** The preferences could not be read: say so, and offer to try again. */
export default function PreferencesError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="mx-auto grid w-full max-w-4xl gap-6">
      <h1 className="text-3xl leading-tight font-semibold text-fg">Learning preferences</h1>
      <ErrorState
        title="Your preferences could not be loaded"
        message="The service did not answer as expected. What you saved before is safe; try again in a moment."
        onRetry={reset}
      />
    </div>
  );
}
