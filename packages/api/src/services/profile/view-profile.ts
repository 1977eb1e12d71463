import type { UserActor } from "../../auth/actor";
import { notFound } from "../../errors";
import { profileSelect, userSelect } from "../selects";
import type { ServiceContext } from "../service-context";

/**
 * Another person's profile, as the people directory shows it. The caller sees:
 * - everything: their own profile, or any profile of their organization when they administer it
 *   (a SUPER_ADMIN administers every organization);
 * - otherwise, an ACTIVE user's public card, if the profile is PUBLIC (anyone signed in) or
 *   ORGANIZATION (same organization only); e-mail and phone only when the owner shows them.
 * Anything else is NOT_FOUND, so a private or foreign profile's existence is never revealed.
 */
export async function viewProfile(ctx: ServiceContext<UserActor>, userId: string) {
  const user = await ctx.db.user.findUnique({
    where: { id: userId },
    select: { ...userSelect, profile: { select: profileSelect } },
  });
  if (!user) throw notFound("User");

  const actor = ctx.actor;
  const administers =
    actor.role === "SUPER_ADMIN" ||
    (actor.role === "ORG_ADMIN" && actor.organizationId === user.organization_id);
  if (actor.userId === user.id || administers) return { ...user, visibility: "full" as const };

  const visibility = user.profile?.profile_visibility ?? "ORGANIZATION";
  const sameOrganization = actor.organizationId === user.organization_id;
  const visible =
    user.status === "ACTIVE" &&
    (visibility === "PUBLIC" || (visibility === "ORGANIZATION" && sameOrganization));
  if (!visible) throw notFound("User");

  const profile = user.profile;
  return {
    visibility: "card" as const,
    id: user.id,
    first_name: user.first_name,
    last_name: user.last_name,
    username: user.username,
    role: user.role,
    organization_id: user.organization_id,
    email: profile?.show_email ? user.email : null,
    profile: profile && {
      avatar_url: profile.avatar_url,
      bio: profile.bio,
      timezone: profile.timezone,
      language: profile.language,
      city: profile.city,
      country: profile.country,
      linkedin_url: profile.linkedin_url,
      twitter_url: profile.twitter_url,
      website_url: profile.website_url,
      phone_number: profile.show_phone ? profile.phone_number : null,
      profile_visibility: profile.profile_visibility,
    },
  };
}
