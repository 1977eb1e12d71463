import type { ReactNode } from "react";

import { classNames } from "./class-names";

export interface EmptyStateProps {
  /** What is missing ("No goals yet"). */
  title: string;
  /** What to do about it. */
  description?: ReactNode;
  /** The way out: a button or link ("Create a goal"). */
  action?: ReactNode;
  /** A decorative picture (hidden from screen readers). */
  icon?: ReactNode;
  /** The title's heading level (default 2). */
  headingLevel?: 2 | 3 | 4;
  className?: string;
}

/** The place of a list or view that has nothing to show yet, with the way to fill it. */
export function EmptyState({
  title,
  description,
  action,
  icon,
  headingLevel = 2,
  className,
}: EmptyStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div
      className={classNames(
        "grid justify-items-center gap-2 rounded-ums border-ums border-dashed border-line-strong px-6 py-10 text-center",
        className,
      )}
    >
      {icon ? (
        <div aria-hidden="true" className="text-fg-muted">
          {icon}
        </div>
      ) : null}
      <Heading className="text-lg font-semibold text-fg">{title}</Heading>
      {description ? <div className="max-w-prose text-fg-muted">{description}</div> : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
