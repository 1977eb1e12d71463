import { classNames } from "./class-names";
import { Spinner } from "./spinner";

export interface LoadingStateProps {
  /** What is loading, announced politely (default "Loading…"). */
  label?: string;
  className?: string;
}

/**
 * A view or section still loading: a spinner (still under reduced motion) and its words in a
 * polite live region (`role="status"`), so screen readers hear it without losing their place.
 */
export function LoadingState({ label = "Loading…", className }: LoadingStateProps) {
  return (
    <div
      role="status"
      aria-live="polite"
      className={classNames(
        "flex items-center justify-center gap-3 px-6 py-10 text-fg-muted",
        className,
      )}
    >
      <Spinner className="size-6" />
      <span>{label}</span>
    </div>
  );
}
