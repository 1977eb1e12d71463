"use client";

import { resetPasswordInput } from "@ums/api/schemas/auth";
import { Alert, Button } from "@ums/ui";
import Link from "next/link";
import { useState, type SubmitEvent } from "react";

import { confirmationProblem, NewPasswordFields } from "../../../components/new-password-fields";
import { failureOf, fieldErrorsOf, type FormFailure } from "../../../lib/form-errors";
import { useForm } from "../../../lib/use-form";
import { trpc } from "../../../trpc/react";

export function ResetPasswordForm({ token }: { token: string }) {
  const form = useForm({ new_password: "", confirm_password: "" });
  const [linkProblem, setLinkProblem] = useState(false);
  const [done, setDone] = useState(false);
  const reset = trpc.auth.resetPassword.useMutation();

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    setLinkProblem(false);
    const parsed = resetPasswordInput.safeParse({ token, new_password: form.values.new_password });
    const failure: FormFailure = {
      message: null,
      fields: parsed.success ? {} : fieldErrorsOf(parsed.error),
    };
    const mismatch = confirmationProblem(form.values.new_password, form.values.confirm_password);
    if (mismatch !== null) failure.fields.confirm_password = mismatch;
    if (!parsed.success && failure.fields.token !== undefined) {
      setLinkProblem(true);
      failure.message = "This password-reset link is not valid: request a new one.";
    }
    if (!parsed.success || mismatch !== null) {
      form.fail(failure);
      return;
    }
    reset.mutate(parsed.data, {
      onSuccess: () => {
        setDone(true);
      },
      onError: (error) => {
        const result = failureOf(error, ["new_password"]);
        setLinkProblem(result.otherPaths?.includes("token") ?? false);
        form.fail(result);
      },
    });
  }

  if (done) {
    return (
      <Alert tone="success" title="Your new password is set">
        <p>
          You can now <Link href="/sign-in?reset=done">sign in with your new password</Link>.
        </p>
      </Alert>
    );
  }

  return (
    <div className="grid gap-6">
      {form.message ? (
        <Alert tone="danger" title={linkProblem ? "This link cannot be used" : undefined}>
          <p>{form.message}</p>
          {linkProblem ? (
            <p className="mt-2">
              <Link href="/forgot-password">Request a new link</Link>
            </p>
          ) : null}
        </Alert>
      ) : null}
      <form {...form.formProps} onSubmit={submit} className="grid gap-4">
        <NewPasswordFields
          password={form.field("new_password")}
          confirmation={form.field("confirm_password")}
        />
        <Button type="submit" loading={reset.isPending} className="w-full">
          Set password
        </Button>
      </form>
    </div>
  );
}
