"use client";

import { classNames } from "./class-names";
import { FieldDescription, FieldError, labelClass, useFieldIds } from "./field";

/** One choice of a `CheckboxGroup`. */
export interface CheckboxOption {
  value: string;
  label: string;
  /** A short line under the label. */
  description?: string;
}

export interface CheckboxGroupProps {
  /** The group's visible name (its `<legend>`). */
  legend: string;
  options: readonly CheckboxOption[];
  /** The values checked, in any order. */
  value: readonly string[];
  /** The values checked after a change, in the order of `options`. */
  onValueChange: (value: string[]) => void;
  description?: string;
  /** The group's error: shown under it, and read with every checkbox. */
  error?: string;
  /** Submits each checked value with a surrounding form under this name. */
  name?: string;
  disabled?: boolean;
  id?: string;
  /** Classes of the wrapper. */
  className?: string;
}

/**
 * Several choices from a short list: native checkboxes (Space toggles, Tab moves) in a
 * `<fieldset>` whose `<legend>` names the group; each option is a card with its label and hint.
 */
export function CheckboxGroup({
  legend,
  options,
  value,
  onValueChange,
  description,
  error,
  name,
  disabled,
  id,
  className,
}: CheckboxGroupProps) {
  const ids = useFieldIds(id, { description, error });
  const checked = new Set(value);
  return (
    <fieldset
      id={ids.controlId}
      aria-describedby={ids.describedBy}
      disabled={disabled}
      className={classNames("m-0 grid min-w-0 gap-2 border-0 p-0", className)}
    >
      <legend className={classNames(labelClass, "mb-1.5 p-0")}>{legend}</legend>
      <FieldDescription id={ids.descriptionId}>{description}</FieldDescription>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((option) => {
          const inputId = `${ids.controlId}-${option.value}`;
          const hintId = option.description === undefined ? undefined : `${inputId}-hint`;
          return (
            // The whole card toggles the box (a click outside the label is forwarded to it), while
            // the name stays the label alone and the hint is read as its description.
            <div
              key={option.value}
              onClick={(event) => {
                if (event.target === event.currentTarget) {
                  document.getElementById(inputId)?.click();
                }
              }}
              className={classNames(
                "flex min-h-11 items-start gap-3 rounded-ums border-ums border-line bg-surface p-3",
                "has-[:checked]:border-primary has-[:disabled]:opacity-60",
              )}
            >
              <input
                id={inputId}
                type="checkbox"
                name={name}
                value={option.value}
                checked={checked.has(option.value)}
                aria-invalid={ids.errorId !== undefined || undefined}
                aria-describedby={[hintId, ids.errorId].filter(Boolean).join(" ") || undefined}
                onChange={(event) => {
                  const on = event.target.checked;
                  onValueChange(
                    options
                      .map((candidate) => candidate.value)
                      .filter((candidate) =>
                        candidate === option.value ? on : checked.has(candidate),
                      ),
                  );
                }}
                className="mt-0.5 size-5 shrink-0 cursor-pointer accent-[var(--ums-color-primary)] disabled:cursor-not-allowed"
              />
              <span className="grid gap-0.5">
                <label htmlFor={inputId} className="cursor-pointer font-medium text-fg">
                  {option.label}
                </label>
                {hintId === undefined ? null : (
                  <span id={hintId} className="text-sm text-fg-muted">
                    {option.description}
                  </span>
                )}
              </span>
            </div>
          );
        })}
      </div>
      <FieldError id={ids.errorId}>{error}</FieldError>
    </fieldset>
  );
}
