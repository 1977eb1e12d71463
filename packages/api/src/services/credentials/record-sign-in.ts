import type { Db } from "@ums/db";

import type { RequestMeta } from "../../auth/request-meta";
import { logActivity } from "../activity/log-activity";
import type { Tx } from "../service-context";

/** How someone proved who they are: their password, or the configured single sign-on. */
export type SignInMethod = "password" | "single_sign_on";

/**
 * What every successful sign-in leaves behind, whatever the door: `users.last_login` set and a
 * SIGNED_IN activity with the method, the client's address, user agent and device; in one
 * transaction. Not through Prisma's update: signing in is not an edit of the user, so updated_at
 * stays. `beforeCommit` runs inside the same transaction (the password check forgets the
 * account's failures there).
 */
export async function recordSignIn(
  db: Db,
  sign: { userId: string; method: SignInMethod; meta: RequestMeta },
  now = new Date(),
  beforeCommit?: (tx: Tx) => Promise<void>,
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`
      UPDATE "users" SET "last_login" = (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')
      WHERE "id" = ${sign.userId}::uuid`;
    await beforeCommit?.(tx);
    await logActivity(
      tx,
      { actor: null, meta: sign.meta },
      { userId: sign.userId, type: "SIGNED_IN", data: { method: sign.method } },
    );
  });
}
