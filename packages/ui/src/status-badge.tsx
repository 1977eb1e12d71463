import type { ComponentPropsWithoutRef, ReactNode } from "react";

import { classNames } from "./class-names";

export type StatusTone = "success" | "warning" | "danger" | "neutral";

export interface StatusBadgeProps extends ComponentPropsWithoutRef<"span"> {
  tone: StatusTone;
  /** The status in words. Required: colour alone must never be the only way to tell states apart. */
  children: ReactNode;
}

const toneClasses: Record<StatusTone, string> = {
  success: "bg-success-soft text-success-ink",
  warning: "bg-warning-soft text-warning-ink",
  danger: "bg-danger-soft text-danger-ink",
  neutral: "bg-neutral-soft text-neutral-ink",
};

/** A short status label ("Connected", "Unavailable") coloured by its tone. */
export function StatusBadge({ tone, className, children, ...rest }: StatusBadgeProps) {
  return (
    <span
      {...rest}
      className={classNames(
        "ums-forced-outline inline-flex items-center gap-2 rounded-full px-2 py-1 text-sm leading-tight font-semibold",
        toneClasses[tone],
        className,
      )}
      data-tone={tone}
    >
      {/* Decorative: the text beside it carries the meaning. */}
      <span aria-hidden="true" className="size-2 rounded-full bg-current" />
      {children}
    </span>
  );
}
