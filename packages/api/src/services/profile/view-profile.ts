import type { UserActor } from "../../auth/actor";
import { notFound } from "../../errors";
import { projectProfile } from "../../rules/profile-visibility";
import { profileSelect, userSelect } from "../selects";
import type { ServiceContext } from "../service-context";

/**
 * Another person's profile, as the people pages show it: in full, as a card, or NOT_FOUND, by the
 * rule of `projectProfile` (shared with the web app's privacy preview). NOT_FOUND is the same for
 * a private or foreign profile as for an unknown id, so its existence is never revealed.
 */
export async function viewProfile(ctx: ServiceContext<UserActor>, userId: string) {
  const user = await ctx.db.user.findUnique({
    where: { id: userId },
    select: { ...userSelect, profile: { select: profileSelect } },
  });
  const view = user && projectProfile(ctx.actor, user);
  if (!view) throw notFound("User");
  return view;
}
