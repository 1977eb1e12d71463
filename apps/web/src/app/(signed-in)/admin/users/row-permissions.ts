import type { UserRole, UserStatus } from "@ums/db/enums";

import { roleOrder } from "./user-labels";

/** Who is looking at the table. */
export interface Viewer {
  userId: string;
  isSuperAdmin: boolean;
}

/** What the viewer may do to one row, and why not when they may not. */
export type RowPermissions =
  | {
      allowed: true;
      /** the status action the row offers: a PENDING invitee may be deactivated, not reactivated */
      statusAction: "deactivate" | "reactivate";
      /** the roles the viewer may give */
      roles: readonly UserRole[];
    }
  | { allowed: false; reason: string };

/**
 * The role rules of the API (updateUser), mirrored so the table offers only what would succeed:
 * nobody changes their own role or status, and only platform administrators change a platform
 * administrator or make one. The API still decides; this only spares the viewer a refusal.
 */
export function rowPermissions(
  viewer: Viewer,
  row: { id: string; role: UserRole; status: UserStatus },
): RowPermissions {
  if (row.id === viewer.userId) {
    return { allowed: false, reason: "Your own account: nobody changes their own role or status." };
  }
  if (row.role === "SUPER_ADMIN" && !viewer.isSuperAdmin) {
    return {
      allowed: false,
      reason: "Only platform administrators change a platform administrator.",
    };
  }
  return {
    allowed: true,
    statusAction: row.status === "ACTIVE" || row.status === "PENDING" ? "deactivate" : "reactivate",
    roles: viewer.isSuperAdmin ? roleOrder : roleOrder.filter((role) => role !== "SUPER_ADMIN"),
  };
}
