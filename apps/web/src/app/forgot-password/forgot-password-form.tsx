"use client";

import { requestPasswordResetInput } from "@ums/api/schemas/auth";
import { Alert, Button, TextField } from "@ums/ui";
import { useState, type SubmitEvent } from "react";

import { failureOf } from "../../lib/form-errors";
import { useForm } from "../../lib/use-form";
import { trpc } from "../../trpc/react";

export function ForgotPasswordForm() {
  const form = useForm({ email: "" });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const request = trpc.auth.requestPasswordReset.useMutation();

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    setSentTo(null);
    const parsed = form.parse(requestPasswordResetInput, form.values);
    if (parsed === null) return;
    request.mutate(parsed, {
      // The same answer whether or not the address has an account.
      onSuccess: () => {
        setSentTo(parsed.email);
      },
      onError: (error) => {
        form.fail(failureOf(error, ["email"]));
      },
    });
  }

  return (
    <div className="grid gap-6">
      {sentTo ? (
        <Alert tone="success" title="Check your e-mail">
          If an account uses {sentTo}, we have sent it a link to choose a new password. The link
          works once and for a limited time. Nothing arrived? Check your spam folder, or ask again.
        </Alert>
      ) : null}
      {form.message ? <Alert tone="danger">{form.message}</Alert> : null}
      <form {...form.formProps} onSubmit={submit} className="grid gap-4">
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          {...form.field("email")}
        />
        <Button type="submit" loading={request.isPending} className="w-full">
          Send reset link
        </Button>
      </form>
    </div>
  );
}
