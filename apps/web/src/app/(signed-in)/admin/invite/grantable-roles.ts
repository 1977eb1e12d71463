import { UserRole } from "@ums/db/enums";

/**
 * The roles an administrator may give an invitee: a platform administrator any, an organization
 * administrator any but platform administrator (the API refuses that too; the form does not
 * offer what would be refused).
 */
export function grantableRoles(isSuperAdmin: boolean): UserRole[] {
  return Object.values(UserRole).filter((role) => isSuperAdmin || role !== "SUPER_ADMIN");
}
