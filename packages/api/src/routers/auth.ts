import type { TRPCRouterRecord } from "@trpc/server";

import {
  changePasswordInput,
  requestPasswordResetInput,
  resetPasswordInput,
  signInInput,
} from "../schemas/auth";
import { changePassword } from "../services/credentials/change-password";
import { requestPasswordReset, resetPassword } from "../services/credentials/password-reset";
import { verifyCredentials } from "../services/credentials/verify-credentials";
import { publicProcedure, userProcedure } from "../trpc";

/** Passwords: sign-in check, change, and reset by e-mailed link (issue 5 "Credentials"). */
export const authRouter = {
  signIn: publicProcedure
    .input(signInInput)
    .mutation(({ ctx, input }) =>
      verifyCredentials(ctx, { ...input, ip: ctx.meta.ip, userAgent: ctx.meta.userAgent }),
    ),
  changePassword: userProcedure
    .input(changePasswordInput)
    .mutation(({ ctx, input }) => changePassword(ctx, input)),
  requestPasswordReset: publicProcedure
    .input(requestPasswordResetInput)
    .mutation(({ ctx, input }) => requestPasswordReset(ctx, input.email)),
  resetPassword: publicProcedure
    .input(resetPasswordInput)
    .mutation(({ ctx, input }) => resetPassword(ctx, input)),
} satisfies TRPCRouterRecord;
