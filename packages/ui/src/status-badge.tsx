import type { ComponentPropsWithoutRef, ReactNode } from "react";

import { classNames } from "./class-names";

export type StatusTone = "success" | "warning" | "danger" | "neutral";

export interface StatusBadgeProps extends ComponentPropsWithoutRef<"span"> {
  tone: StatusTone;
  /** The status in words. Required: colour alone must never be the only way to tell states apart. */
  children: ReactNode;
}

/** A short status label ("Connected", "Unavailable") coloured by its tone. */
export function StatusBadge({ tone, className, children, ...rest }: StatusBadgeProps) {
  return (
    <span {...rest} className={classNames("ums-badge", className)} data-tone={tone}>
      {/* Decorative: the text beside it carries the meaning. */}
      <span aria-hidden="true" className="ums-badge__dot" />
      {children}
    </span>
  );
}
