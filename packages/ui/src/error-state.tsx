import type { ReactNode } from "react";

import { Button } from "./button";
import { classNames } from "./class-names";

export interface ErrorStateProps {
  /** Default "Something went wrong". */
  title?: string;
  /** What failed, in words the person can act on. */
  message: ReactNode;
  /** Shows a retry button calling this (from a client component). */
  onRetry?: () => void;
  /** Default "Try again". */
  retryLabel?: string;
  /** The title's heading level (default 2; 1 when the failure is the whole page). */
  headingLevel?: 1 | 2 | 3 | 4;
  className?: string;
}

/**
 * A view or section that failed to load, in place of a blank page: the problem, announced at once
 * (`role="alert"`), and a way to try again.
 */
export function ErrorState({
  title = "Something went wrong",
  message,
  onRetry,
  retryLabel = "Try again",
  headingLevel = 2,
  className,
}: ErrorStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div
      role="alert"
      className={classNames(
        "grid justify-items-center gap-2 rounded-ums border-tone bg-danger-soft px-6 py-10 text-center text-danger-ink",
        className,
      )}
    >
      <Heading className="text-lg font-semibold">{title}</Heading>
      <div className="max-w-prose">{message}</div>
      {onRetry ? (
        <Button type="button" variant="secondary" className="mt-2" onClick={onRetry}>
          {retryLabel}
        </Button>
      ) : null}
    </div>
  );
}
