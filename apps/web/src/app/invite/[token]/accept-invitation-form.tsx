"use client";

import { passwordProblem } from "@ums/api/schemas/auth";
import { acceptInvitationInput } from "@ums/api/schemas/invitations";
import type { UserRole } from "@ums/db/enums";
import { Alert, Button, TextField } from "@ums/ui";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type SubmitEvent } from "react";

import { confirmationProblem, NewPasswordFields } from "../../../components/new-password-fields";
import { failureOf, fieldErrorsOf, sentence, type FieldErrors } from "../../../lib/form-errors";
import { roleLabels } from "../../../lib/roles";
import { useForm } from "../../../lib/use-form";
import { trpc } from "../../../trpc/react";

interface InvitationSummary {
  email: string;
  organizationName: string;
  role: UserRole;
  /** ISO 8601 */
  expiresAt: string;
  firstName: string;
  lastName: string;
  requiresTemporaryPassword: boolean;
}

const fieldNames = ["first_name", "last_name", "temporary_password", "password"] as const;

// In UTC, so that the server and the browser render the same text.
const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });

export function AcceptInvitationForm({
  token,
  invitation,
}: {
  token: string;
  invitation: InvitationSummary;
}) {
  const router = useRouter();
  const form = useForm({
    first_name: invitation.firstName,
    last_name: invitation.lastName,
    temporary_password: "",
    password: "",
    confirm_password: "",
  });
  // Accepted, but signing in afterwards did not work: the account is ready all the same.
  const [acceptedOnly, setAcceptedOnly] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const accept = trpc.invitations.accept.useMutation();

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    const { values } = form;
    const input = {
      token,
      password: values.password,
      ...(invitation.requiresTemporaryPassword
        ? { temporary_password: values.temporary_password }
        : {}),
      ...(values.first_name.trim() === "" ? {} : { first_name: values.first_name }),
      ...(values.last_name.trim() === "" ? {} : { last_name: values.last_name }),
    };
    const parsed = acceptInvitationInput.safeParse(input);
    const fields: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
    const emailProblem = passwordProblem(values.password, { email: invitation.email });
    if (fields.password === undefined && emailProblem !== null) {
      fields.password = sentence(emailProblem);
    }
    if (invitation.requiresTemporaryPassword && values.temporary_password === "") {
      fields.temporary_password = "Enter the temporary password you were given.";
    }
    const mismatch = confirmationProblem(values.password, values.confirm_password);
    if (mismatch !== null) fields.confirm_password = mismatch;
    if (!parsed.success || Object.keys(fields).length > 0) {
      form.fail({ message: null, fields });
      return;
    }
    let accepted;
    try {
      accepted = await accept.mutateAsync(parsed.data);
    } catch (error) {
      form.fail(failureOf(error, fieldNames));
      return;
    }
    setSigningIn(true);
    const result = await signIn("credentials", {
      email: accepted.email,
      password: values.password,
      redirect: false,
    }).catch(() => undefined);
    if (result?.ok && !result.error) {
      router.replace("/");
      router.refresh();
      return;
    }
    setSigningIn(false);
    setAcceptedOnly(accepted.email);
  }

  if (acceptedOnly !== null) {
    return (
      <Alert tone="success" title="Your account is ready">
        <p>
          You joined {invitation.organizationName}.{" "}
          <Link href="/sign-in">Sign in as {acceptedOnly}</Link> with the password you chose.
        </p>
      </Alert>
    );
  }

  return (
    <div className="grid gap-6">
      <dl className="grid gap-3 rounded-ums border-ums border-line bg-surface-muted p-4 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-6">
        <dt className="font-semibold text-fg">Organization</dt>
        <dd className="text-fg">{invitation.organizationName}</dd>
        <dt className="font-semibold text-fg">Role</dt>
        <dd className="text-fg">{roleLabels[invitation.role]}</dd>
        <dt className="font-semibold text-fg">E-mail address</dt>
        <dd className="break-all text-fg">{invitation.email}</dd>
        <dt className="font-semibold text-fg">Valid until</dt>
        <dd className="text-fg">
          <time dateTime={invitation.expiresAt}>
            {dateFormat.format(new Date(invitation.expiresAt))}
          </time>
        </dd>
      </dl>
      {form.message ? <Alert tone="danger">{form.message}</Alert> : null}
      <form
        {...form.formProps}
        onSubmit={(event) => {
          void submit(event);
        }}
        className="grid gap-4"
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="First name" autoComplete="given-name" {...form.field("first_name")} />
          <TextField label="Last name" autoComplete="family-name" {...form.field("last_name")} />
        </div>
        {invitation.requiresTemporaryPassword ? (
          <TextField
            label="Temporary password"
            type="password"
            autoComplete="off"
            required
            description="The password the person who invited you gave you."
            {...form.field("temporary_password")}
          />
        ) : null}
        <NewPasswordFields
          passwordLabel="Password"
          password={form.field("password")}
          confirmation={form.field("confirm_password")}
        />
        <Button type="submit" loading={accept.isPending || signingIn} className="w-full">
          Accept invitation
        </Button>
      </form>
    </div>
  );
}
