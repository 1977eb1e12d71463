"use client";

import * as RadixSlider from "@radix-ui/react-slider";
import { useState } from "react";

import { classNames } from "./class-names";
import { FieldDescription, FieldError, labelClass, useFieldIds } from "./field";

export interface SliderProps {
  /** The visible label; it names the slider's thumb. */
  label: string;
  /** The value, when controlled. */
  value?: number;
  /** The starting value, when uncontrolled (default `min`). */
  defaultValue?: number;
  onValueChange?: (value: number) => void;
  /** Called once the user lets go (pointer up, or after a key press). */
  onValueCommit?: (value: number) => void;
  min?: number;
  max?: number;
  step?: number;
  /** The value in words, shown beside the label and read by screen readers (`aria-valuetext`). */
  formatValue?: (value: number) => string;
  description?: string;
  error?: string;
  /** Submits the value with a surrounding form under this name. */
  name?: string;
  disabled?: boolean;
  id?: string;
  /** Classes of the wrapper. */
  className?: string;
}

/**
 * A labelled slider for a number in a range (Radix Slider): arrow keys step, Page Up/Down step by
 * ten, Home/End jump to the ends. The current value is shown beside the label.
 */
export function Slider({
  label,
  value,
  defaultValue,
  onValueChange,
  onValueCommit,
  min = 0,
  max = 100,
  step = 1,
  formatValue = String,
  description,
  error,
  name,
  disabled,
  id,
  className,
}: SliderProps) {
  const ids = useFieldIds(id, { description, error });
  const [uncontrolled, setUncontrolled] = useState(defaultValue ?? min);
  const current = value ?? uncontrolled;
  const valueText = formatValue(current);

  return (
    <div className={classNames("grid gap-2", className)}>
      <div className="flex items-baseline justify-between gap-4">
        <span id={ids.labelId} className={labelClass}>
          {label}
        </span>
        {/* Shown for sighted users; screen readers hear it from the thumb's aria-valuetext. */}
        <span aria-hidden="true" className="text-sm font-semibold text-fg tabular-nums">
          {valueText}
        </span>
      </div>
      <FieldDescription id={ids.descriptionId}>{description}</FieldDescription>
      <RadixSlider.Root
        value={[current]}
        onValueChange={([next]) => {
          if (next === undefined) return;
          setUncontrolled(next);
          onValueChange?.(next);
        }}
        onValueCommit={([next]) => {
          if (next !== undefined) onValueCommit?.(next);
        }}
        min={min}
        max={max}
        step={step}
        name={name}
        disabled={disabled}
        className="relative flex h-11 w-full touch-none items-center select-none data-[disabled]:opacity-60"
      >
        <RadixSlider.Track className="ums-forced-outline relative h-2 grow overflow-hidden rounded-full bg-line-strong">
          <RadixSlider.Range className="absolute h-full rounded-full bg-primary" />
        </RadixSlider.Track>
        <RadixSlider.Thumb
          id={ids.controlId}
          aria-labelledby={ids.labelId}
          aria-describedby={ids.describedBy}
          aria-valuetext={valueText}
          aria-invalid={ids.errorId !== undefined || undefined}
          className={classNames(
            "block size-6 rounded-full border-ums border-primary bg-surface shadow",
            "transition-transform hover:scale-110 data-[disabled]:cursor-not-allowed",
            "[border-width:max(2px,var(--ums-border-width))]",
          )}
        />
      </RadixSlider.Root>
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
}
