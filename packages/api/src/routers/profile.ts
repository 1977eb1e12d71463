import type { TRPCRouterRecord } from "@trpc/server";

import { changeEmailInput, updateOwnProfileInput, viewProfileInput } from "../schemas/profile";
import { changeOwnEmail } from "../services/profile/change-email";
import { getOwnProfile } from "../services/profile/get-own-profile";
import { updateOwnProfile } from "../services/profile/update-own-profile";
import { viewProfile } from "../services/profile/view-profile";
import { userProcedure } from "../trpc";

/** The signed-in user's own profile, and other people's as the directory shows them. */
export const profileRouter = {
  get: userProcedure.query(({ ctx }) => getOwnProfile(ctx)),
  update: userProcedure
    .input(updateOwnProfileInput)
    .mutation(({ ctx, input }) => updateOwnProfile(ctx, input)),
  changeEmail: userProcedure
    .input(changeEmailInput)
    .mutation(({ ctx, input }) => changeOwnEmail(ctx, input.email)),
  view: userProcedure
    .input(viewProfileInput)
    .query(({ ctx, input }) => viewProfile(ctx, input.user_id)),
} satisfies TRPCRouterRecord;
