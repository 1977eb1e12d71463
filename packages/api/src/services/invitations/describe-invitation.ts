import { AppError } from "../../errors";
import type { ServiceContext, Tx } from "../service-context";
import type { Context } from "../../context";
import { hashInvitationToken, tokenMatches } from "./invitation-token";

/** What a link's invitation can be found to be, each with its own answer. */
export const invitationLinkErrors = {
  unknown: () =>
    new AppError(
      "NOT_FOUND",
      "This invitation link is not valid: it may have been replaced by a newer one",
      {
        details: [{ path: "token", message: "unknown" }],
      },
    ),
  accepted: () =>
    new AppError("CONFLICT", "This invitation has already been accepted: sign in instead", {
      details: [{ path: "token", message: "accepted" }],
    }),
  expired: () =>
    new AppError(
      "CONFLICT",
      "This invitation has expired: ask the person who invited you for a new one",
      {
        details: [{ path: "token", message: "expired" }],
      },
    ),
  cancelled: () =>
    new AppError("CONFLICT", "This invitation was withdrawn: ask the person who invited you", {
      details: [{ path: "token", message: "cancelled" }],
    }),
};

/**
 * The invitation behind a raw token, if it can still be accepted at `now`; otherwise the error
 * that says why not. With `lock`, the row stays locked for the caller's transaction.
 */
export async function openInvitation(
  db: Tx | Context["db"],
  token: string,
  now: Date,
  options: { lock?: boolean } = {},
) {
  const hash = hashInvitationToken(token);
  if (options.lock) {
    await db.$queryRaw`SELECT 1 FROM "user_invitations" WHERE "invitation_token" = ${hash} FOR UPDATE`;
  }
  const invitation = await db.userInvitation.findUnique({
    where: { invitation_token: hash },
    select: {
      id: true,
      email: true,
      role: true,
      status: true,
      expires_at: true,
      user_id: true,
      organization_id: true,
      invitation_token: true,
      temporary_password: true,
      organization: { select: { name: true } },
      user: { select: { first_name: true, last_name: true, status: true } },
    },
  });
  if (!invitation || !tokenMatches(token, invitation.invitation_token))
    throw invitationLinkErrors.unknown();
  if (invitation.status === "ACCEPTED") throw invitationLinkErrors.accepted();
  if (invitation.status === "CANCELLED") throw invitationLinkErrors.cancelled();
  if (invitation.status === "EXPIRED" || invitation.expires_at <= now)
    throw invitationLinkErrors.expired();
  return invitation;
}

/**
 * For the acceptance page (anyone holding the link): which organization invites whom, as what,
 * until when, and whether a temporary password is needed. Nothing secret.
 */
export async function describeInvitation(
  ctx: Pick<ServiceContext, "db">,
  token: string,
  now = new Date(),
) {
  const invitation = await openInvitation(ctx.db, token, now);
  return {
    email: invitation.email,
    organization_name: invitation.organization.name,
    role: invitation.role,
    expires_at: invitation.expires_at,
    first_name: invitation.user?.first_name ?? "",
    last_name: invitation.user?.last_name ?? "",
    requires_temporary_password: invitation.temporary_password !== null,
  };
}
