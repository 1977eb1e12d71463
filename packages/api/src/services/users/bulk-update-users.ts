import { AppError } from "../../errors";
import type { BulkUpdateUsersInput, BulkUserResultRow, UpdateUserInput } from "../../schemas/users";
import type { ServiceContext, Tx } from "../service-context";
import { statusSetBy } from "./set-user-status";
import { updateUserInTransaction } from "./update-user";

/** How long one bulk change may hold its transaction (100 users, a few statements each). */
const bulkTransactionTimeoutMs = 60_000;

/**
 * `POST /users/bulk`: one action (deactivate, reactivate, change_role) on up to 100 users, each
 * through `updateUserInTransaction`, the very code of `PUT`/`DELETE /users/{user_id}`, so the role
 * rules, the activity log and the invitation clean-up are the same.
 *
 * All of it is one transaction: it commits whole or not at all (a crash or a lost connection
 * leaves every user as they were, and the request can simply be sent again). Within it, each user
 * has a savepoint: a refused user (their own account, a SUPER_ADMIN for an org admin, a PENDING
 * user to reactivate, one of another organization) is rolled back to it and reported, and the
 * others still happen. Users are locked in id order, so two bulk changes over the same people
 * cannot deadlock; results come in the order of `user_ids`.
 *
 * A user of another organization is "User not found", the same answer as an unknown id. Any error
 * that is not an AppError is a bug: it is thrown, and nothing is written.
 */
export async function bulkUpdateUsers(
  ctx: ServiceContext,
  input: BulkUpdateUsersInput,
): Promise<{ results: BulkUserResultRow[]; changed: number; unchanged: number; refused: number }> {
  // One If-Match cannot stand for the versions of many users: each row is checked as it is.
  const rowCtx: ServiceContext = { ...ctx, http: { ...ctx.http, ifMatch: null } };
  const changes = changesOf(input);
  // Locking order: by id. Each result goes back to the place its id had in the request.
  const byId = input.user_ids
    .map((userId, position) => ({ userId, position }))
    .sort((a, b) => (a.userId < b.userId ? -1 : 1));
  const results = await ctx.db.$transaction(
    async (tx) => {
      const inRequestOrder: BulkUserResultRow[] = [];
      for (const { userId, position } of byId) {
        inRequestOrder[position] = await updateOne(tx, rowCtx, { user_id: userId, ...changes });
      }
      return inRequestOrder;
    },
    { timeout: bulkTransactionTimeoutMs },
  );
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

/** One user's change, behind a savepoint that a refusal rolls back to. */
async function updateOne(
  tx: Tx,
  ctx: ServiceContext,
  input: UpdateUserInput,
): Promise<BulkUserResultRow> {
  await tx.$executeRaw`SAVEPOINT bulk_user`;
  try {
    const { user, changed } = await updateUserInTransaction(tx, ctx, input);
    await tx.$executeRaw`RELEASE SAVEPOINT bulk_user`;
    return {
      user_id: input.user_id,
      outcome: changed ? "changed" : "unchanged",
      user,
      error: null,
    };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await tx.$executeRaw`ROLLBACK TO SAVEPOINT bulk_user`;
    return {
      user_id: input.user_id,
      outcome: "refused",
      user: null,
      error: { code: error.appCode, message: error.message, details: error.details },
    };
  }
}
