import { AppError } from "../../errors";
import type { BulkUpdateUsersInput, BulkUserResultRow, UpdateUserInput } from "../../schemas/users";
import type { ServiceContext } from "../service-context";
import { statusSetBy } from "./set-user-status";
import { updateUserReporting } from "./update-user";

/**
 * `POST /users/bulk`: one action (deactivate, reactivate, change_role) on up to 100 users, each
 * through `updateUser`, the very code of `PUT`/`DELETE /users/{user_id}`, so the role rules, the
 * activity log and the invitation clean-up are the same. Each user is written in its own
 * transaction, one after another: a refused user (their own account, a SUPER_ADMIN for an org
 * admin, a PENDING user to reactivate, one of another organization) is reported and the others
 * still happen, rather than one refusal undoing the rest. Results come in the order of `user_ids`.
 *
 * A user of another organization is "User not found", the same answer as an unknown id. Any error
 * that is not an AppError is a bug and is thrown (the users before it stay changed, as reported by
 * their own transactions).
 */
export async function bulkUpdateUsers(
  ctx: ServiceContext,
  input: BulkUpdateUsersInput,
): Promise<{ results: BulkUserResultRow[]; changed: number; unchanged: number; refused: number }> {
  // One If-Match cannot stand for the versions of many users: each row is checked as it is.
  const rowCtx: ServiceContext = { ...ctx, http: { ...ctx.http, ifMatch: null } };
  const results: BulkUserResultRow[] = [];
  for (const userId of input.user_ids) {
    results.push(await updateOne(rowCtx, { user_id: userId, ...changesOf(input) }));
  }
  const count = (outcome: BulkUserResultRow["outcome"]) =>
    results.filter((result) => result.outcome === outcome).length;
  return {
    results,
    changed: count("changed"),
    unchanged: count("unchanged"),
    refused: count("refused"),
  };
}

function changesOf(input: BulkUpdateUsersInput): Omit<UpdateUserInput, "user_id"> {
  switch (input.action) {
    case "deactivate":
      return { status: statusSetBy.deactivate };
    case "reactivate":
      return { status: statusSetBy.reactivate };
    case "change_role":
      return { role: input.role };
  }
}

async function updateOne(ctx: ServiceContext, input: UpdateUserInput): Promise<BulkUserResultRow> {
  try {
    const { user, changed } = await updateUserReporting(ctx, input);
    return {
      user_id: input.user_id,
      outcome: changed ? "changed" : "unchanged",
      user,
      error: null,
    };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return {
      user_id: input.user_id,
      outcome: "refused",
      user: null,
      error: { code: error.appCode, message: error.message, details: error.details },
    };
  }
}
