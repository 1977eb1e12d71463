import { AppError, fromZodError } from "../../errors";
import { invitePersonInput } from "../../schemas/invitations";
import type { ServiceContext } from "../service-context";
import { organizationForAction } from "../users/user-scope";
import { invitePerson } from "./invite-person";

export type BulkInviteRow =
  | {
      index: number;
      email: string | null;
      status: "created";
      invitation_id: string;
      user_id: string;
      invitation_url: string;
    }
  | {
      index: number;
      email: string | null;
      status: "skipped";
      reason: string;
      details: { path: string; message: string }[];
    };

/**
 * Invites many people at once (up to 500). Each row is checked and invited on its own (its own
 * transaction), so a bad or duplicate row is reported as skipped, with the reason, and the others
 * go ahead. A row repeating the e-mail of a row invited earlier in the batch is skipped too.
 */
export async function bulkInvite(
  ctx: ServiceContext,
  input: { invitations: unknown[]; organization_id?: string | undefined },
  now = new Date(),
) {
  // A batch for an organization the caller cannot see is refused as a whole, like any other call.
  if (input.organization_id !== undefined) {
    await organizationForAction(ctx.db, ctx.actor, input.organization_id);
  }
  const seen = new Map<string, number>();
  const results: BulkInviteRow[] = [];
  for (const [index, row] of input.invitations.entries()) {
    const withOrganization =
      input.organization_id !== undefined &&
      typeof row === "object" &&
      row !== null &&
      !("organization_id" in row)
        ? { ...row, organization_id: input.organization_id }
        : row;
    const parsed = invitePersonInput.safeParse(withOrganization);
    if (!parsed.success) {
      const error = fromZodError(parsed.error);
      results.push({
        index,
        email: emailOf(row),
        status: "skipped",
        reason: error.message,
        details: error.details,
      });
      continue;
    }
    const earlier = seen.get(parsed.data.email);
    if (earlier !== undefined) {
      const message = `repeats the e-mail address of row ${earlier}`;
      results.push({
        index,
        email: parsed.data.email,
        status: "skipped",
        reason: message,
        details: [{ path: "email", message }],
      });
      continue;
    }
    try {
      const { user, invitation, invitation_url } = await invitePerson(ctx, parsed.data, now);
      // Only an invitation made counts: a later row may retry an address an earlier row failed on.
      seen.set(parsed.data.email, index);
      results.push({
        index,
        email: user.email,
        status: "created",
        invitation_id: invitation.id,
        user_id: user.id,
        invitation_url,
      });
    } catch (error) {
      if (!(error instanceof AppError) || error.appCode === "INTERNAL") throw error;
      results.push({
        index,
        email: parsed.data.email,
        status: "skipped",
        reason: error.message,
        details: error.details,
      });
    }
  }
  const created = results.filter((row) => row.status === "created").length;
  return { created, skipped: results.length - created, results };
}

function emailOf(row: unknown): string | null {
  return typeof row === "object" && row !== null && "email" in row && typeof row.email === "string"
    ? row.email
    : null;
}
