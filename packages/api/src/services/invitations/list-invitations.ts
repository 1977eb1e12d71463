import { Prisma, type InvitationStatus } from "@ums/db";
import { z } from "zod";

import { organizationScope } from "../../auth/actor";
import { invalid, notFound } from "../../errors";
import { invitationSortFields, type ListInvitationsInput } from "../../schemas/invitations";
import { invitationSelect } from "../selects";
import type { ServiceContext } from "../service-context";

const cursorSchema = z.tuple([
  z.enum(invitationSortFields),
  z.enum(["asc", "desc"]),
  z.iso.datetime(),
  z.uuid(),
]);

/**
 * Invitations of the actor's organization (super admins and platform keys: any, or all), filtered
 * by status and e-mail, sorted by sent or expiry date, a page at a time (keyset on the date and
 * id), with the inviter's name; optionally the totals per status (of the search, all statuses).
 */
export async function listInvitations(ctx: ServiceContext, input: ListInvitationsInput) {
  const scope = organizationScope(ctx.actor);
  if (scope !== null && input.organization_id !== undefined && input.organization_id !== scope) {
    throw notFound("Organization");
  }
  const organizationId = scope ?? input.organization_id;
  const base: Prisma.UserInvitationWhereInput = {
    ...(organizationId === undefined ? {} : { organization_id: organizationId }),
    ...(input.search === undefined
      ? {}
      : { email: { contains: input.search, mode: Prisma.QueryMode.insensitive } }),
  };

  const after = input.cursor === undefined ? undefined : decodeCursor(input.cursor, input);
  const beyond = input.order === "asc" ? "gt" : "lt";
  const where: Prisma.UserInvitationWhereInput = {
    ...base,
    ...(input.status === undefined ? {} : { status: input.status }),
    ...(after === undefined
      ? {}
      : {
          OR: [
            { [input.sort]: { [beyond]: after.at } },
            { [input.sort]: after.at, id: { [beyond]: after.id } },
          ],
        }),
  };
  const rows = await ctx.db.userInvitation.findMany({
    where,
    orderBy: [{ [input.sort]: input.order }, { id: input.order }],
    take: input.limit + 1,
    select: {
      ...invitationSelect,
      invited_by_user: { select: { id: true, first_name: true, last_name: true } },
    },
  });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);

  let totals: Record<InvitationStatus, number> | undefined;
  if (input.include_totals) {
    const groups = await ctx.db.userInvitation.groupBy({
      by: ["status"],
      where: base,
      _count: { _all: true },
    });
    totals = { PENDING: 0, ACCEPTED: 0, EXPIRED: 0, CANCELLED: 0 };
    for (const group of groups) totals[group.status] = group._count._all;
  }

  return {
    items,
    next_cursor:
      rows.length > input.limit && last ? encodeCursor(input, last[input.sort], last.id) : null,
    totals,
  };
}

type Sorting = Pick<ListInvitationsInput, "sort" | "order">;

function encodeCursor({ sort, order }: Sorting, at: Date, id: string): string {
  return Buffer.from(JSON.stringify([sort, order, at.toISOString(), id])).toString("base64url");
}

/** The cursor's position; VALIDATION_FAILED when it is malformed or of another sort or order. */
function decodeCursor(text: string, { sort, order }: Sorting): { at: Date; id: string } {
  let parsed: z.infer<typeof cursorSchema> | undefined;
  try {
    parsed = cursorSchema.parse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
  } catch {
    parsed = undefined;
  }
  if (parsed?.[0] !== sort || parsed[1] !== order) {
    throw invalid("cursor", "is not a cursor of this list, sort and order");
  }
  return { at: new Date(parsed[2]), id: parsed[3] };
}
