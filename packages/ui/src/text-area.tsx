import type { ReactNode, Ref, TextareaHTMLAttributes } from "react";

import { classNames } from "./class-names";
import { controlClass, FieldDescription, FieldError, labelClass, useFieldIds } from "./field";

export interface TextAreaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  /** The visible label, tied to the text area with `for`/`id`: it is its accessible name. */
  label: string;
  /** The field's error; sets `aria-invalid` and is announced through `aria-describedby`. */
  error?: string;
  /** A hint shown under the label and read with the text area. */
  description?: ReactNode;
  /** Classes of the wrapper; `className` goes to the text area. */
  wrapperClassName?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/**
 * A labelled multi-line input, with the same label/description/error contract as `TextField`.
 * With a `maxLength` and a controlled string `value`, a "n of max characters" count is shown under
 * it (read with the field, not announced on every key).
 */
export function TextArea({
  label,
  error,
  description,
  id,
  className,
  wrapperClassName,
  rows = 4,
  "aria-describedby": ariaDescribedBy,
  ...rest
}: TextAreaProps) {
  const ids = useFieldIds(id, { description, error, describedBy: ariaDescribedBy });
  const counterId = `${ids.labelId}-count`;
  const count =
    typeof rest.value === "string" && rest.maxLength !== undefined
      ? { used: rest.value.length, max: rest.maxLength }
      : null;
  const describedBy =
    [ids.describedBy, count ? counterId : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <div className={classNames("grid gap-1.5", wrapperClassName)}>
      <label id={ids.labelId} htmlFor={ids.controlId} className={labelClass}>
        {label}
      </label>
      <FieldDescription id={ids.descriptionId}>{description}</FieldDescription>
      <textarea
        {...rest}
        id={ids.controlId}
        rows={rows}
        aria-invalid={ids.errorId !== undefined ? true : rest["aria-invalid"]}
        aria-describedby={describedBy}
        className={classNames(controlClass, "resize-y", className)}
      />
      {count ? (
        <p id={counterId} className="justify-self-end text-sm text-fg-muted">
          {count.used} of {count.max} characters
        </p>
      ) : null}
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
}
