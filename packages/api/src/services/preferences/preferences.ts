import type { UserActor } from "../../auth/actor";
import type { LearningPreferencesInput } from "../../schemas/profile";
import { getOwnProfile } from "../profile/get-own-profile";
import { profileVersion } from "../profile/profile-version";
import { updateOwnProfile } from "../profile/update-own-profile";
import type { ServiceContext } from "../service-context";

/**
 * The caller's learning preferences (created with the specification's defaults on first read),
 * with the version of the profile they belong to: preferences are part of the profile, so one
 * ETag serves `GET/PUT /users/profile` and `GET/PUT /users/profile/preferences` alike.
 */
export async function getOwnPreferences(ctx: ServiceContext<UserActor>) {
  const profile = await getOwnProfile(ctx);
  return { preferences: profile.learning_preferences, version: profileVersion(profile) };
}

/**
 * Changes some of the caller's learning preferences: the same rules, transaction, If-Match check
 * and PREFERENCES_CHANGED entry as the preferences part of a profile update.
 */
export async function updateOwnPreferences(
  ctx: ServiceContext<UserActor>,
  input: LearningPreferencesInput,
) {
  const profile = await updateOwnProfile(ctx, { learning_preferences: input });
  return { preferences: profile.learning_preferences, version: profileVersion(profile) };
}
