import type { Db } from "@ums/db";

import type { Tx } from "../service-context";

/**
 * Creates the profile, learning-preferences and statistics rows of a user that lacks them (users
 * created before they existed, or imported), with the specification's defaults. Safe under
 * concurrency: a row another request created meanwhile is skipped, not duplicated.
 */
export async function ensureUserDetails(
  db: Db | Tx,
  userId: string,
  present: { profile: boolean; preferences: boolean; stats: boolean },
): Promise<void> {
  const rows = { user_id: userId };
  // One after the other: inside a transaction they share one connection.
  if (!present.profile) await db.userProfile.createMany({ data: [rows], skipDuplicates: true });
  if (!present.preferences) {
    await db.learningPreferences.createMany({
      data: [{ ...rows, preferred_content_types: [] }],
      skipDuplicates: true,
    });
  }
  if (!present.stats) await db.learningStats.createMany({ data: [rows], skipDuplicates: true });
}
