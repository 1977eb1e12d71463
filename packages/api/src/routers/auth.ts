import type { TRPCRouterRecord } from "@trpc/server";

import {
  changePasswordInput,
  passwordChanged,
  passwordResetAcknowledgement,
  requestPasswordResetInput,
  resetPasswordInput,
  signInInput,
  signInResult,
} from "../schemas/auth";
import { changePassword } from "../services/credentials/change-password";
import { requestPasswordReset, resetPassword } from "../services/credentials/password-reset";
import { verifyCredentials } from "../services/credentials/verify-credentials";
import { publicProcedure, userProcedure } from "../trpc";

const tags: ["Authentication"] = ["Authentication"];

/** Passwords: sign-in check, change, and reset by e-mailed link (issue 5 "Credentials"). */
export const authRouter = {
  signIn: publicProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/auth/sign-in",
        tags,
        summary: "Check an e-mail address and password",
        description:
          "Says whose credentials these are (it opens no session). Rate limited: 5 wrong passwords per account and 20 per client address in 15 minutes; past a limit the account (or the address) is locked until the 15 minutes are over: every attempt, even with the right password, is 429 with Retry-After. An unknown address, a wrong password, an account without a password and an account that is not ACTIVE all get the same 401, so the answer never tells which. A success sets `last_login`.",
      },
    })
    .input(signInInput)
    .output(signInResult)
    .mutation(async ({ ctx, input }) => {
      const verified = await verifyCredentials(ctx, {
        ...input,
        ip: ctx.meta.ip,
        userAgent: ctx.meta.userAgent,
      });
      // The service's result is a TypeScript value; the API speaks snake_case.
      return {
        user_id: verified.userId,
        organization_id: verified.organizationId,
        role: verified.role,
        must_change_password: verified.mustChangePassword,
      };
    }),
  changePassword: userProcedure
    .meta({
      rest: {
        method: "PUT",
        path: "/users/profile/password",
        tags,
        summary: "Change the caller's password",
        description:
          "The current password must be given: a wrong one is 401 on `current_password`, counted against the sign-in limits (429 past them). The new one must follow the password policy and differ from the current one. Every unused password-reset link of the user stops working. An account without a password is 412.",
      },
    })
    .input(changePasswordInput)
    .output(passwordChanged)
    .mutation(({ ctx, input }) => changePassword(ctx, input)),
  requestPasswordReset: publicProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/auth/password-reset-requests",
        tags,
        summary: "E-mail a password-reset link",
        description:
          'No sign-in needed. The answer is always `{ "ok": true }`, whether or not the address has an account, so it never tells which; only an ACTIVE account with a password gets a link, which replaces any earlier unused one. Rate limited: 3 requests per e-mail address and 20 per client address an hour (429 past them).',
      },
    })
    .input(requestPasswordResetInput)
    .output(passwordResetAcknowledgement)
    .mutation(({ ctx, input }) => requestPasswordReset(ctx, input.email)),
  resetPassword: publicProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/auth/password-reset",
        tags,
        summary: "Set a new password with a password-reset link",
        description:
          "No sign-in needed: the token of the e-mailed link proves the account. An unknown token is 404; a used, replaced or expired one is 409 and an account that is not ACTIVE is 403, with the case in `details[0].message`. The new password must follow the password policy. A link works once.",
      },
    })
    .input(resetPasswordInput)
    .output(passwordResetAcknowledgement)
    .mutation(({ ctx, input }) => resetPassword(ctx, input)),
} satisfies TRPCRouterRecord;
