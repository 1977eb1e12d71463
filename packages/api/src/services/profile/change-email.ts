import type { UserActor } from "../../auth/actor";
import { conflict } from "../../errors";
import { logActivity } from "../activity/log-activity";
import type { ServiceContext } from "../service-context";
import { getOwnProfile } from "./get-own-profile";

/**
 * Changes the caller's e-mail address (already validated and lower-cased). Another account's
 * address is a CONFLICT on `email`; the unique index settles a race between two such requests.
 */
export async function changeOwnEmail(ctx: ServiceContext<UserActor>, email: string) {
  const userId = ctx.actor.userId;
  await ctx.db.$transaction(async (tx) => {
    const current = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true },
    });
    if (current.email === email) return;
    const taken = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (taken) throw conflict("email", "This e-mail address belongs to another account");
    await tx.user.update({ where: { id: userId }, data: { email }, select: { id: true } });
    await logActivity(tx, ctx, {
      userId,
      type: "EMAIL_CHANGED",
      data: { from: current.email, to: email },
    });
  });
  return getOwnProfile(ctx);
}
