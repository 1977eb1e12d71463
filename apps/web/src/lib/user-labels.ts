import type { UserRole, UserStatus } from "@ums/db/enums";
import type { StatusTone } from "@ums/ui";

import { roleLabels } from "./roles";

/** A user's status as people read it. */
export const statusLabels: Record<UserStatus, string> = {
  ACTIVE: "Active",
  PENDING: "Invited",
  INACTIVE: "Deactivated",
  SUSPENDED: "Suspended",
};

/** The colour beside the status words (never the only cue). */
export const statusTones: Record<UserStatus, StatusTone> = {
  ACTIVE: "success",
  PENDING: "warning",
  INACTIVE: "neutral",
  SUSPENDED: "danger",
};

export const roleOrder: readonly UserRole[] = ["LEARNER", "INSTRUCTOR", "ORG_ADMIN", "SUPER_ADMIN"];
export const statusOrder: readonly UserStatus[] = ["ACTIVE", "PENDING", "INACTIVE", "SUSPENDED"];

export const roleLabel = (role: UserRole) => roleLabels[role];
export const statusLabel = (status: UserStatus) => statusLabels[status];
