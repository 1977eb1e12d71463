import type { InputHTMLAttributes, ReactNode, Ref } from "react";

import { classNames } from "./class-names";
import { controlClass, FieldDescription, FieldError, labelClass, useFieldIds } from "./field";

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  /** The visible label, tied to the input with `for`/`id`: it is the input's accessible name. */
  label: string;
  /** The field's error; sets `aria-invalid` and is announced through `aria-describedby`. */
  error?: string;
  /** A hint shown under the label and read with the input. */
  description?: string;
  /** Content after the input inside the field (a "show password" button, a unit). */
  endAdornment?: ReactNode;
  /** Classes of the wrapper; `className` goes to the input. */
  wrapperClassName?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled single-line input with an optional description and error message. */
export function TextField({
  label,
  error,
  description,
  endAdornment,
  id,
  className,
  wrapperClassName,
  "aria-describedby": ariaDescribedBy,
  ...rest
}: TextFieldProps) {
  const ids = useFieldIds(id, { description, error, describedBy: ariaDescribedBy });
  const invalid = ids.errorId !== undefined;
  return (
    <div className={classNames("grid gap-1.5", wrapperClassName)}>
      <label id={ids.labelId} htmlFor={ids.controlId} className={labelClass}>
        {label}
      </label>
      <FieldDescription id={ids.descriptionId}>{description}</FieldDescription>
      <div className="flex items-center gap-2">
        <input
          {...rest}
          id={ids.controlId}
          aria-invalid={invalid ? true : rest["aria-invalid"]}
          aria-describedby={ids.describedBy}
          className={classNames(controlClass, className)}
        />
        {endAdornment}
      </div>
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
}
