import { AppError } from "../../errors";
import { logActivity } from "../activity/log-activity";
import { invitationSelect } from "../selects";
import type { ServiceContext } from "../service-context";
import { lockInvitationInScope } from "./find-invitation";
import { invitationUrl, newInvitationToken } from "./invitation-token";
import { sendInvitationEmail } from "./issue-invitation";

/**
 * Sends a PENDING (or EXPIRED) invitation again with a new link: the old link stops working, the
 * expiry starts again from now (INVITATION_EXPIRES_IN), an EXPIRED invitation is PENDING again.
 * reminder_count and reminder_sent_at stay as they are: they count the automatic reminders.
 * INVITATION_RESENT is logged. Accepted and cancelled invitations are a CONFLICT.
 */
export async function resendInvitation(
  ctx: ServiceContext,
  invitationId: string,
  now = new Date(),
) {
  return ctx.db.$transaction(async (tx) => {
    const before = await lockInvitationInScope(tx, ctx, invitationId);
    if (before.status === "ACCEPTED" || before.status === "CANCELLED") {
      throw new AppError(
        "CONFLICT",
        `This invitation was ${before.status.toLowerCase()}; it cannot be sent again`,
        {
          details: [{ path: "invitation_id", message: `is ${before.status}` }],
        },
      );
    }
    const { token, hash } = newInvitationToken();
    const invitation = await tx.userInvitation.update({
      where: { id: invitationId },
      data: {
        invitation_token: hash,
        status: "PENDING",
        sent_at: now,
        expires_at: new Date(now.getTime() + ctx.settings.INVITATION_EXPIRES_IN),
      },
      select: invitationSelect,
    });
    const url = invitationUrl(ctx.settings.APP_URL, token);
    await sendInvitationEmail(tx, ctx, { invitation, url, template: "invitation" });
    if (invitation.user_id !== null) {
      await logActivity(tx, ctx, {
        userId: invitation.user_id,
        type: "INVITATION_RESENT",
        data: { invitation_id: invitation.id, expires_at: invitation.expires_at.toISOString() },
      });
    }
    return { ...invitation, invitation_url: url };
  });
}

/**
 * Revokes a PENDING invitation: CANCELLED, and its link is dead. Revoking a cancelled invitation
 * again changes nothing; an accepted or expired one is a CONFLICT. The invited user stays PENDING,
 * so they can be invited again later.
 */
export async function revokeInvitation(ctx: ServiceContext, invitationId: string) {
  return ctx.db.$transaction(async (tx) => {
    const before = await lockInvitationInScope(tx, ctx, invitationId);
    if (before.status === "CANCELLED") return before;
    if (before.status !== "PENDING") {
      throw new AppError(
        "CONFLICT",
        `This invitation is ${before.status.toLowerCase()}; only a pending one can be revoked`,
        {
          details: [{ path: "invitation_id", message: `is ${before.status}` }],
        },
      );
    }
    const invitation = await tx.userInvitation.update({
      where: { id: invitationId },
      data: { status: "CANCELLED" },
      select: invitationSelect,
    });
    if (invitation.user_id !== null) {
      await logActivity(tx, ctx, {
        userId: invitation.user_id,
        type: "INVITATION_REVOKED",
        data: { invitation_id: invitation.id },
      });
    }
    return invitation;
  });
}
