import { organizationScope } from "../../auth/actor";
import { notFound } from "../../errors";
import { invitationSelect } from "../selects";
import type { ServiceContext, Tx } from "../service-context";

/**
 * An invitation the actor may manage, locked for the rest of the transaction (so a resend, a
 * revoke and an acceptance never interleave). Another organization's is NOT_FOUND.
 */
export async function lockInvitationInScope(tx: Tx, ctx: ServiceContext, invitationId: string) {
  const scope = organizationScope(ctx.actor);
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "user_invitations" WHERE "id" = ${invitationId}::uuid FOR UPDATE`;
  const invitation =
    locked.length === 0
      ? null
      : await tx.userInvitation.findUnique({
          where: { id: invitationId },
          select: invitationSelect,
        });
  if (!invitation || (scope !== null && invitation.organization_id !== scope))
    throw notFound("Invitation");
  return invitation;
}
