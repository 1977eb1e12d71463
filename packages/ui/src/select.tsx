"use client";

import * as RadixSelect from "@radix-ui/react-select";

import { classNames } from "./class-names";
import { controlClass, FieldDescription, FieldError, labelClass, useFieldIds } from "./field";
import { CheckIcon, ChevronDownIcon, ChevronUpIcon } from "./icons";

/** One choice of a `Select` or `Combobox`. */
export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps {
  /** The visible label; it names the select's button. */
  label: string;
  options: readonly SelectOption[];
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  /** Shown while nothing is chosen. */
  placeholder?: string;
  /** The field's error; sets `aria-invalid` and is read through `aria-describedby`. */
  error?: string;
  description?: string;
  /** Submits the value with a surrounding form under this name. */
  name?: string;
  required?: boolean;
  disabled?: boolean;
  id?: string;
  /** Classes of the wrapper. */
  className?: string;
}

/**
 * A labelled choice from a short list (Radix Select: arrow keys, type-ahead, Escape). For long
 * lists that need searching use `Combobox`. An option's value must not be the empty string.
 */
export function Select({
  label,
  options,
  value,
  defaultValue,
  onValueChange,
  placeholder,
  error,
  description,
  name,
  required,
  disabled,
  id,
  className,
}: SelectProps) {
  const ids = useFieldIds(id, { description, error });
  return (
    <div className={classNames("grid gap-1.5", className)}>
      <label id={ids.labelId} htmlFor={ids.controlId} className={labelClass}>
        {label}
      </label>
      <FieldDescription id={ids.descriptionId}>{description}</FieldDescription>
      <RadixSelect.Root
        value={value}
        defaultValue={defaultValue}
        onValueChange={onValueChange}
        name={name}
        required={required}
        disabled={disabled}
      >
        <RadixSelect.Trigger
          id={ids.controlId}
          aria-invalid={ids.errorId !== undefined || undefined}
          aria-describedby={ids.describedBy}
          className={classNames(
            controlClass,
            "flex items-center justify-between gap-2 text-start data-[placeholder]:text-fg-muted",
          )}
        >
          <RadixSelect.Value placeholder={placeholder} />
          <RadixSelect.Icon>
            <ChevronDownIcon />
          </RadixSelect.Icon>
        </RadixSelect.Trigger>
        <RadixSelect.Portal>
          <RadixSelect.Content
            position="popper"
            sideOffset={4}
            className={classNames(
              "z-50 max-h-[var(--radix-select-content-available-height)] min-w-[var(--radix-select-trigger-width)]",
              "overflow-hidden rounded-ums border-ums border-line-strong bg-surface text-fg shadow-lg",
              "data-[state=open]:animate-ums-fade-in",
            )}
          >
            <RadixSelect.ScrollUpButton className="flex justify-center py-1 text-fg-muted">
              <ChevronUpIcon />
            </RadixSelect.ScrollUpButton>
            <RadixSelect.Viewport className="p-1">
              {options.map((option) => (
                <RadixSelect.Item
                  key={option.value}
                  value={option.value}
                  disabled={option.disabled}
                  className={classNames(
                    "relative flex min-h-10 cursor-pointer items-center rounded-ums py-2 ps-8 pe-3 text-base select-none",
                    "outline-none data-[highlighted]:bg-primary data-[highlighted]:text-on-primary",
                    "data-[disabled]:cursor-not-allowed data-[disabled]:text-fg-muted",
                  )}
                >
                  <RadixSelect.ItemIndicator className="absolute start-2 inline-flex">
                    <CheckIcon />
                  </RadixSelect.ItemIndicator>
                  <RadixSelect.ItemText>{option.label}</RadixSelect.ItemText>
                </RadixSelect.Item>
              ))}
            </RadixSelect.Viewport>
            <RadixSelect.ScrollDownButton className="flex justify-center py-1 text-fg-muted">
              <ChevronDownIcon />
            </RadixSelect.ScrollDownButton>
          </RadixSelect.Content>
        </RadixSelect.Portal>
      </RadixSelect.Root>
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
}
