import { createHash, randomBytes } from "node:crypto";

import { hash } from "@node-rs/argon2";

import { actorUserId, canManageSuperAdmins } from "../../auth/actor";
import { conflict, forbidden, invalid } from "../../errors";
import type { CreateUserInput } from "../../schemas/users";
import { logActivity } from "../activity/log-activity";
import { invitationSelect, userSelect } from "../selects";
import type { ServiceContext } from "../service-context";
import { organizationForAction } from "./user-scope";

/** The link an invitee opens; it carries the raw token, which is stored only as a hash. */
export function invitationUrl(appUrl: string, token: string): string {
  return new URL(`/invite/${token}`, appUrl).toString();
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * `POST /users`: an admin (or a service) creates a PENDING user and the invitation that will
 * activate them, in one transaction: user, profile, preferences and statistics rows, invitation
 * (expiring after INVITATION_EXPIRES_IN; temporary password stored as an argon2id hash), and the
 * USER_CREATED and INVITATION_SENT activities. The raw token is in the returned URL, and nowhere else.
 */
export async function createUser(ctx: ServiceContext, input: CreateUserInput) {
  if (input.role === "SUPER_ADMIN" && !canManageSuperAdmins(ctx.actor)) {
    throw forbidden("Only platform administrators may create a platform administrator");
  }
  const organizationId = await organizationForAction(ctx.db, ctx.actor, input.organization_id);
  if (organizationId === undefined) {
    throw invalid("organization_id", "is required for a platform-wide API key");
  }
  const inviterId = actorUserId(ctx.actor) ?? (await firstAdminOf(ctx, organizationId));

  const token = randomBytes(32).toString("base64url");
  const temporaryPasswordHash = input.temporary_password
    ? await hash(input.temporary_password)
    : null;
  const now = new Date();

  const { user, invitation } = await ctx.db.$transaction(async (tx) => {
    const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (taken) throw conflict("email", "A user with this e-mail address already exists");

    const user = await tx.user.create({
      data: {
        email: input.email,
        first_name: input.first_name,
        last_name: input.last_name,
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
    const invitation = await tx.userInvitation.create({
      data: {
        email: input.email,
        organization_id: organizationId,
        invited_by: inviterId,
        user_id: user.id,
        role: input.role,
        temporary_password: temporaryPasswordHash,
        invitation_token: hashInvitationToken(token),
        sent_at: now,
        expires_at: new Date(now.getTime() + ctx.settings.INVITATION_EXPIRES_IN),
      },
      select: invitationSelect,
    });
    await logActivity(tx, ctx, {
      userId: user.id,
      type: "USER_CREATED",
      data: { role: user.role },
    });
    await logActivity(tx, ctx, {
      userId: user.id,
      type: "INVITATION_SENT",
      data: { invitation_id: invitation.id, expires_at: invitation.expires_at.toISOString() },
    });
    return { user, invitation };
  });

  return {
    ...user,
    invitation: {
      id: invitation.id,
      status: invitation.status,
      expires_at: invitation.expires_at,
      invitation_url: invitationUrl(ctx.settings.APP_URL, token),
    },
  };
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
