import type { ServiceContext } from "../service-context";
import { updateUser } from "./update-user";

/** The status each lifecycle action sets (the single-user procedures and `POST /users/bulk`). */
export const statusSetBy = { deactivate: "INACTIVE", reactivate: "ACTIVE" } as const;

/**
 * `DELETE /users/{user_id}`: soft delete. The user becomes INACTIVE and every row stays; they are
 * refused as an actor from their next request. Deleting an INACTIVE user again changes nothing.
 */
export async function deactivateUser(ctx: ServiceContext, userId: string) {
  return updateUser(ctx, { user_id: userId, status: statusSetBy.deactivate });
}

/** Restores an INACTIVE or SUSPENDED user to ACTIVE; an ACTIVE user is left as is. */
export async function reactivateUser(ctx: ServiceContext, userId: string) {
  return updateUser(ctx, { user_id: userId, status: statusSetBy.reactivate });
}
