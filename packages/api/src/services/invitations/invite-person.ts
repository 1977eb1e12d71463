import { hash } from "@node-rs/argon2";

import { actorUserId, canManageSuperAdmins } from "../../auth/actor";
import { AppError, conflict, forbidden, invalid } from "../../errors";
import type { InvitePersonInput } from "../../schemas/invitations";
import { logActivity } from "../activity/log-activity";
import { userSelect } from "../selects";
import type { ServiceContext, Tx } from "../service-context";
import { organizationForAction } from "../users/user-scope";
import { issueInvitation } from "./issue-invitation";

/** `POST /users` also sets a username; invitations leave it to the invitee. */
type InviteInput = InvitePersonInput & { username?: string | undefined };

/**
 * Invites one person into an organization: a new PENDING user with an invitation (and its e-mail),
 * or a new invitation for a PENDING user whose earlier one expired or was cancelled. Refused with a
 * clear CONFLICT on `email`: an active member, a deactivated member (reactivate them instead), a
 * pending invitation (resend it instead), an account elsewhere. ORG_ADMINs and scoped keys invite
 * into their own organization only, and nobody but a SUPER_ADMIN invites a SUPER_ADMIN.
 */
export async function invitePerson(ctx: ServiceContext, input: InviteInput, now = new Date()) {
  if (input.role === "SUPER_ADMIN" && !canManageSuperAdmins(ctx.actor)) {
    throw forbidden("Only platform administrators may invite a platform administrator");
  }
  const organizationId = await organizationForAction(ctx.db, ctx.actor, input.organization_id);
  if (organizationId === undefined)
    throw invalid("organization_id", "is required for a platform-wide API key");
  const inviterId = actorUserId(ctx.actor) ?? (await firstAdminOf(ctx, organizationId));
  const temporaryPasswordHash = input.temporary_password
    ? await hash(input.temporary_password)
    : null;

  return ctx.db.$transaction(async (tx) => {
    const user = await invitableUser(tx, ctx, input, organizationId);
    const { invitation, invitationUrl } = await issueInvitation(
      tx,
      ctx,
      { user, organizationId, role: input.role, temporaryPasswordHash, inviterId },
      now,
    );
    return { user, invitation, invitation_url: invitationUrl };
  });
}

/** The PENDING user the invitation is for: created now, or an earlier invitee invited again. */
async function invitableUser(
  tx: Tx,
  ctx: ServiceContext,
  input: InviteInput,
  organizationId: string,
) {
  const existing = await tx.user.findUnique({
    where: { email: input.email },
    select: {
      ...userSelect,
      invitations_received: { where: { status: "PENDING" }, select: { id: true } },
    },
  });
  if (existing === null) {
    const user = await tx.user.create({
      data: {
        email: input.email,
        first_name: input.first_name ?? "",
        last_name: input.last_name ?? "",
        username: input.username ?? null,
        role: input.role,
        status: "PENDING",
        organization_id: organizationId,
        profile: { create: {} },
        learning_preferences: { create: { preferred_content_types: [] } },
        learning_stats: { create: {} },
      },
      select: userSelect,
    });
    await logActivity(tx, ctx, {
      userId: user.id,
      type: "USER_CREATED",
      data: { role: user.role },
    });
    return user;
  }

  const { invitations_received: pending, ...user } = existing;
  if (user.organization_id !== organizationId) {
    throw conflict("email", "This e-mail address already belongs to an account");
  }
  if (user.status === "ACTIVE") {
    throw conflict("email", "This person is already an active member of the organization");
  }
  if (user.status !== "PENDING") {
    throw new AppError("CONFLICT", "This person is a deactivated member: reactivate them instead", {
      details: [
        {
          path: "email",
          message: `belongs to the deactivated user ${user.id}; reactivate them (users.reactivate)`,
        },
      ],
    });
  }
  if (pending.length > 0) {
    throw conflict("email", "This person already has a pending invitation: resend it instead");
  }
  // Invited before, and that invitation expired or was cancelled: invite them again.
  return tx.user.update({
    where: { id: user.id },
    data: {
      role: input.role,
      ...(input.first_name === undefined ? {} : { first_name: input.first_name }),
      ...(input.last_name === undefined ? {} : { last_name: input.last_name }),
    },
    select: userSelect,
  });
}

/**
 * Invitations name the person who sent them (invited_by is required). A service has no person, so
 * the organization's longest-serving active admin stands as the sender.
 */
async function firstAdminOf(ctx: ServiceContext, organizationId: string): Promise<string> {
  const admin = await ctx.db.user.findFirst({
    where: {
      organization_id: organizationId,
      role: { in: ["ORG_ADMIN", "SUPER_ADMIN"] },
      status: "ACTIVE",
    },
    orderBy: { created_at: "asc" },
    select: { id: true },
  });
  if (!admin)
    throw invalid("organization_id", "has no active administrator to send the invitation");
  return admin.id;
}
