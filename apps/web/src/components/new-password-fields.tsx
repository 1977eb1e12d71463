"use client";

import { passwordMinLength } from "@ums/api/schemas/auth";
import { isCommonPassword } from "@ums/api/schemas/common-passwords";
import { PasswordStrength, TextField } from "@ums/ui";
import { useId, type ChangeEvent } from "react";

interface FieldProps {
  name: string;
  value: string;
  error?: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

interface NewPasswordFieldsProps {
  password: FieldProps;
  confirmation: FieldProps;
  /** the label of the first field ("New password", or "Password" when there is no old one) */
  passwordLabel?: string;
}

/** A new password typed twice, with the rules it must follow and a strength meter. */
export function NewPasswordFields({
  password,
  confirmation,
  passwordLabel = "New password",
}: NewPasswordFieldsProps) {
  const strengthId = useId();
  return (
    <>
      <div className="grid gap-2">
        <TextField
          label={passwordLabel}
          type="password"
          autoComplete="new-password"
          required
          minLength={passwordMinLength}
          description={`At least ${passwordMinLength} characters. Not a common password, and not your e-mail address.`}
          aria-describedby={strengthId}
          {...password}
        />
        <PasswordStrength
          id={strengthId}
          password={password.value}
          minLength={passwordMinLength}
          isCommon={isCommonPassword}
        />
      </div>
      <TextField
        label="Confirm password"
        type="password"
        autoComplete="new-password"
        required
        {...confirmation}
      />
    </>
  );
}

/** The error of the confirmation field, or null when both fields agree. */
export function confirmationProblem(password: string, confirmation: string): string | null {
  if (confirmation === "") return "Type the password again to confirm it.";
  return confirmation === password ? null : "Does not match the password above.";
}
