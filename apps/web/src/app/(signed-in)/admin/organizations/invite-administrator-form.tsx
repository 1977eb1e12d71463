"use client";

import type { RouterOutputs } from "@ums/api";
import { invitePersonInput } from "@ums/api/schemas/invitations";
import { Alert, Button, TextField } from "@ums/ui";
import Link from "next/link";
import { useState, type SubmitEvent } from "react";

import { InvitationLink } from "../../../../components/admin/invitation-link";
import { failureOf } from "../../../../lib/form-errors";
import { useForm } from "../../../../lib/use-form";
import { trpc } from "../../../../trpc/react";

type CreatedInvitation = RouterOutputs["invitations"]["create"];

const fields = ["email", "first_name", "last_name"] as const;
type FieldName = (typeof fields)[number];

export interface InviteAdministratorFormProps {
  organization: { id: string; name: string };
  /** closes what holds the form (the button says "Skip" before an invitation, "Done" after) */
  onDone: () => void;
}

/** An optional name: empty means not given (the invitee may give it when accepting). */
const optional = (value: string) => (value.trim() === "" ? undefined : value);

/**
 * Invites an organization administrator into `organization` (a platform administrator's call,
 * with `organization_id`), then shows the invitation link to pass on. The invitation e-mail goes
 * out too (in development, to the mailbox).
 */
export function InviteAdministratorForm({ organization, onDone }: InviteAdministratorFormProps) {
  const form = useForm<FieldName>({ email: "", first_name: "", last_name: "" });
  const invite = trpc.invitations.create.useMutation();
  const [invited, setInvited] = useState<CreatedInvitation | null>(null);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    const parsed = form.parse(invitePersonInput, {
      email: form.values.email,
      role: "ORG_ADMIN",
      first_name: optional(form.values.first_name),
      last_name: optional(form.values.last_name),
      organization_id: organization.id,
    });
    if (parsed === null) return;
    try {
      setInvited(await invite.mutateAsync(parsed));
    } catch (error) {
      form.fail(failureOf(error, fields));
    }
  }

  if (invited !== null) {
    return (
      <div className="grid gap-4">
        <Alert tone="success" title="Invitation sent">
          {invited.user.email} is invited as an organization administrator of {organization.name}.
          The invitation e-mail is on its way (without an SMTP server, it waits in the{" "}
          <Link href="/admin/mailbox" className="underline underline-offset-4">
            mailbox
          </Link>
          ). You can also pass them this link: it is shown only now.
        </Alert>
        <InvitationLink url={invited.invitation_url} />
        <div className="flex flex-wrap items-center justify-end gap-3">
          <Button type="button" onClick={onDone}>
            Done
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form
      {...form.formProps}
      onSubmit={(event) => {
        void submit(event);
      }}
      className="grid gap-4"
    >
      {form.message ? <Alert tone="danger">{form.message}</Alert> : null}
      <TextField label="E-mail address" type="email" autoComplete="off" {...form.field("email")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="First name (optional)" autoComplete="off" {...form.field("first_name")} />
        <TextField label="Last name (optional)" autoComplete="off" {...form.field("last_name")} />
      </div>
      <div className="flex flex-wrap justify-end gap-3">
        <Button type="button" variant="secondary" onClick={onDone}>
          Not now
        </Button>
        <Button type="submit" loading={invite.isPending}>
          Send invitation
        </Button>
      </div>
    </form>
  );
}
