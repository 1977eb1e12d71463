import type { TRPCRouterRecord } from "@trpc/server";

import { createUserInput, listUsersInput, updateUserInput, userIdInput } from "../schemas/users";
import { createUser } from "../services/users/create-user";
import { getUser } from "../services/users/get-user";
import { listUsers } from "../services/users/list-users";
import { deactivateUser, reactivateUser } from "../services/users/set-user-status";
import { updateUser } from "../services/users/update-user";
import { adminProcedure } from "../trpc";

/** User administration: org admins in their organization, super admins everywhere, services by scope. */
export const usersRouter = {
  list: adminProcedure("users:read")
    .input(listUsersInput)
    .query(({ ctx, input }) => listUsers(ctx, input)),
  get: adminProcedure("users:read")
    .input(userIdInput)
    .query(({ ctx, input }) => getUser(ctx, input.user_id)),
  create: adminProcedure("users:write")
    .input(createUserInput)
    .mutation(({ ctx, input }) => createUser(ctx, input)),
  update: adminProcedure("users:write")
    .input(updateUserInput)
    .mutation(({ ctx, input }) => updateUser(ctx, input)),
  deactivate: adminProcedure("users:write")
    .input(userIdInput)
    .mutation(({ ctx, input }) => deactivateUser(ctx, input.user_id)),
  reactivate: adminProcedure("users:write")
    .input(userIdInput)
    .mutation(({ ctx, input }) => reactivateUser(ctx, input.user_id)),
} satisfies TRPCRouterRecord;
