import type { UserRole } from "@ums/db";

import { enqueueEmail } from "../email";
import { logActivity } from "../activity/log-activity";
import { invitationSelect } from "../selects";
import type { ServiceContext, Tx } from "../service-context";
import { invitationUrl, newInvitationToken } from "./invitation-token";

export interface InvitationTarget {
  user: { id: string; email: string; first_name: string };
  organizationId: string;
  role: UserRole;
  /** argon2id hash of the temporary password, if the inviter set one */
  temporaryPasswordHash: string | null;
  /** the person who sends it */
  inviterId: string;
}

/**
 * Creates a PENDING invitation for a (PENDING) user, queues the invitation e-mail and logs
 * INVITATION_SENT, all in the caller's transaction. It expires after INVITATION_EXPIRES_IN.
 * Returns the invitation and its URL: the only place the raw token ever appears.
 */
export async function issueInvitation(
  tx: Tx,
  ctx: ServiceContext,
  target: InvitationTarget,
  now: Date,
) {
  const { token, hash } = newInvitationToken();
  const invitation = await tx.userInvitation.create({
    data: {
      email: target.user.email,
      organization_id: target.organizationId,
      invited_by: target.inviterId,
      user_id: target.user.id,
      role: target.role,
      temporary_password: target.temporaryPasswordHash,
      invitation_token: hash,
      sent_at: now,
      expires_at: new Date(now.getTime() + ctx.settings.INVITATION_EXPIRES_IN),
    },
    select: invitationSelect,
  });
  const url = invitationUrl(ctx.settings.APP_URL, token);
  await sendInvitationEmail(tx, ctx, { invitation, url, template: "invitation" });
  await logActivity(tx, ctx, {
    userId: target.user.id,
    type: "INVITATION_SENT",
    data: {
      invitation_id: invitation.id,
      role: invitation.role,
      expires_at: invitation.expires_at.toISOString(),
    },
  });
  return { invitation, invitationUrl: url };
}

/** Queues the invitation (or a reminder of it) with the organization's and the inviter's names. */
export async function sendInvitationEmail(
  tx: Tx,
  ctx: Pick<ServiceContext, "settings">,
  options: {
    invitation: {
      email: string;
      organization_id: string;
      invited_by: string;
      user_id: string | null;
      role: UserRole;
      expires_at: Date;
    };
    url: string;
    template: "invitation" | "invitation-reminder";
    reminderNumber?: number;
  },
): Promise<void> {
  const { invitation } = options;
  // One after the other: inside a transaction they share one connection.
  const organization = await tx.organization.findUniqueOrThrow({
    where: { id: invitation.organization_id },
    select: { name: true },
  });
  const inviter = await tx.user.findUnique({
    where: { id: invitation.invited_by },
    select: { first_name: true, last_name: true },
  });
  const invitee =
    invitation.user_id === null
      ? null
      : await tx.user.findUnique({
          where: { id: invitation.user_id },
          select: { first_name: true },
        });
  const data = {
    organizationName: organization.name,
    inviterName: inviter ? `${inviter.first_name} ${inviter.last_name}`.trim() || null : null,
    role: invitation.role,
    invitationUrl: options.url,
    expiresAt: invitation.expires_at,
    firstName: invitee && invitee.first_name !== "" ? invitee.first_name : null,
  };
  await enqueueEmail(
    tx,
    ctx.settings,
    options.template === "invitation"
      ? {
          template: "invitation",
          to: invitation.email,
          organizationId: invitation.organization_id,
          data,
        }
      : {
          template: "invitation-reminder",
          to: invitation.email,
          organizationId: invitation.organization_id,
          data: { ...data, reminderNumber: options.reminderNumber ?? 1 },
        },
  );
}
