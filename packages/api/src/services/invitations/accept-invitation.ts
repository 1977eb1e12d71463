import type { Context } from "../../context";
import { AppError, invalid } from "../../errors";
import type { AcceptInvitationInput } from "../../schemas/invitations";
import { logActivity } from "../activity/log-activity";
import { setPassword, setPasswordHash, verifyPassword } from "../credentials/passwords";
import { userSelect } from "../selects";
import { openInvitation } from "./describe-invitation";

/**
 * Accepting an invitation with the raw token from its link: the invitee becomes an ACTIVE member
 * with the invitation's role, the invitation ACCEPTED (accepted_at set), INVITATION_ACCEPTED logged.
 * - With `password`: it becomes their password (the password policy applies).
 * - When the inviter set a temporary password, it must be given too; given alone, it becomes the
 *   password and must be replaced at the first sign-in.
 * An unknown, accepted, expired or cancelled link each gets its own error and changes nothing.
 * The invitation row is locked while accepting: of two simultaneous accepts, exactly one succeeds.
 */
export async function acceptInvitation(
  ctx: Pick<Context, "db" | "actor" | "meta">,
  input: AcceptInvitationInput,
  now = new Date(),
) {
  return ctx.db.$transaction(async (tx) => {
    const invitation = await openInvitation(tx, input.token, now, { lock: true });
    const temporaryHash = invitation.temporary_password;
    if (temporaryHash !== null) {
      const given = input.temporary_password;
      if (given === undefined || !(await verifyPassword(temporaryHash, given))) {
        throw new AppError(
          "UNAUTHENTICATED",
          "The temporary password is not the one you were given",
          {
            details: [{ path: "temporary_password", message: "is not the one you were given" }],
          },
        );
      }
      if (input.password !== undefined && input.password === given) {
        throw invalid("password", "must differ from the temporary password");
      }
    } else if (input.password === undefined) {
      throw invalid("password", "is required: this invitation has no temporary password");
    }
    if (invitation.user_id === null) throw new Error(`Invitation ${invitation.id} has no user`);
    const userId = invitation.user_id;

    const user = await tx.user.update({
      where: { id: userId },
      data: {
        status: "ACTIVE",
        role: invitation.role,
        ...(input.first_name === undefined ? {} : { first_name: input.first_name }),
        ...(input.last_name === undefined ? {} : { last_name: input.last_name }),
      },
      select: userSelect,
    });
    if (input.password !== undefined) {
      await setPassword(tx, userId, input.password, { mustChange: false, now });
    } else if (temporaryHash !== null) {
      await setPasswordHash(tx, userId, temporaryHash, { mustChange: true, now });
    }
    await tx.userInvitation.update({
      where: { id: invitation.id },
      // The temporary password has done its job; its hash is not kept on the invitation.
      data: { status: "ACCEPTED", accepted_at: now, temporary_password: null },
      select: { id: true },
    });
    await logActivity(tx, ctx, {
      userId,
      type: "INVITATION_ACCEPTED",
      data: { invitation_id: invitation.id, role: invitation.role },
    });
    return {
      user_id: user.id,
      email: user.email,
      organization_id: user.organization_id,
      role: user.role,
      must_change_password: input.password === undefined,
    };
  });
}
