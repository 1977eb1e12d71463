import type { z } from "zod";

import type { UserActor } from "../auth/actor";
import type { profileCard, profileCardFields } from "../schemas/profile";
import type { profileRecord, userRecord } from "../schemas/records";

/**
 * Who sees what of a profile (DESIGN.md "Profile visibility"), as a pure function: `profile.view`
 * applies it to the stored profile, and the web app's privacy preview applies it to the values of
 * the profile form before they are saved, so both always agree. Client-safe: no server code.
 */

/** Who is looking. */
export type ProfileViewer = Pick<UserActor, "userId" | "organizationId" | "role">;

/** What the rule needs of the person looked at (the profile's privacy settings included). */
export type ViewedUser = Pick<
  z.input<typeof userRecord>,
  "id" | "email" | "first_name" | "last_name" | "username" | "role" | "organization_id" | "status"
> & {
  profile:
    | (Pick<z.input<typeof profileRecord>, keyof typeof profileCardFields> & {
        show_email: boolean;
        show_phone: boolean;
      })
    | null;
};

export type ProfileCard = z.input<typeof profileCard>;

/**
 * The viewer sees:
 * - everything: their own profile, or any profile of an organization they administer (a
 *   SUPER_ADMIN administers every organization);
 * - otherwise, an ACTIVE user's card if the profile is PUBLIC (anyone signed in) or ORGANIZATION
 *   (same organization only; the default without a profile row); e-mail and phone only when the
 *   owner shows them;
 * - nothing (null) in every other case, which callers report as "not found".
 */
export function projectProfile<User extends ViewedUser>(
  viewer: ProfileViewer,
  user: User,
): (User & { visibility: "full" }) | ProfileCard | null {
  const administers =
    viewer.role === "SUPER_ADMIN" ||
    (viewer.role === "ORG_ADMIN" && viewer.organizationId === user.organization_id);
  if (viewer.userId === user.id || administers) return { ...user, visibility: "full" };

  const visibility = user.profile?.profile_visibility ?? "ORGANIZATION";
  const sameOrganization = viewer.organizationId === user.organization_id;
  const visible =
    user.status === "ACTIVE" &&
    (visibility === "PUBLIC" || (visibility === "ORGANIZATION" && sameOrganization));
  if (!visible) return null;

  return profileCardOf(user, {
    email: user.profile?.show_email ?? false,
    phone: user.profile?.show_phone ?? false,
  });
}

/**
 * The card of `user`: the public fields of the profile, with the e-mail address and the phone
 * number only where `reveal` allows them. `projectProfile` reveals what the owner shows; a viewer
 * who may see the whole profile (an administrator) gets both.
 */
export function profileCardOf(
  user: ViewedUser,
  reveal: { email: boolean; phone: boolean },
): ProfileCard {
  const profile = user.profile;
  return {
    visibility: "card",
    id: user.id,
    first_name: user.first_name,
    last_name: user.last_name,
    username: user.username,
    role: user.role,
    organization_id: user.organization_id,
    email: reveal.email ? user.email : null,
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
      phone_number: reveal.phone ? profile.phone_number : null,
      profile_visibility: profile.profile_visibility,
    },
  };
}
