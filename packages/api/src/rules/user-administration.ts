import type { UserRole, UserStatus } from "@ums/db/enums";

import type { UserActor } from "../auth/actor";

/**
 * What an administrator may change of a user's role and status, as pure functions: `users.update`
 * enforces them, and the web app asks them which choices to offer, so the two always agree.
 * Client-safe: no server code.
 */

/** Who is editing. */
export type UserEditor = Pick<UserActor, "userId" | "role">;

/** Who is edited. */
export interface EditedUser {
  id: string;
  role: UserRole;
  status: UserStatus;
}

/** Every role, from the least to the most powerful: the order choices are offered in. */
const allRoles: readonly UserRole[] = ["LEARNER", "INSTRUCTOR", "ORG_ADMIN", "SUPER_ADMIN"];

/**
 * The roles someone with `editorRole` may give anyone (an invitee, a user, many users at once):
 * platform administrators any; everyone else never SUPER_ADMIN.
 */
export function grantableRoles(editorRole: UserRole): readonly UserRole[] {
  return editorRole === "SUPER_ADMIN"
    ? allRoles
    : allRoles.filter((role) => role !== "SUPER_ADMIN");
}

/**
 * Why `editor` may not change `target`'s role or status at all, or null when they may:
 * nobody changes their own, and only platform administrators change a platform administrator's.
 */
export function roleAndStatusLockedBecause(editor: UserEditor, target: EditedUser): string | null {
  if (editor.userId === target.id) return "You cannot change your own role or status";
  if (target.role === "SUPER_ADMIN" && editor.role !== "SUPER_ADMIN") {
    return "Only platform administrators may change a platform administrator";
  }
  return null;
}

/**
 * The roles `editor` may give `target` (its current one included), or only the current one when
 * they may change nothing: platform administrators may give any; others never SUPER_ADMIN.
 */
export function assignableRoles(editor: UserEditor, target: EditedUser): readonly UserRole[] {
  if (roleAndStatusLockedBecause(editor, target) !== null) return [target.role];
  return grantableRoles(editor.role);
}
