import type { UserActor } from "../../auth/actor";
import { AppError, invalid } from "../../errors";
import type { ChangePasswordInput } from "../../schemas/auth";
import { logActivity } from "../activity/log-activity";
import type { ServiceContext } from "../service-context";
import { beginPasswordAttempt } from "./password-attempts";
import { assertPasswordPolicy } from "./password-policy";
import { hashPassword, storePasswordHash, verifyPassword } from "./passwords";

/**
 * `auth.changePassword`: the signed-in user replaces their password, proving the current one.
 * The new one must pass the policy (VALIDATION_FAILED on new_password) and differ from the current
 * one. A wrong current password is UNAUTHENTICATED on current_password, counted against the same
 * limits as sign-in (5 per account, 20 per client address, per 15 minutes). On success the
 * password is replaced, must_change_password cleared, every unused password-reset link of the
 * user stops working, and PASSWORD_CHANGED is logged. An account without a password (one that
 * signs in another way) has none to change: PRECONDITION_FAILED.
 */
export async function changePassword(
  ctx: ServiceContext<UserActor>,
  input: ChangePasswordInput,
  now = new Date(),
) {
  const userId = ctx.actor.userId;
  const user = await ctx.db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true, credential: { select: { password_hash: true } } },
  });
  // Rules on the input alone come first: breaking them costs no attempt.
  assertPasswordPolicy(input.new_password, { email: user.email, field: "new_password" });
  if (input.new_password === input.current_password) {
    throw invalid("new_password", "must differ from the current password");
  }
  if (!user.credential) {
    throw new AppError(
      "PRECONDITION_FAILED",
      "This account has no password to change: it signs in another way",
    );
  }
  const verifiedHash = user.credential.password_hash;

  const check = await beginPasswordAttempt(ctx.db, { email: user.email, ip: ctx.meta.ip }, now);
  if (!(await verifyPassword(verifiedHash, input.current_password))) {
    await check.failed(userId);
    throw new AppError("UNAUTHENTICATED", "The current password is not correct", {
      details: [{ path: "current_password", message: "is not correct" }],
    });
  }

  const passwordHash = await hashPassword(input.new_password);
  await ctx.db.$transaction(async (tx) => {
    // The password checked above must still be the current one: of two changes made at once with
    // the same current password, one succeeds and the other is told to start again.
    const [locked] = await tx.$queryRaw<{ password_hash: string }[]>`
      SELECT "password_hash" FROM "user_credentials" WHERE "user_id" = ${userId}::uuid FOR UPDATE`;
    if (locked?.password_hash !== verifiedHash) {
      throw new AppError(
        "CONFLICT",
        "The password was changed meanwhile: sign in again with the new one, then retry",
      );
    }
    await storePasswordHash(tx, user, passwordHash, { mustChange: false, now });
    await check.succeeded(tx, userId);
    await logActivity(tx, ctx, { userId, type: "PASSWORD_CHANGED" });
  });
  return { ok: true as const, password_changed_at: now };
}
