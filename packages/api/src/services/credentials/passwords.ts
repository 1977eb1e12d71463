import { randomBytes } from "node:crypto";

import { hash, verify } from "@node-rs/argon2";

import { passwordInputMaxLength } from "../../schemas/auth";
import { resetRateLimit } from "../rate-limit";
import type { Tx } from "../service-context";
import { accountBucket } from "./password-attempts";
import { assertPasswordPolicy } from "./password-policy";

/**
 * An argon2id hash of `password`, in PHC form (`$argon2id$v=19$m=19456,t=2,p=1$…`): the library's
 * defaults, which are argon2id with 19 MiB of memory, 2 passes and 1 lane (OWASP's recommended
 * minimum). The tests pin them, so a changed default cannot slip through.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/**
 * Whether `password` is the one `passwordHash` was made from. Without a hash (an unknown account,
 * an account without a password) it spends the same argon2 work on a dummy hash and says no, so
 * the answer's timing does not tell whether the account exists. A malformed hash says no. A
 * password longer than anyone can have set is checked as the empty string (never right), without
 * hashing megabytes.
 */
export async function verifyPassword(
  passwordHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  const candidate = password.length <= passwordInputMaxLength ? password : "";
  if (passwordHash === null || passwordHash === undefined || passwordHash === "") {
    dummyHash ??= hashPassword(randomBytes(24).toString("base64url"));
    await verify(await dummyHash, candidate).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, candidate);
  } catch {
    return false;
  }
}

export interface SetPasswordOptions {
  /** a temporary password, which the user must replace at their next sign-in */
  mustChange: boolean;
  /** the input field the password came in, which a policy error names (default "password") */
  field?: string;
  now?: Date;
}

/**
 * Sets the password of user `userId`, in the caller's transaction: checks it against the policy
 * (VALIDATION_FAILED on `field`; the e-mail rule uses the user's address), hashes it with
 * argon2id and stores it as setPasswordHash does. The hashing (some tens of milliseconds) happens
 * inside the transaction. Logs nothing: the caller logs what it did (INVITATION_ACCEPTED, ...).
 */
export async function setPassword(
  tx: Tx,
  userId: string,
  password: string,
  options: SetPasswordOptions,
): Promise<void> {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true },
  });
  assertPasswordPolicy(password, { email: user.email, field: options.field ?? "password" });
  await storePasswordHash(tx, user, await hashPassword(password), options);
}

/**
 * Stores an argon2id hash made elsewhere (e.g. an invitation's temporary password) as the
 * password of user `userId`, in the caller's transaction; no policy check. See storePasswordHash.
 */
export async function setPasswordHash(
  tx: Tx,
  userId: string,
  passwordHash: string,
  options: Omit<SetPasswordOptions, "field">,
): Promise<void> {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true },
  });
  await storePasswordHash(tx, user, passwordHash, options);
}

/**
 * Creates or replaces the user's credential: the hash, must_change_password, password_changed_at,
 * and a clean slate (no failed attempts, no lock). Every unused password-reset link of the user
 * stops working (a new password supersedes them), and the account's failed-password limit starts
 * over, so someone who reset their password after being locked out can sign in at once.
 */
export async function storePasswordHash(
  tx: Tx,
  user: { id: string; email: string },
  passwordHash: string,
  { mustChange, now = new Date() }: Omit<SetPasswordOptions, "field">,
): Promise<void> {
  const fields = {
    password_hash: passwordHash,
    must_change_password: mustChange,
    password_changed_at: now,
    failed_attempts: 0,
    locked_until: null,
  };
  await tx.userCredential.upsert({
    where: { user_id: user.id },
    create: { user_id: user.id, ...fields },
    update: fields,
    select: { user_id: true },
  });
  await tx.passwordResetToken.updateMany({
    where: { user_id: user.id, used_at: null },
    data: { used_at: now },
  });
  await resetRateLimit(tx, accountBucket(user.email));
}
