"use client";

import { useCallback, useEffect, useId, useState, type ChangeEvent } from "react";

import type { z } from "zod";

import { fieldErrorsOf, type FieldErrors, type FormFailure } from "./form-errors";

/**
 * The state of a small form: its values (kept as typed whatever happens), the errors next to its
 * fields, the message at its top, and keyboard focus moved to the first field in error after a
 * failed submission. Spread `formProps` on the <form>.
 */
export function useForm<Name extends string>(initial: Record<Name, string>) {
  const formId = useId();
  const [values, setValues] = useState(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);

  useEffect(() => {
    if (failures === 0) return;
    document.getElementById(formId)?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failures, formId]);

  /** The props of the input for `name`: value, onChange, error. */
  const field = (name: Name) => ({
    name,
    value: values[name],
    error: fieldErrors[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const value = event.target.value;
      setValues((current) => ({ ...current, [name]: value }));
    },
  });

  /** The props of a select (or other `onValueChange` control) for `name`: value, change, error. */
  const choice = (name: Name) => ({
    value: values[name],
    error: fieldErrors[name],
    onValueChange: (value: string) => {
      setValues((current) => ({ ...current, [name]: value }));
    },
  });

  /** Shows a failure: the message on top and each field's error; focus goes to the first. */
  const fail = useCallback((failure: FormFailure) => {
    setFieldErrors(failure.fields);
    setMessage(failure.message);
    setFailures((count) => count + 1);
  }, []);

  /**
   * `input` checked with the server's own schema before it is sent: its parsed value, or null
   * after showing each problem next to its field (as `fail` does).
   */
  const parse = useCallback(
    <Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> | null => {
      const parsed = schema.safeParse(input);
      if (parsed.success) return parsed.data;
      fail({ message: null, fields: fieldErrorsOf(parsed.error) });
      return null;
    },
    [fail],
  );

  /** Clears errors and the message (before a new submission). */
  const clear = useCallback(() => {
    setFieldErrors({});
    setMessage(null);
  }, []);

  return {
    values,
    setValues,
    field,
    choice,
    parse,
    fieldErrors,
    message,
    fail,
    clear,
    /** the browser's own validation is off: the zod schemas say what is wrong, next to the field */
    formProps: { id: formId, noValidate: true },
  };
}
