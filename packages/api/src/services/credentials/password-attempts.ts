import type { Db } from "@ums/db";

import {
  enforceRateLimit,
  rateLimitKey,
  refundRateLimit,
  resetRateLimit,
  type RateLimitOutcome,
} from "../rate-limit";
import type { Tx } from "../service-context";
import { credentialBuckets, credentialLimits } from "./credential-limits";

/** The bucket of an account's wrong passwords: by e-mail address, so unknown ones have one too. */
export const accountBucket = (email: string) =>
  rateLimitKey(credentialBuckets.account, email.trim().toLowerCase());

const ipBucket = (ip: string) => rateLimitKey(credentialBuckets.ip, ip);

/** The nil UUID, which no user has. */
const noUserId = "00000000-0000-0000-0000-000000000000";

/** One password check, counted before it is made; settle it with `failed` or `succeeded`. */
export interface PasswordAttempt {
  /**
   * The password was wrong (or the account cannot sign in). The hits stay counted; a known
   * credential also records the failure: failed_attempts + 1, and locked_until when this failure
   * used up the account's limit.
   */
  failed(credentialUserId: string | null): Promise<void>;
  /** The password was right: the account's failures are forgotten, the client's hit given back. */
  succeeded(tx: Tx, userId: string): Promise<void>;
}

/**
 * Counts a password check against the client address and then the account, before the check is
 * made, so that however many checks run at once, no more than the limits ever reach argon2.
 * Over a limit: RateLimitedError (RATE_LIMITED, 429) saying how long to wait. Without a client
 * address (an in-process call), only the account limit applies.
 */
export async function beginPasswordAttempt(
  db: Db,
  { email, ip }: { email: string; ip: string | null },
  now: Date,
): Promise<PasswordAttempt> {
  let client: RateLimitOutcome | null = null;
  if (ip !== null && ip !== "") {
    client = await enforceRateLimit(
      db,
      ipBucket(ip),
      { ...credentialLimits.ip, now },
      "Too many failed password attempts from your network",
    );
  }
  const account = await enforceRateLimit(
    db,
    accountBucket(email),
    { ...credentialLimits.account, now },
    "Too many failed password attempts for this account",
  );

  return {
    async failed(credentialUserId) {
      const lockedUntil =
        account.remaining === 0
          ? new Date(account.windowStart.getTime() + credentialLimits.account.windowMs)
          : undefined;
      // The same statement whether or not there is a credential (then it matches no row), so a
      // failure's timing does not tell whether the account exists.
      await db.userCredential.updateMany({
        where: { user_id: credentialUserId ?? noUserId },
        data: { failed_attempts: { increment: 1 }, locked_until: lockedUntil },
      });
    },
    async succeeded(tx, userId) {
      await resetRateLimit(tx, accountBucket(email));
      if (client !== null && ip !== null)
        await refundRateLimit(tx, ipBucket(ip), client.windowStart);
      await tx.userCredential.updateMany({
        where: {
          user_id: userId,
          OR: [{ failed_attempts: { gt: 0 } }, { locked_until: { not: null } }],
        },
        data: { failed_attempts: 0, locked_until: null },
      });
    },
  };
}
