import { UserRole } from "@ums/db/enums";
import { z } from "zod";

import { isCommonPassword } from "./common-passwords";
import { email, str } from "./fields";
import { instant } from "./records";

/**
 * Passwords (issue 5 "Credentials"): the rules a new password must follow, and the inputs of the
 * auth procedures. Client-safe, common-password list included, so the web forms check a new
 * password with exactly the server's rules.
 */

export const passwordMinLength = 10;
export const passwordMaxLength = 128;

/**
 * The longest password accepted where one is typed to be checked (sign-in, current password).
 * Such a password is never measured against the policy (it may predate it), only bounded, so no
 * one can make the server hash megabytes.
 */
export const passwordInputMaxLength = 1024;

/**
 * The first rule a new `password` breaks, as a message for its field, or null when it may be used:
 * 10 to 128 characters, not one of the most common passwords, and (when `email` is given) neither
 * the e-mail address nor its local part. Case is ignored in both comparisons.
 */
export function passwordProblem(
  password: string,
  options: { email?: string | null } = {},
): string | null {
  if (password.length < passwordMinLength) {
    return `must be at least ${passwordMinLength} characters`;
  }
  if (password.length > passwordMaxLength) {
    return `must be at most ${passwordMaxLength} characters`;
  }
  if (isCommonPassword(password)) {
    return "is one of the most common passwords: choose one that is harder to guess";
  }
  const address = options.email?.trim().toLowerCase();
  if (address) {
    const candidate = password.trim().toLowerCase();
    const localPart = address.slice(0, address.lastIndexOf("@"));
    if (candidate === address || candidate === localPart) {
      return "must not be your e-mail address or its part before the @";
    }
  }
  return null;
}

/**
 * A new password: every rule of `passwordProblem` but the e-mail one, which needs the account (the
 * server adds it; a form that knows the address can call `passwordProblem` itself).
 */
export const newPassword = str().superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem !== null) ctx.addIssue({ code: "custom", message: problem });
});

/** A password typed to be checked (sign-in, the current password): only bounded. */
export const typedPassword = str()
  .min(1, "must not be empty")
  .max(passwordInputMaxLength, `must be at most ${passwordInputMaxLength} characters`);

/** `auth.signIn`: e-mail and password, as the web's sign-in form sends them. */
export const signInInput = z.strictObject({ email, password: typedPassword });

/** `auth.changePassword`: the signed-in user's current password and the new one. */
export const changePasswordInput = z.strictObject({
  current_password: typedPassword,
  new_password: newPassword,
});

/** `auth.requestPasswordReset`: where to send the link (the answer is the same for any address). */
export const requestPasswordResetInput = z.strictObject({ email });

/** `auth.resetPassword`: the token of the e-mailed link, and the new password. */
export const resetPasswordInput = z.strictObject({
  token: str().trim().min(1, "must not be empty").max(512, "must be at most 512 characters"),
  new_password: newPassword,
});

export type SignInInput = z.infer<typeof signInInput>;
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetInput>;
export type ResetPasswordInput = z.infer<typeof resetPasswordInput>;

// RESPONSES -------------------------------------------------------------------------------------

/**
 * `POST /auth/sign-in`: whose e-mail and password these are. The keys are camelCase: this is the
 * result of `verifyCredentials`, the same check the web app's sign-in calls.
 */
export const signInResult = z
  .object({
    user_id: z.uuid(),
    organization_id: z.uuid(),
    role: z.enum(UserRole),
    must_change_password: z.boolean().meta({
      description: "the password is a temporary one: it must be changed before anything else",
    }),
  })
  .meta({ id: "SignInResult" });

/** `PUT /users/profile/password` */
export const passwordChanged = z
  .object({ ok: z.literal(true), password_changed_at: instant })
  .meta({ id: "PasswordChanged" });

/** `POST /auth/password-reset-requests` and `POST /auth/password-reset`: done. */
export const passwordResetAcknowledgement = z
  .object({ ok: z.literal(true) })
  .meta({ id: "PasswordResetAcknowledgement" });
