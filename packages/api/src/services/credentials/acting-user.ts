import type { UserRole } from "@ums/db";

import type { UserActor } from "../../auth/actor";
import type { Context } from "../../context";

/**
 * The context to log a credentials event with. The public doors (sign-in, password reset) have
 * no actor yet: the user is acting on themself, which the activity log records as actor_id null.
 * A caller who is signed in (or a service) stays the actor.
 */
export function actingAs<C extends Pick<Context, "actor" | "meta">>(
  ctx: C,
  user: { id: string; organization_id: string; role: UserRole },
): Omit<C, "actor"> & { actor: NonNullable<Context["actor"]> } {
  const self: UserActor = {
    kind: "user",
    userId: user.id,
    organizationId: user.organization_id,
    role: user.role,
  };
  return { ...ctx, actor: ctx.actor ?? self };
}
