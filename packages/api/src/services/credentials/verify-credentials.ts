import type { Db, UserRole } from "@ums/db";
import type { Settings } from "@ums/db/settings";

import { AppError } from "../../errors";
import { beginPasswordAttempt } from "./password-attempts";
import { verifyPassword } from "./passwords";
import { recordSignIn } from "./record-sign-in";

export interface VerifyCredentialsDeps {
  db: Db;
  /** not read by the check today; accepted so that a whole Context can be passed */
  settings?: Settings;
}

/** What someone typed to sign in, and where from (recorded with SIGNED_IN). */
export interface SignInAttempt {
  email: string;
  password: string;
  /** the client address: counted against the per-address limit (none when null) */
  ip?: string | null;
  userAgent?: string | null;
}

/** Who signed in. The web session keeps userId; role and organization are re-read per request. */
export interface VerifiedCredentials {
  userId: string;
  organizationId: string;
  role: UserRole;
  /** the password is a temporary one: send the user to change it before anything else */
  mustChangePassword: boolean;
}

/** The one answer to every failed sign-in, so it never tells whether an account exists. */
export const signInFailedMessage =
  "The e-mail address or password is not correct, or the account is not active";

/**
 * The password check behind sign-in: what the web app's next-auth Credentials provider calls
 * (`authorize`), and `auth.signIn` for the other doors.
 *
 * Rate-limited before anything is checked: 5 wrong passwords per account (by e-mail address) and
 * 20 per client address, per 15 minutes (credential-limits.ts); over a limit is RateLimitedError
 * (RATE_LIMITED, 429, with the time to wait). An unknown address, a wrong password, an account
 * without a password, and an account that is not ACTIVE all get the same UNAUTHENTICATED with the
 * same message, after the same argon2 work (a dummy hash when there is no account), so neither the
 * answer nor its timing tells which. A success forgets the account's failures, sets
 * users.last_login and logs SIGNED_IN with the client's address, user agent and device.
 */
export async function verifyCredentials(
  { db }: VerifyCredentialsDeps,
  attempt: SignInAttempt,
  now = new Date(),
): Promise<VerifiedCredentials> {
  const email = attempt.email.trim().toLowerCase();
  const meta = { ip: attempt.ip ?? null, userAgent: attempt.userAgent ?? null };
  const check = await beginPasswordAttempt(db, { email, ip: meta.ip }, now);

  // An address no account can have (too long, or with a NUL PostgreSQL cannot take) is unknown.
  const user =
    email.length > 254 || email.includes("\u0000")
      ? null
      : await db.user.findUnique({
          where: { email },
          select: {
            id: true,
            organization_id: true,
            role: true,
            status: true,
            credential: { select: { password_hash: true, must_change_password: true } },
          },
        });
  const credential = user?.credential ?? null;
  const passwordIsRight = await verifyPassword(credential?.password_hash, attempt.password);
  if (!user || !credential || !passwordIsRight || user.status !== "ACTIVE") {
    await check.failed(credential && !passwordIsRight ? (user?.id ?? null) : null);
    throw new AppError("UNAUTHENTICATED", signInFailedMessage);
  }

  await recordSignIn(db, { userId: user.id, method: "password", meta }, now, (tx) =>
    check.succeeded(tx, user.id),
  );
  return {
    userId: user.id,
    organizationId: user.organization_id,
    role: user.role,
    mustChangePassword: credential.must_change_password,
  };
}
