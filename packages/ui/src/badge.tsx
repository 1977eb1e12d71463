import type { ComponentPropsWithoutRef, ReactNode } from "react";

import { classNames } from "./class-names";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

export interface BadgeProps extends ComponentPropsWithoutRef<"span"> {
  /** Default `neutral`. */
  tone?: BadgeTone;
  /** The words ("Verified", "Paused"): the tone's colour is never the only cue. */
  children: ReactNode;
}

const toneClasses: Record<BadgeTone, string> = {
  neutral: "bg-neutral-soft text-neutral-ink",
  info: "bg-info-soft text-info-ink",
  success: "bg-success-soft text-success-ink",
  warning: "bg-warning-soft text-warning-ink",
  danger: "bg-danger-soft text-danger-ink",
};

/** A small label beside content: a category, a state, a count. */
export function Badge({ tone = "neutral", className, children, ...rest }: BadgeProps) {
  return (
    <span
      {...rest}
      data-tone={tone}
      className={classNames(
        "ums-forced-outline inline-flex items-center gap-1 rounded-full border-tone px-2.5 py-0.5",
        "text-xs leading-5 font-semibold whitespace-nowrap",
        toneClasses[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
