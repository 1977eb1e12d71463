import { userSelect } from "../selects";
import { versionTag, type VersionedState } from "../versions/version-tag";

/**
 * The version (ETag) of what `PUT /users/{user_id}` edits: the user row's own fields. Its
 * relations (skills, goals, activity...) are changed through their own endpoints.
 */
export function userVersion(user: VersionedState<typeof userSelect>): string {
  return versionTag(user, userSelect);
}
