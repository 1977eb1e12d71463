import type { ServiceContext } from "../service-context";
import { updateUser } from "./update-user";

/**
 * `DELETE /users/{user_id}`: soft delete. The user becomes INACTIVE and every row stays; they are
 * refused as an actor from their next request. Deleting an INACTIVE user again changes nothing.
 */
export async function deactivateUser(ctx: ServiceContext, userId: string) {
  return updateUser(ctx, { user_id: userId, status: "INACTIVE" });
}

/** Restores an INACTIVE or SUSPENDED user to ACTIVE; an ACTIVE user is left as is. */
export async function reactivateUser(ctx: ServiceContext, userId: string) {
  return updateUser(ctx, { user_id: userId, status: "ACTIVE" });
}
