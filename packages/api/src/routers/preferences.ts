import type { TRPCRouterRecord } from "@trpc/server";

import { learningPreferencesInput } from "../schemas/profile";
import { preferencesRecord } from "../schemas/records";
import { getOwnPreferences, updateOwnPreferences } from "../services/preferences/preferences";
import { withVersion } from "../services/versions/version-tag";
import { userProcedure } from "../trpc";

const tags: ["Learning preferences"] = ["Learning preferences"];

/** The signed-in user's learning preferences (also part of the profile update). */
export const preferencesRouter = {
  get: userProcedure
    .meta({
      rest: {
        method: "GET",
        path: "/users/profile/preferences",
        tags,
        summary: "Get the caller's learning preferences",
        description:
          "An account without preferences gets the defaults on first read. The ETag is the profile's (preferences are part of it): send it back as If-Match on either PUT.",
        etag: true,
      },
    })
    .output(preferencesRecord)
    .query(async ({ ctx }) => {
      const { preferences, version } = await getOwnPreferences(ctx);
      return withVersion(ctx.http, preferences, version);
    }),
  update: userProcedure
    .meta({
      rest: {
        method: "PUT",
        path: "/users/profile/preferences",
        tags,
        summary: "Update the caller's learning preferences",
        description:
          "The same as `learning_preferences` in `PUT /users/profile`: omitted fields stay as they are, null clears a nullable field, and the changes are logged as PREFERENCES_CHANGED. With If-Match (the profile's ETag), 412 when the profile changed since it was read.",
        etag: true,
      },
    })
    .input(learningPreferencesInput)
    .output(preferencesRecord)
    .mutation(async ({ ctx, input }) => {
      const { preferences, version } = await updateOwnPreferences(ctx, input);
      return withVersion(ctx.http, preferences, version);
    }),
} satisfies TRPCRouterRecord;
