"use client";

import * as RadixProgress from "@radix-ui/react-progress";
import { useId } from "react";

import { classNames } from "./class-names";

export interface ProgressProps {
  /** The visible label; it names the progress bar. */
  label: string;
  /** Done so far, from 0 to `max`; `null` while unknown (an indeterminate bar). */
  value: number | null;
  /** Default 100. */
  max?: number;
  /** The value in words, shown and read (default: the percentage, "40%"). */
  valueText?: string;
  /** Hide the label visually (it still names the bar). */
  labelHidden?: boolean;
  className?: string;
}

/** A labelled progress bar (Radix Progress, `role="progressbar"`) with its value in words. */
export function Progress({
  label,
  value,
  max = 100,
  valueText,
  labelHidden = false,
  className,
}: ProgressProps) {
  const labelId = useId();
  const fraction = value === null || max <= 0 ? null : Math.min(Math.max(value / max, 0), 1);
  const text = valueText ?? (fraction === null ? "" : `${Math.round(fraction * 100)}%`);
  return (
    <div className={classNames("grid gap-1.5", className)}>
      <div
        className={classNames(
          "flex items-baseline justify-between gap-4 text-sm",
          labelHidden ? "sr-only" : undefined,
        )}
      >
        <span id={labelId} className="font-semibold text-fg">
          {label}
        </span>
        <span aria-hidden="true" className="text-fg-muted tabular-nums">
          {text}
        </span>
      </div>
      <RadixProgress.Root
        value={value === null ? null : Math.min(Math.max(value, 0), max)}
        max={max}
        getValueLabel={() => text}
        aria-labelledby={labelId}
        className="ums-forced-outline relative h-2.5 w-full overflow-hidden rounded-full bg-surface-muted ring-1 ring-line-strong ring-inset"
      >
        <RadixProgress.Indicator
          className={classNames(
            "h-full rounded-full bg-primary transition-[width] duration-300",
            fraction === null ? "w-1/3 animate-pulse motion-reduce:animate-none" : undefined,
          )}
          style={fraction === null ? undefined : { width: `${fraction * 100}%` }}
        />
      </RadixProgress.Root>
    </div>
  );
}
