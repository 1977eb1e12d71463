"use client";

import type { RouterOutputs } from "@ums/api";
import { invitePersonInput } from "@ums/api/schemas/invitations";
import type { UserRole } from "@ums/db/enums";
import { Alert, Button, buttonClassName, Select, TextField } from "@ums/ui";
import Link from "next/link";
import { useEffect, useRef, useState, type SubmitEvent } from "react";

import { InvitationLink } from "../../../../components/admin/invitation-link";
import { failureOf } from "../../../../lib/form-errors";
import { roleLabels } from "../../../../lib/roles";
import { useForm } from "../../../../lib/use-form";
import { trpc } from "../../../../trpc/react";
import { absoluteTime, relativeTime } from "../../../../lib/moments";

const fields = ["email", "role", "first_name", "last_name", "temporary_password"] as const;
type FieldName = (typeof fields)[number];

const emptyValues: Record<FieldName, string> = {
  email: "",
  role: "LEARNER",
  first_name: "",
  last_name: "",
  temporary_password: "",
};

type CreatedInvitation = RouterOutputs["invitations"]["create"];

export interface InvitePersonFormProps {
  /** the roles the signed-in administrator may give */
  roles: readonly UserRole[];
  /** aims the call at the viewed organization (a platform administrator's choice) */
  organizationInput: { organization_id?: string };
  organizationName: string;
}

/**
 * Invites one person: e-mail, role, optional names and temporary password, checked with the
 * server's `invitePersonInput`; the server's objections (an address already taken) appear next to
 * their field. Then the invitation's link, shown once, to copy, and a way to invite another.
 */
export function InvitePersonForm({
  roles,
  organizationInput,
  organizationName,
}: InvitePersonFormProps) {
  const form = useForm<FieldName>(emptyValues);
  const create = trpc.invitations.create.useMutation();
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const emailField = useRef<HTMLInputElement>(null);
  const [inviteAnother, setInviteAnother] = useState(0);
  const utils = trpc.useUtils();

  useEffect(() => {
    if (created) resultHeading.current?.focus();
  }, [created]);
  useEffect(() => {
    if (inviteAnother > 0) emailField.current?.focus();
  }, [inviteAnother]);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    const { values } = form;
    const optional = (name: FieldName) =>
      values[name].trim() === "" ? {} : { [name]: values[name] };
    const parsed = form.parse(invitePersonInput, {
      email: values.email,
      role: values.role,
      ...optional("first_name"),
      ...optional("last_name"),
      // A password is taken as typed: spaces are part of it.
      ...(values.temporary_password === ""
        ? {}
        : { temporary_password: values.temporary_password }),
      ...organizationInput,
    });
    if (parsed === null) return;
    try {
      setCreated(await create.mutateAsync(parsed));
      void utils.invitations.list.invalidate();
    } catch (error) {
      form.fail(failureOf(error, fields));
    }
  }

  if (created) {
    const expires = created.invitation.expires_at;
    return (
      <section aria-labelledby="invited-heading" className="grid max-w-2xl gap-4">
        <h2
          id="invited-heading"
          ref={resultHeading}
          tabIndex={-1}
          className="text-xl font-semibold text-fg"
        >
          Invitation sent
        </h2>
        <Alert tone="success">
          {created.user.email} is invited to {organizationName} as{" "}
          {roleLabels[created.invitation.role].toLowerCase()}. The invitation e-mail is on its way.
        </Alert>
        <InvitationLink
          url={created.invitation_url}
          description={`Expires ${relativeTime(expires, new Date().toISOString())} (${absoluteTime(expires)}). The link is shown only this once: copy it now if you want to pass it on yourself. Resending the invitation later makes a new link.`}
        />
        <div className="flex flex-wrap gap-3">
          <Button
            type="button"
            onClick={() => {
              setCreated(null);
              form.setValues(emptyValues);
              setInviteAnother((count) => count + 1);
            }}
          >
            Invite another person
          </Button>
          <Link href="/admin/invitations" className={buttonClassName("secondary")}>
            See all invitations
          </Link>
        </div>
      </section>
    );
  }

  return (
    <form
      {...form.formProps}
      onSubmit={(event) => {
        void submit(event);
      }}
      className="grid max-w-2xl gap-4"
    >
      {form.message ? <Alert tone="danger">{form.message}</Alert> : null}
      <TextField
        ref={emailField}
        label="E-mail address"
        type="email"
        autoComplete="off"
        spellCheck={false}
        {...form.field("email")}
      />
      <Select
        label="Role"
        options={roles.map((role) => ({ value: role, label: roleLabels[role] }))}
        {...form.choice("role")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="First name (optional)" autoComplete="off" {...form.field("first_name")} />
        <TextField label="Last name (optional)" autoComplete="off" {...form.field("last_name")} />
      </div>
      <TextField
        label="Temporary password (optional)"
        type="password"
        autoComplete="new-password"
        description="At least 12 characters. The invitee enters it when accepting, then chooses their own. Without one, they choose a password straight away."
        {...form.field("temporary_password")}
      />
      <div>
        <Button type="submit" loading={create.isPending}>
          Send invitation
        </Button>
      </div>
    </form>
  );
}
