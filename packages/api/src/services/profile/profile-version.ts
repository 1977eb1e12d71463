import { preferencesSelect, profileSelect, userSelect } from "../selects";
import { versionTag, type VersionedState } from "../versions/version-tag";

/**
 * What `PUT /users/profile` edits: the caller's user fields, profile and learning preferences.
 * Statistics are not part of it: they move with every learning event and are not edited here,
 * so a learner's save is never refused because a lesson was completed meanwhile.
 */
export const profileVersionSelect = {
  ...userSelect,
  profile: { select: profileSelect },
  learning_preferences: { select: preferencesSelect },
};

/** The version (ETag) of the editable part of a profile read with at least profileVersionSelect. */
export function profileVersion(user: VersionedState<typeof profileVersionSelect>): string {
  return versionTag(user, profileVersionSelect);
}
