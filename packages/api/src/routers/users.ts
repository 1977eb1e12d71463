import type { TRPCRouterRecord } from "@trpc/server";

import {
  bulkUpdateUsersInput,
  bulkUpdateUsersResult,
  createUserInput,
  createdUser,
  listUsersInput,
  updateUserInput,
  userDetails,
  userIdInput,
  userListPage,
} from "../schemas/users";
import { userRecord } from "../schemas/records";
import { bulkUpdateUsers } from "../services/users/bulk-update-users";
import { createUser } from "../services/users/create-user";
import { getUser } from "../services/users/get-user";
import { listUsers } from "../services/users/list-users";
import { deactivateUser, reactivateUser } from "../services/users/set-user-status";
import { updateUser } from "../services/users/update-user";
import { userVersion } from "../services/users/user-version";
import { withVersion } from "../services/versions/version-tag";
import { adminProcedure } from "../trpc";

const tags: ["Users"] = ["Users"];

/** User administration: org admins in their organization, super admins everywhere, services by scope. */
export const usersRouter = {
  list: adminProcedure("users:read")
    .meta({
      rest: {
        method: "GET",
        path: "/users",
        tags,
        summary: "List users",
        description:
          'Filters combine with AND; `search` is a case-insensitive substring of name, e-mail or username. Pages are cursor-based: pass `next_cursor` back as `cursor` (the `Link: rel="next"` header holds the whole URL).',
        paginated: true,
      },
    })
    .input(listUsersInput)
    .output(userListPage)
    .query(({ ctx, input }) => listUsers(ctx, input)),
  get: adminProcedure("users:read")
    .meta({
      rest: {
        method: "GET",
        path: "/users/{user_id}",
        tags,
        summary: "Get a user with every relation",
        description:
          "The ETag versions the user's own fields (what `PUT /users/{user_id}` changes); send it back as If-Match.",
        etag: true,
      },
    })
    .input(userIdInput)
    .output(userDetails)
    .query(async ({ ctx, input }) => {
      const user = await getUser(ctx, input.user_id);
      return withVersion(ctx.http, user, userVersion(user));
    }),
  create: adminProcedure("users:write")
    .meta({
      rest: {
        method: "POST",
        path: "/users",
        tags,
        summary: "Create a user and invite them",
        description:
          "Creates a PENDING user with profile, preferences and statistics, and an invitation whose link is returned once (and e-mailed).",
        successStatus: 201,
      },
    })
    .input(createUserInput)
    .output(createdUser)
    .mutation(({ ctx, input }) => createUser(ctx, input)),
  update: adminProcedure("users:write")
    .meta({
      rest: {
        method: "PUT",
        path: "/users/{user_id}",
        tags,
        summary: "Update a user's names, username, role or status",
        description:
          "Omitted fields stay as they are. Nobody changes their own role or status; only super admins touch a SUPER_ADMIN. With If-Match, 412 when the user changed since it was read.",
        etag: true,
      },
    })
    .input(updateUserInput)
    .output(userRecord)
    .mutation(async ({ ctx, input }) => {
      const user = await updateUser(ctx, input);
      return withVersion(ctx.http, user, userVersion(user));
    }),
  deactivate: adminProcedure("users:write")
    .meta({
      rest: {
        method: "DELETE",
        path: "/users/{user_id}",
        tags,
        summary: "Deactivate a user (soft delete)",
        description:
          "Sets the status to INACTIVE; nothing is erased and the user can be reactivated. Repeating it is harmless.",
      },
    })
    .input(userIdInput)
    .output(userRecord)
    .mutation(({ ctx, input }) => deactivateUser(ctx, input.user_id)),
  reactivate: adminProcedure("users:write")
    .meta({
      rest: {
        method: "POST",
        path: "/users/{user_id}/reactivate",
        tags,
        summary: "Reactivate a deactivated or suspended user",
      },
    })
    .input(userIdInput)
    .output(userRecord)
    .mutation(({ ctx, input }) => reactivateUser(ctx, input.user_id)),
  bulkUpdate: adminProcedure("users:write")
    .meta({
      rest: {
        method: "POST",
        path: "/users/bulk",
        tags,
        summary: "Deactivate, reactivate or change the role of up to 100 users",
        description:
          "Each user goes through the same rules as `PUT /users/{user_id}` (nobody changes their own role or status; only super admins touch a SUPER_ADMIN; a PENDING user cannot be reactivated). The whole request is one transaction, so it commits entirely or not at all (after a failure, nothing changed and it can be sent again); within it, a refused user is rolled back alone and does not undo the others. The answer is 200 with one result per `user_ids` entry, in the same order: `changed`, `unchanged` (already so) or `refused` with the error that user would get alone. A user of another organization is refused as NOT_FOUND, exactly like an unknown id. `If-Match` is not used (one tag cannot version many users).",
      },
    })
    .input(bulkUpdateUsersInput)
    .output(bulkUpdateUsersResult)
    .mutation(({ ctx, input }) => bulkUpdateUsers(ctx, input)),
} satisfies TRPCRouterRecord;
