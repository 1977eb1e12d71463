import type { Tx } from "../service-context";

/**
 * Makes concurrent writers of one user's row (and the rows hanging off it) take turns until the
 * transaction ends. FOR NO KEY UPDATE: foreign-key checks of other tables (a new activity row for
 * this user, say) are not blocked by it. An unknown id locks nothing; the caller's read reports it.
 */
export async function lockUserRow(tx: Tx, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "users" WHERE "id" = ${userId}::uuid FOR NO KEY UPDATE`;
}
