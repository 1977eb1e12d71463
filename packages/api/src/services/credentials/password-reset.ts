import { AppError } from "../../errors";
import type { Context } from "../../context";
import type { ResetPasswordInput } from "../../schemas/auth";
import { logActivity } from "../activity/log-activity";
import { enqueueEmail } from "../email";
import { enforceRateLimit, rateLimitKey } from "../rate-limit";
import { credentialBuckets, credentialLimits } from "./credential-limits";
import { assertPasswordPolicy } from "./password-policy";
import { hashPassword, storePasswordHash } from "./passwords";
import { hashResetToken, newResetToken, passwordResetUrl, resetTokenMatches } from "./reset-token";

/**
 * What a password-reset link can be found to be, each with its own answer; `details[0].message`
 * names the case for the link page ("unknown", "used", "expired", "inactive").
 */
export const passwordResetLinkErrors = {
  unknown: () =>
    new AppError("NOT_FOUND", "This password-reset link is not valid: request a new one", {
      details: [{ path: "token", message: "unknown" }],
    }),
  used: () =>
    new AppError(
      "CONFLICT",
      "This password-reset link has already been used, or a newer link or password replaced it: " +
        "request a new one",
      { details: [{ path: "token", message: "used" }] },
    ),
  expired: () =>
    new AppError("CONFLICT", "This password-reset link has expired: request a new one", {
      details: [{ path: "token", message: "expired" }],
    }),
  inactive: () =>
    new AppError(
      "FORBIDDEN",
      "This account is not active, so its password cannot be reset: ask your administrator",
      { details: [{ path: "token", message: "inactive" }] },
    ),
};

/**
 * `auth.requestPasswordReset`: e-mails a one-time link to choose a new password. The answer is
 * `{ ok: true }` whatever the address, so it never tells whether an account exists; rate-limited
 * per address (3 an hour) and per client address (20 an hour), the same for unknown addresses.
 *
 * Only an ACTIVE user with a password gets a link: a new token (32 random bytes; only its SHA-256
 * is stored) valid for PASSWORD_RESET_EXPIRES_IN, which replaces any earlier unused one; the
 * e-mail is queued in the same transaction, and PASSWORD_RESET_REQUESTED is logged.
 */
export async function requestPasswordReset(
  ctx: Context,
  email: string,
  now = new Date(),
): Promise<{ ok: true }> {
  const ip = ctx.meta.ip;
  if (ip !== null && ip !== "") {
    await enforceRateLimit(
      ctx.db,
      rateLimitKey(credentialBuckets.resetIp, ip),
      { ...credentialLimits.resetIp, now },
      "Too many password-reset requests from your network",
    );
  }
  await enforceRateLimit(
    ctx.db,
    rateLimitKey(credentialBuckets.resetEmail, email),
    { ...credentialLimits.resetEmail, now },
    "Too many password-reset requests for this e-mail address",
  );

  const user = await ctx.db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      first_name: true,
      organization_id: true,
      role: true,
      status: true,
      credential: { select: { user_id: true } },
    },
  });
  if (user?.status !== "ACTIVE" || !user.credential) return { ok: true };

  const { token, hash } = newResetToken();
  const expiresAt = new Date(now.getTime() + ctx.settings.PASSWORD_RESET_EXPIRES_IN);
  await ctx.db.$transaction(async (tx) => {
    // Only the newest link works.
    await tx.passwordResetToken.updateMany({
      where: { user_id: user.id, used_at: null },
      data: { used_at: now },
    });
    const reset = await tx.passwordResetToken.create({
      data: { user_id: user.id, token_hash: hash, expires_at: expiresAt, ip_address: ip },
      select: { id: true },
    });
    await logActivity(tx, ctx, {
      userId: user.id,
      type: "PASSWORD_RESET_REQUESTED",
      data: { password_reset_id: reset.id, expires_at: expiresAt.toISOString() },
    });
    await enqueueEmail(tx, ctx.settings, {
      template: "password-reset",
      to: user.email,
      organizationId: user.organization_id,
      data: {
        firstName: user.first_name === "" ? null : user.first_name,
        resetUrl: passwordResetUrl(ctx.settings.APP_URL, token),
        expiresAt,
      },
    });
  });
  return { ok: true };
}

/**
 * `auth.resetPassword`: sets a new password with the token of an e-mailed link. The token (found
 * by its hash) must exist, be unused and unexpired, and its user ACTIVE; each case has its own
 * error (passwordResetLinkErrors). The new password must pass the policy (VALIDATION_FAILED on
 * new_password). Then, in one transaction: the token is marked used, the password replaced
 * (must_change_password false), the user's other links invalidated, the account's failed-password
 * limit started over, and PASSWORD_RESET logged. Of two uses of one token at once, exactly one
 * succeeds: the token row is claimed with a conditional update, which the second waits on and then
 * finds used.
 */
export async function resetPassword(
  ctx: Context,
  input: ResetPasswordInput,
  now = new Date(),
): Promise<{ ok: true }> {
  const reset = await ctx.db.passwordResetToken.findUnique({
    where: { token_hash: hashResetToken(input.token) },
    select: {
      id: true,
      token_hash: true,
      used_at: true,
      expires_at: true,
      user: { select: { id: true, email: true, organization_id: true, role: true, status: true } },
    },
  });
  if (!reset || !resetTokenMatches(input.token, reset.token_hash)) {
    throw passwordResetLinkErrors.unknown();
  }
  if (reset.used_at !== null) throw passwordResetLinkErrors.used();
  if (reset.expires_at <= now) throw passwordResetLinkErrors.expired();
  if (reset.user.status !== "ACTIVE") throw passwordResetLinkErrors.inactive();
  const user = reset.user;
  assertPasswordPolicy(input.new_password, { email: user.email, field: "new_password" });

  // Hashed before the transaction, which then holds its locks for milliseconds only.
  const passwordHash = await hashPassword(input.new_password);
  await ctx.db.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: reset.id, used_at: null, expires_at: { gt: now } },
      data: { used_at: now },
    });
    if (claimed.count === 0) throw passwordResetLinkErrors.used();
    const current = await tx.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { status: true },
    });
    if (current.status !== "ACTIVE") throw passwordResetLinkErrors.inactive();
    await storePasswordHash(tx, user, passwordHash, { mustChange: false, now });
    await logActivity(tx, ctx, {
      userId: user.id,
      type: "PASSWORD_RESET",
      data: { password_reset_id: reset.id },
    });
  });
  return { ok: true };
}
