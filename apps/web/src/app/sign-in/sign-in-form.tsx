"use client";

import { signInInput } from "@ums/api/schemas/auth";
import { Alert, Button, TextField } from "@ums/ui";
import type { Route } from "next";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type SubmitEvent } from "react";

import { signInErrorMessage } from "../../lib/sign-in-errors";
import { useForm } from "../../lib/use-form";

interface SignInFormProps {
  /** where to go once signed in (already checked to stay on this site) */
  callbackUrl: string;
  /** a failure next-auth sent back in the URL (single sign-on) */
  initialError: string | null;
  /** a neutral message to show above the form ("You have been signed out") */
  notice: string | null;
  singleSignOn: boolean;
}

export function SignInForm({ callbackUrl, initialError, notice, singleSignOn }: SignInFormProps) {
  const router = useRouter();
  const form = useForm({ email: "", password: "" });
  const [pending, setPending] = useState(false);
  const message = form.message ?? initialError;

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    const parsed = form.parse(signInInput, form.values);
    if (parsed === null) return;
    setPending(true);
    try {
      const result = await signIn("credentials", {
        email: parsed.email,
        password: parsed.password,
        redirect: false,
        callbackUrl,
      });
      if (!result?.ok || result.error) {
        form.fail({ message: signInErrorMessage(result?.error ?? "Unknown"), fields: {} });
        setPending(false);
        return;
      }
      // Signed in: the protected pages take over (a temporary password is sent to be changed).
      router.replace(callbackUrl as Route);
      router.refresh();
    } catch {
      form.fail({ message: signInErrorMessage("Unavailable"), fields: {} });
      setPending(false);
    }
  }

  return (
    <div className="grid gap-6">
      {notice && !message ? <Alert tone="info">{notice}</Alert> : null}
      {message ? (
        <Alert tone="danger" title="Could not sign you in">
          {message}
        </Alert>
      ) : null}
      <form
        {...form.formProps}
        onSubmit={(event) => {
          void submit(event);
        }}
        className="grid gap-4"
      >
        <TextField
          label="Email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          {...form.field("email")}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          {...form.field("password")}
        />
        <Button type="submit" loading={pending} className="w-full">
          Sign in
        </Button>
      </form>
      {singleSignOn ? (
        <div className="grid gap-3">
          <p className="text-center text-sm text-fg-muted">or</p>
          <Button
            type="button"
            variant="secondary"
            className="w-full"
            onClick={() => void signIn("oidc", { callbackUrl })}
          >
            Sign in with single sign-on
          </Button>
        </div>
      ) : null}
    </div>
  );
}
