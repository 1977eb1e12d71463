"use client";

import { ErrorState } from "@ums/ui";

/** `/goals` could not be read: says so, with a way to try again (never a blank page). */
export default function GoalsError({ reset }: { error: Error; reset: () => void }) {
  return (
    <ErrorState
      title="Your goals could not be loaded"
      message="Something went wrong while reading them. Try again in a moment."
      onRetry={reset}
    />
  );
}
