import { invitationSortFields, type ListInvitationsInput } from "@ums/api/schemas/invitations";
import { InvitationStatus } from "@ums/db/enums";

/** Rows per page of the invitations table. */
export const invitationsPageSize = 25;

export type InvitationsView = Pick<
  ListInvitationsInput,
  "status" | "search" | "sort" | "order" | "cursor"
>;

type Params = Record<string, string | string[] | undefined>;

function one(params: Params, name: string): string | undefined {
  const value = params[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined || text.trim() === "" ? undefined : text;
}

/**
 * The table's view from the URL's query. A value the list does not know (an old or edited link)
 * is the default instead, so a URL never makes the page fail; only a stale cursor can (the page
 * offers the first page then).
 */
export function invitationsViewOf(params: Params): InvitationsView {
  const status = one(params, "status");
  const sort = one(params, "sort");
  const search = one(params, "search")?.trim().slice(0, 254);
  const cursor = one(params, "cursor");
  return {
    status: Object.values(InvitationStatus).find((value) => value === status),
    search,
    sort: invitationSortFields.find((field) => field === sort) ?? "sent_at",
    order: one(params, "order") === "asc" ? "asc" : "desc",
    cursor,
  };
}
