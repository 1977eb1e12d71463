import type { ActivityType, Prisma, UserStatus } from "@ums/db";

import { canManageSuperAdmins, type ApiKeyActor, type UserActor } from "../../auth/actor";
import { AppError, forbidden } from "../../errors";
import {
  assignableRoles,
  roleAndStatusLockedBecause,
  type EditedUser,
} from "../../rules/user-administration";
import type { UpdateUserInput } from "../../schemas/users";
import { logActivity } from "../activity/log-activity";
import { changedFields } from "../profile/changed-fields";
import { userSelect } from "../selects";
import type { ServiceContext, Tx } from "../service-context";
import { assertIfMatch } from "../versions/version-tag";
import { lockUserRow } from "./lock-user-row";
import { findUserInScope } from "./user-scope";
import { userVersion } from "./user-version";

type UserRow = Prisma.UserGetPayload<{ select: typeof userSelect }>;

const statusActivity: Partial<Record<UserStatus, ActivityType>> = {
  INACTIVE: "USER_DEACTIVATED",
  ACTIVE: "USER_REACTIVATED",
};

/** Statuses that end the user's sessions for good (see loadUserActor). */
const endsSessions = new Set<UserStatus | undefined>(["INACTIVE", "SUSPENDED"]);

/**
 * `PUT /users/{user_id}`: an admin changes a user's names, username, role or status, within the
 * role rules: nobody changes their own role or status; only super admins promote to, demote or
 * otherwise change a SUPER_ADMIN; a PENDING user becomes ACTIVE only by accepting the invitation,
 * but may be deactivated (an invitation sent to the wrong person): their pending invitations are
 * cancelled with it, so no link can activate the account afterwards. Deactivating or suspending
 * ends the user's sessions in the same transaction: those open until then are refused even after
 * a reactivation (a role change needs no such thing: the actor is read afresh on every request).
 * Unchanged values change nothing and log nothing. With If-Match, the write happens only if the
 * user is as the caller last read it.
 */
export async function updateUser(ctx: ServiceContext, input: UpdateUserInput) {
  return ctx.db.$transaction(async (tx) => (await updateUserInTransaction(tx, ctx, input)).user);
}

/**
 * `updateUser` inside the caller's transaction `tx`, also saying whether anything was written
 * (`changed`), for callers that change many users in one transaction and report each
 * (`POST /users/bulk`). Every rule and log entry is the same: it is the same code.
 */
export async function updateUserInTransaction(
  tx: Tx,
  ctx: ServiceContext,
  input: UpdateUserInput,
): Promise<{ user: UserRow; changed: boolean }> {
  const { user_id: userId, ...changes } = input;
  // Writers of one user take turns, so the If-Match check and the write see the same state.
  await lockUserRow(tx, userId);
  const before = await findUserInScope(tx, ctx.actor, userId, userSelect);
  assertIfMatch(ctx.http, userVersion(before));
  const fields = changedFields(before, changes);
  // Checked even for a no-op, so that the answer never depends on the values sent.
  assertMayChange(ctx.actor, before, changes);
  if (fields.length === 0) return { user: before, changed: false };

  const after = await tx.user.update({
    where: { id: userId },
    data: {
      ...changes,
      // Every session and token issued until now stays refused, even after a reactivation.
      ...(fields.includes("status") && endsSessions.has(changes.status)
        ? { sessions_revoked_at: new Date() }
        : {}),
    },
    select: userSelect,
  });

  const plainFields = fields.filter((field) => field !== "role" && field !== "status");
  if (plainFields.length > 0) {
    await logActivity(tx, ctx, { userId, type: "USER_UPDATED", data: { fields: plainFields } });
  }
  if (fields.includes("role")) {
    await logActivity(tx, ctx, {
      userId,
      type: "ROLE_CHANGED",
      data: { from: before.role, to: after.role },
    });
  }
  if (fields.includes("status") && before.status === "PENDING") {
    await cancelPendingInvitations(tx, ctx, userId);
  }
  if (fields.includes("status")) {
    await logActivity(tx, ctx, {
      userId,
      type: statusActivity[after.status] ?? "USER_UPDATED",
      data: { fields: ["status"], from: before.status, to: after.status },
    });
  }
  return { user: after, changed: true };
}

function assertMayChange(
  actor: UserActor | ApiKeyActor,
  target: EditedUser,
  changes: Omit<UpdateUserInput, "user_id">,
): void {
  const changesRole = changes.role !== undefined && changes.role !== target.role;
  const changesStatus = changes.status !== undefined && changes.status !== target.status;
  if (actor.kind === "user" && (changesRole || changesStatus)) {
    // The rules the web app also asks before offering a choice (rules/user-administration).
    const locked = roleAndStatusLockedBecause(actor, target);
    if (locked !== null) throw forbidden(locked);
    if (changes.role !== undefined && !assignableRoles(actor, target).includes(changes.role)) {
      throw forbidden("Only platform administrators may make someone a platform administrator");
    }
  }
  // API keys, and any change of a platform administrator's other fields, are held here.
  if (
    !canManageSuperAdmins(actor) &&
    (target.role === "SUPER_ADMIN" || changes.role === "SUPER_ADMIN")
  ) {
    throw forbidden(
      "Only platform administrators may change, promote to or demote a platform administrator",
    );
  }
  if (changesStatus && target.status === "PENDING" && changes.status !== "INACTIVE") {
    throw new AppError("CONFLICT", "This user has not accepted their invitation yet", {
      details: [
        {
          path: "status",
          message:
            "a PENDING user becomes ACTIVE by accepting the invitation (it may only be deactivated)",
        },
      ],
    });
  }
}

/** A deactivated invitee's open invitations stop working: CANCELLED, each logged as revoked. */
async function cancelPendingInvitations(tx: Tx, ctx: ServiceContext, userId: string) {
  const pending = await tx.userInvitation.findMany({
    where: { user_id: userId, status: "PENDING" },
    select: { id: true },
  });
  if (pending.length === 0) return;
  await tx.userInvitation.updateMany({
    where: { id: { in: pending.map((invitation) => invitation.id) } },
    data: { status: "CANCELLED" },
  });
  for (const invitation of pending) {
    await logActivity(tx, ctx, {
      userId,
      type: "INVITATION_REVOKED",
      data: { invitation_id: invitation.id, reason: "user deactivated" },
    });
  }
}
