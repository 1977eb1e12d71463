import type { UserRole } from "@ums/db/enums";

/** Every role, from the least to the most powerful: the order choices are offered in. */
const rolesInOrder: readonly UserRole[] = ["LEARNER", "INSTRUCTOR", "ORG_ADMIN", "SUPER_ADMIN"];

/**
 * The roles an administrator may give an invitee: a platform administrator any, an organization
 * administrator any but platform administrator (the API refuses that too; the form does not
 * offer what would be refused).
 */
export function grantableRoles(isSuperAdmin: boolean): UserRole[] {
  return rolesInOrder.filter((role) => isSuperAdmin || role !== "SUPER_ADMIN");
}
