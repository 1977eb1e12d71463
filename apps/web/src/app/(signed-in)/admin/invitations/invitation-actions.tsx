"use client";

import type { RouterOutputs } from "@ums/api";
import { Button, ConfirmDialog, Dialog, useToast } from "@ums/ui";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { InvitationLink } from "../../../../components/admin/invitation-link";
import { failureOf } from "../../../../lib/form-errors";
import { trpc } from "../../../../trpc/react";
import { absoluteTime } from "../../../../lib/moments";

export type InvitationRow = RouterOutputs["invitations"]["list"]["items"][number];

/** A link the API gave for an invitation in this visit (the only time one exists). */
export interface FreshLink {
  url: string;
  expiresAt: string;
}

export interface InvitationActionsProps {
  invitation: InvitationRow;
  /** the link from resending it during this visit, if it was */
  link: FreshLink | undefined;
  onLink: (link: FreshLink) => void;
}

/**
 * A row's actions: resend (pending or expired: a new link, the old one stops working), revoke
 * (pending, after a confirmation), and the link — only after a resend in this visit, because only
 * a fingerprint of a link is stored and the API cannot give an old one back.
 */
export function InvitationActions({ invitation, link, onLink }: InvitationActionsProps) {
  const router = useRouter();
  const { toast } = useToast();
  const resend = trpc.invitations.resend.useMutation();
  const revoke = trpc.invitations.revoke.useMutation();
  const [linkOpen, setLinkOpen] = useState(false);
  const email = invitation.email;

  async function resendIt() {
    try {
      const resent = await resend.mutateAsync({ invitation_id: invitation.id });
      onLink({ url: resent.invitation_url, expiresAt: resent.expires_at });
    } catch (error) {
      toast({
        tone: "danger",
        title: "Could not resend the invitation",
        description: failureOf(error, []).message ?? undefined,
      });
      throw error;
    }
    setLinkOpen(true);
    router.refresh();
  }

  async function revokeIt() {
    try {
      await revoke.mutateAsync({ invitation_id: invitation.id });
    } catch (error) {
      toast({
        tone: "danger",
        title: "Could not revoke the invitation",
        description: failureOf(error, []).message ?? undefined,
      });
      throw error;
    }
    toast({ title: "Invitation revoked", description: `${email} can no longer use its link.` });
    router.refresh();
  }

  const canResend = invitation.status === "PENDING" || invitation.status === "EXPIRED";
  const canRevoke = invitation.status === "PENDING";
  if (!canResend && !canRevoke) return <span className="text-fg-muted">None</span>;

  return (
    <div className="flex flex-wrap gap-2">
      {link ? (
        <Dialog
          open={linkOpen}
          onOpenChange={setLinkOpen}
          title={`New invitation link for ${email}`}
          description={`The invitation was sent again; the earlier link no longer works. This link expires on ${absoluteTime(link.expiresAt)} and is shown only during this visit.`}
          trigger={
            <Button type="button" variant="secondary" size="sm">
              Copy link<span className="sr-only"> for {email}</span>
            </Button>
          }
        >
          <InvitationLink url={link.url} />
        </Dialog>
      ) : null}
      {canResend ? (
        <ConfirmDialog
          title={`Send the invitation to ${email} again?`}
          description="A new e-mail goes out with a new link, valid from now. The link sent before stops working."
          confirmLabel="Resend invitation"
          onConfirm={resendIt}
          trigger={
            <Button type="button" variant="secondary" size="sm">
              Resend<span className="sr-only"> invitation to {email}</span>
            </Button>
          }
        />
      ) : null}
      {canRevoke ? (
        <ConfirmDialog
          title={`Revoke the invitation to ${email}?`}
          description="Its link stops working at once. You can invite this person again later."
          confirmLabel="Revoke invitation"
          tone="danger"
          onConfirm={revokeIt}
          trigger={
            <Button type="button" variant="danger" size="sm">
              Revoke<span className="sr-only"> invitation to {email}</span>
            </Button>
          }
        />
      ) : null}
    </div>
  );
}
