import type { TRPCRouterRecord } from "@trpc/server";

import { learningPreferencesInput } from "../schemas/profile";
import { getOwnPreferences, updateOwnPreferences } from "../services/preferences/preferences";
import { userProcedure } from "../trpc";

/** The signed-in user's learning preferences (also part of the profile update). */
export const preferencesRouter = {
  get: userProcedure.query(({ ctx }) => getOwnPreferences(ctx)),
  update: userProcedure
    .input(learningPreferencesInput)
    .mutation(({ ctx, input }) => updateOwnPreferences(ctx, input)),
} satisfies TRPCRouterRecord;
