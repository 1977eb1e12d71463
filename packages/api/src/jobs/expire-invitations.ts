import { logSystemActivity } from "../services/activity/log-activity";
import type { JobDeps } from "./job";

/** Invitations expired per transaction: bounded, so a backlog never holds locks for long. */
const batchSize = 500;

/**
 * Marks PENDING invitations past their expiry EXPIRED (INVITATION_EXPIRED logged on the invitee's
 * timeline). Their links already stopped working at expires_at; this makes lists and totals say
 * so. Idempotent: a second run finds nothing to do.
 */
export async function expireInvitations(deps: Pick<JobDeps, "db" | "now">): Promise<number> {
  let expired = 0;
  for (;;) {
    const now = deps.now();
    const count = await deps.db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; user_id: string | null }[]>`
        UPDATE "user_invitations" SET "status" = 'EXPIRED', "updated_at" = (now() AT TIME ZONE 'UTC')
        WHERE "id" IN (
          SELECT "id" FROM "user_invitations"
          WHERE "status" = 'PENDING' AND "expires_at" <= (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')
          ORDER BY "expires_at" LIMIT ${batchSize}
          FOR UPDATE SKIP LOCKED)
        RETURNING "id", "user_id"`;
      for (const row of rows) {
        if (row.user_id !== null) {
          await logSystemActivity(tx, "expire-invitations", {
            userId: row.user_id,
            type: "INVITATION_EXPIRED",
            data: { invitation_id: row.id },
          });
        }
      }
      return rows.length;
    });
    expired += count;
    if (count < batchSize) return expired;
  }
}
