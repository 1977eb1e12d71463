import { randomUUID } from "node:crypto";

import type { UserRole } from "@ums/db";
import type { Settings } from "@ums/db/settings";

import { enqueueEmail } from "../email";
import type { Tx } from "../service-context";
import { invitationUrl, newInvitationToken } from "./invitation-token";

export interface ImportedInvitee {
  id: string;
  email: string;
  first_name: string;
  role: UserRole;
}

/**
 * Invites the users an import created (the run's "send invitations" option), in the import
 * batch's transaction: a PENDING invitation each, its e-mail through the outbox (the link sets
 * their password; accepting makes them ACTIVE), and INVITATION_SENT on their timeline by the
 * inviter. The same invitation as `invitePerson` issues, with the organization and the inviter
 * read once per batch rather than once per person.
 */
export async function inviteImportedUsers(
  tx: Tx,
  settings: Settings,
  batch: { organizationId: string; inviterId: string; runId: string; now: Date },
  invitees: readonly ImportedInvitee[],
): Promise<void> {
  if (invitees.length === 0) return;
  const organization = await tx.organization.findUniqueOrThrow({
    where: { id: batch.organizationId },
    select: { name: true },
  });
  const inviter = await tx.user.findUniqueOrThrow({
    where: { id: batch.inviterId },
    select: { first_name: true, last_name: true },
  });
  const inviterName = `${inviter.first_name} ${inviter.last_name}`.trim() || null;
  const expiresAt = new Date(batch.now.getTime() + settings.INVITATION_EXPIRES_IN);
  const invitations = invitees.map((invitee) => {
    const { token, hash } = newInvitationToken();
    return {
      invitee,
      url: invitationUrl(settings.APP_URL, token),
      row: {
        id: randomUUID(),
        email: invitee.email,
        organization_id: batch.organizationId,
        invited_by: batch.inviterId,
        user_id: invitee.id,
        role: invitee.role,
        invitation_token: hash,
        sent_at: batch.now,
        expires_at: expiresAt,
      },
    };
  });
  await tx.userInvitation.createMany({ data: invitations.map(({ row }) => row) });
  for (const { invitee, url, row } of invitations) {
    await enqueueEmail(tx, settings, {
      template: "invitation",
      to: invitee.email,
      organizationId: batch.organizationId,
      data: {
        organizationName: organization.name,
        inviterName,
        role: invitee.role,
        invitationUrl: url,
        expiresAt: row.expires_at,
        firstName: invitee.first_name === "" ? null : invitee.first_name,
      },
    });
  }
  await tx.userActivity.createMany({
    data: invitations.map(({ invitee, row }) => ({
      user_id: invitee.id,
      actor_id: batch.inviterId,
      activity_type: "INVITATION_SENT" as const,
      activity_data: {
        invitation_id: row.id,
        role: row.role,
        expires_at: row.expires_at.toISOString(),
        import_run_id: batch.runId,
      },
    })),
  });
}
