import type { Db } from "@ums/db";

import type { UserActor } from "./actor";

/**
 * The signed-in user as an actor, read from the database on every request so that role and
 * organization are always current and a deactivated account stops working at once.
 * Returns null for an unknown id or any status but ACTIVE.
 */
export async function loadUserActor(db: Db, userId: string): Promise<UserActor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, organization_id: true, role: true, status: true },
  });
  if (user?.status !== "ACTIVE") return null;
  return { kind: "user", userId: user.id, organizationId: user.organization_id, role: user.role };
}
