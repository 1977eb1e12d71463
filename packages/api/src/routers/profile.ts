import type { TRPCRouterRecord } from "@trpc/server";

import {
  changeEmailInput,
  ownProfile,
  profileView,
  removedAvatar,
  updateOwnProfileInput,
  viewProfileInput,
} from "../schemas/profile";
import { removeAvatar } from "../services/avatars/remove-avatar";
import { changeOwnEmail } from "../services/profile/change-email";
import { getOwnProfile } from "../services/profile/get-own-profile";
import { profileVersion } from "../services/profile/profile-version";
import { updateOwnProfile } from "../services/profile/update-own-profile";
import { viewProfile } from "../services/profile/view-profile";
import { withVersion } from "../services/versions/version-tag";
import { userProcedure } from "../trpc";

const tags: ["Profile"] = ["Profile"];

/** The signed-in user's own profile, and other people's as the directory shows them. */
export const profileRouter = {
  get: userProcedure
    .meta({
      rest: {
        method: "GET",
        path: "/users/profile",
        tags,
        summary: "Get the caller's profile",
        description:
          "The signed-in user with profile, learning preferences and learning statistics. The ETag versions what `PUT /users/profile` changes (not the statistics); send it back as If-Match.",
        etag: true,
      },
    })
    .output(ownProfile)
    .query(async ({ ctx }) => {
      const profile = await getOwnProfile(ctx);
      return withVersion(ctx.http, profile, profileVersion(profile));
    }),
  update: userProcedure
    .meta({
      rest: {
        method: "PUT",
        path: "/users/profile",
        tags,
        summary: "Update the caller's profile",
        description:
          "Names, username, `profile` and `learning_preferences` in one transaction. Omitted fields stay as they are; null clears a nullable field. With If-Match, 412 when the profile changed since it was read.",
        etag: true,
      },
    })
    .input(updateOwnProfileInput)
    .output(ownProfile)
    .mutation(async ({ ctx, input }) => {
      const profile = await updateOwnProfile(ctx, input);
      return withVersion(ctx.http, profile, profileVersion(profile));
    }),
  changeEmail: userProcedure
    .meta({
      rest: {
        method: "PUT",
        path: "/users/profile/email",
        tags,
        summary: "Change the caller's e-mail address",
      },
    })
    .input(changeEmailInput)
    .output(ownProfile)
    .mutation(({ ctx, input }) => changeOwnEmail(ctx, input.email)),
  view: userProcedure
    .meta({
      rest: {
        method: "GET",
        path: "/users/{user_id}/profile",
        tags,
        summary: "View another person's profile",
        description:
          "In full for oneself and for administrators of the person's organization; otherwise the directory card their privacy settings allow (e-mail and phone only when shown). A profile the caller may not see is 404.",
      },
    })
    .input(viewProfileInput)
    .output(profileView)
    .query(({ ctx, input }) => viewProfile(ctx, input.user_id)),
  removeAvatar: userProcedure
    .meta({
      rest: {
        method: "DELETE",
        path: "/users/profile/avatar",
        tags: ["Avatars"],
        summary: "Remove the caller's avatar",
        description:
          "The profile stops pointing at the avatar, then its files are deleted. Removing no avatar changes nothing. (Uploading is `POST /users/upload-avatar`, a multipart request.)",
      },
    })
    .output(removedAvatar)
    .mutation(({ ctx }) => removeAvatar(ctx)),
} satisfies TRPCRouterRecord;
