import type { UserRole } from "@ums/db/enums";

/** A role as people read it. */
export const roleLabels: Record<UserRole, string> = {
  LEARNER: "Learner",
  INSTRUCTOR: "Instructor",
  ORG_ADMIN: "Organization administrator",
  SUPER_ADMIN: "Platform administrator",
};
