"use client";

import * as RadixSwitch from "@radix-ui/react-switch";
import type { ReactNode } from "react";

import { classNames } from "./class-names";
import { FieldDescription, labelClass, useFieldIds } from "./field";

export interface SwitchProps {
  /** The visible label; it names the switch. */
  label: string;
  /** What turning it on does, read with the switch. */
  description?: ReactNode;
  checked?: boolean;
  defaultChecked?: boolean;
  onCheckedChange?: (checked: boolean) => void;
  /** Submits "on" with a surrounding form under this name while checked. */
  name?: string;
  disabled?: boolean;
  id?: string;
  /** Classes of the wrapper. */
  className?: string;
}

/**
 * An on/off setting that takes effect at once (Radix Switch, `role="switch"`): Space toggles it,
 * and clicking the label does too. The thumb's position tells the state, not colour alone.
 */
export function Switch({
  label,
  description,
  checked,
  defaultChecked,
  onCheckedChange,
  name,
  disabled,
  id,
  className,
}: SwitchProps) {
  const ids = useFieldIds(id, { description });
  return (
    <div className={classNames("flex items-start justify-between gap-4", className)}>
      <div className="grid gap-1">
        <label id={ids.labelId} htmlFor={ids.controlId} className={labelClass}>
          {label}
        </label>
        <FieldDescription id={ids.descriptionId}>{description}</FieldDescription>
      </div>
      <RadixSwitch.Root
        id={ids.controlId}
        checked={checked}
        defaultChecked={defaultChecked}
        onCheckedChange={onCheckedChange}
        name={name}
        disabled={disabled}
        aria-describedby={ids.describedBy}
        className={classNames(
          "ums-forced-outline relative inline-flex h-7 w-12 shrink-0 items-center rounded-full border-ums",
          "border-line-strong bg-surface-muted transition-colors",
          "data-[state=checked]:border-primary data-[state=checked]:bg-primary",
          "disabled:cursor-not-allowed disabled:opacity-60",
        )}
      >
        <RadixSwitch.Thumb
          className={classNames(
            "block size-5 translate-x-0.5 rounded-full bg-fg-muted shadow transition-transform",
            "data-[state=checked]:translate-x-[1.375rem] data-[state=checked]:bg-on-primary",
          )}
        />
      </RadixSwitch.Root>
    </div>
  );
}
