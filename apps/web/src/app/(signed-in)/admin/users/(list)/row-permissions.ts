import type { UserEditor } from "@ums/api/rules/user-administration";
import { assignableRoles, roleAndStatusLockedBecause } from "@ums/api/rules/user-administration";
import type { UserRole, UserStatus } from "@ums/db/enums";

/** Who is looking at the table. */
export type Viewer = UserEditor;

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
 * What the table offers on one row: the API's own role rules (the ones `users.update` enforces),
 * so it offers only what would succeed. The API still decides; this spares the viewer a refusal.
 */
export function rowPermissions(
  viewer: Viewer,
  row: { id: string; role: UserRole; status: UserStatus },
): RowPermissions {
  const lockedBecause = roleAndStatusLockedBecause(viewer, row);
  if (lockedBecause !== null) return { allowed: false, reason: `${lockedBecause}.` };
  return {
    allowed: true,
    statusAction: row.status === "ACTIVE" || row.status === "PENDING" ? "deactivate" : "reactivate",
    roles: assignableRoles(viewer, row),
  };
}
