"use client";

import { changePasswordInput, passwordProblem } from "@ums/api/schemas/auth";
import { Alert, Button, TextField } from "@ums/ui";
import type { Route } from "next";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type SubmitEvent } from "react";

import { confirmationProblem, NewPasswordFields } from "../../../../components/new-password-fields";
import { failureOf, fieldErrorsOf, sentence, type FieldErrors } from "../../../../lib/form-errors";
import { useForm } from "../../../../lib/use-form";
import { trpc } from "../../../../trpc/react";

interface ChangePasswordFormProps {
  /** the signed-in user's address: to sign in again with the new password */
  email: string;
  /** the current password is a temporary one */
  mustChange: boolean;
  /** where to continue once a temporary password is replaced */
  callbackUrl: string;
}

const empty = { current_password: "", new_password: "", confirm_password: "" };

export function ChangePasswordForm({ email, mustChange, callbackUrl }: ChangePasswordFormProps) {
  const router = useRouter();
  const form = useForm(empty);
  const [changed, setChanged] = useState(false);
  const [renewing, setRenewing] = useState(false);
  const change = trpc.auth.changePassword.useMutation();

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    setChanged(false);
    const { values } = form;
    const parsed = changePasswordInput.safeParse({
      current_password: values.current_password,
      new_password: values.new_password,
    });
    const fields: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
    const emailProblem = passwordProblem(values.new_password, { email });
    if (fields.new_password === undefined && emailProblem !== null) {
      fields.new_password = sentence(emailProblem);
    }
    if (
      fields.new_password === undefined &&
      values.new_password !== "" &&
      values.new_password === values.current_password
    ) {
      fields.new_password = "Must differ from your current password.";
    }
    const mismatch = confirmationProblem(values.new_password, values.confirm_password);
    if (mismatch !== null) fields.confirm_password = mismatch;
    if (!parsed.success || Object.keys(fields).length > 0) {
      form.fail({ message: null, fields });
      return;
    }
    try {
      await change.mutateAsync(parsed.data);
    } catch (error) {
      form.fail(failureOf(error, ["current_password", "new_password"]));
      return;
    }
    // A new password ends every session that began before it, this one too: sign in again with
    // it, so that this tab stays signed in.
    setRenewing(true);
    const renewed = await signIn("credentials", {
      email,
      password: parsed.data.new_password,
      redirect: false,
    }).catch(() => undefined);
    setRenewing(false);
    form.setValues(empty);
    if (!renewed?.ok || renewed.error) {
      router.replace(`/sign-in?${new URLSearchParams({ callbackUrl }).toString()}` as Route);
      return;
    }
    if (mustChange) {
      router.replace(callbackUrl as Route);
      router.refresh();
      return;
    }
    setChanged(true);
    router.refresh();
  }

  return (
    <div className="grid gap-6">
      {mustChange ? (
        <Alert tone="warning" title="Your password must be changed">
          You signed in with a temporary password. Choose your own password to continue.
        </Alert>
      ) : null}
      {changed ? (
        <Alert tone="success" title="Password changed">
          Your new password is in use. Your other sessions have been signed out.
        </Alert>
      ) : null}
      {form.message ? <Alert tone="danger">{form.message}</Alert> : null}
      <form
        {...form.formProps}
        onSubmit={(event) => {
          void submit(event);
        }}
        className="grid gap-4"
      >
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          required
          {...form.field("current_password")}
        />
        <NewPasswordFields
          password={form.field("new_password")}
          confirmation={form.field("confirm_password")}
        />
        <Button type="submit" loading={change.isPending || renewing} className="w-full">
          Change password
        </Button>
      </form>
    </div>
  );
}
