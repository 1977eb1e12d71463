import { userSelect } from "../selects";
import { versionTag } from "../versions/version-tag";

/**
 * The version (ETag) of what `PUT /users/{user_id}` edits: the user row's own fields. Its
 * relations (skills, goals, activity...) are changed through their own endpoints.
 */
export function userVersion(user: Record<keyof typeof userSelect, unknown>): string {
  return versionTag(
    Object.fromEntries(
      Object.keys(userSelect).map((key) => [key, user[key as keyof typeof userSelect]]),
    ),
  );
}
