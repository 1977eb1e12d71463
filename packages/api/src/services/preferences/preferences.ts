import type { UserActor } from "../../auth/actor";
import type { LearningPreferencesInput } from "../../schemas/profile";
import { getOwnProfile } from "../profile/get-own-profile";
import { updateOwnProfile } from "../profile/update-own-profile";
import type { ServiceContext } from "../service-context";

/** The caller's learning preferences (created with the specification's defaults on first read). */
export async function getOwnPreferences(ctx: ServiceContext<UserActor>) {
  return (await getOwnProfile(ctx)).learning_preferences;
}

/**
 * Changes some of the caller's learning preferences: the same rules, transaction and
 * PREFERENCES_CHANGED entry as the preferences part of a profile update.
 */
export async function updateOwnPreferences(
  ctx: ServiceContext<UserActor>,
  input: LearningPreferencesInput,
) {
  return (await updateOwnProfile(ctx, { learning_preferences: input })).learning_preferences;
}
