import type { UserRole } from "@ums/db/enums";

/** A role as people read it. */
export const roleLabels: Record<UserRole, string> = {
  LEARNER: "Learner",
  INSTRUCTOR: "Instructor",
  ORG_ADMIN: "Organization administrator",
  SUPER_ADMIN: "Platform administrator",
};

/** Roles that open the admin dashboard: organization administrators, and platform ones for every organization. */
export const adminRoles: readonly UserRole[] = ["ORG_ADMIN", "SUPER_ADMIN"];

/** Whether `role` may open the admin dashboard. */
export function isAdminRole(role: UserRole): boolean {
  return adminRoles.includes(role);
}
