import type { RouterInputs, RouterOutputs } from "@ums/api";
import { userSortFields } from "@ums/api/schemas/users";
import { UserRole, UserStatus } from "@ums/db/enums";
import { z } from "zod";

/** Rows per page unless the URL's `limit` asks for another size (1 to 100, the API's bounds). */
export const defaultPageSize = 20;
export const maxPageSize = 100;

export type UserSort = (typeof userSortFields)[number];
export type SortOrder = "asc" | "desc";

/** The list's default order: newest first. */
export const defaultSort: { sort: UserSort; order: SortOrder } = {
  sort: "created_at",
  order: "desc",
};

/** `organization=all`: a platform administrator's list across every organization. */
export const allOrganizations = "all";

/** Which users the page shows, as read from its URL. */
export interface UsersView {
  search: string | null;
  role: UserRole | null;
  status: UserStatus | null;
  /** null: the organization being viewed; "all"; or another organization's id */
  organization: string | null;
  sort: UserSort;
  order: SortOrder;
  limit: number;
  cursor: string | null;
}

type SearchParams = Record<string, string | string[] | undefined>;

/** A parameter's single value ("" and repeated parameters count as absent). */
function single(params: SearchParams, name: string): string | null {
  const value = params[name];
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

const pick = <T>(schema: z.ZodType<T>, value: string | null): T | null => {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
};

const roleParam = z.enum(UserRole);
const statusParam = z.enum(UserStatus);
const sortParam = z.enum(userSortFields);
const orderParam = z.enum(["asc", "desc"]);
const organizationParam = z.union([z.literal(allOrganizations), z.uuid()]);
const limitParam = z.coerce.number().int().min(1).max(maxPageSize);

/**
 * The view a URL asks for. Values the page cannot use (an unknown role, a page size of 1,000)
 * fall back to their defaults rather than ending on an error page: a URL stays usable however it
 * was edited. The cursor is the API's to judge.
 */
export function parseUsersView(params: SearchParams): UsersView {
  const search = single(params, "search")?.trim().slice(0, 100) ?? null;
  return {
    search: search === "" ? null : search,
    role: pick(roleParam, single(params, "role")),
    status: pick(statusParam, single(params, "status")),
    organization: pick(organizationParam, single(params, "organization")),
    sort: pick(sortParam, single(params, "sort")) ?? defaultSort.sort,
    order: pick(orderParam, single(params, "order")) ?? defaultSort.order,
    limit: pick(limitParam, single(params, "limit")) ?? defaultPageSize,
    cursor: single(params, "cursor"),
  };
}

/**
 * The `users.list` input of a view: no total (counting every match again on every page would
 * make each page more than the one indexed query it is; the pager says "Showing 21–40" and
 * whether there is a next page). `viewedOrganization` is adminScope's `organizationInput`.
 */
export function listInputOf(
  view: UsersView,
  viewedOrganization: { organization_id?: string },
): RouterInputs["users"]["list"] {
  const organization =
    view.organization === null
      ? viewedOrganization
      : view.organization === allOrganizations
        ? {}
        : { organization_id: view.organization };
  return {
    ...organization,
    ...(view.search === null ? {} : { search: view.search }),
    ...(view.role === null ? {} : { role: view.role }),
    ...(view.status === null ? {} : { status: view.status }),
    sort: view.sort,
    order: view.order,
    limit: view.limit,
    ...(view.cursor === null ? {} : { cursor: view.cursor }),
    // Capped by the API (USERS_LIST_COUNT_CAP): one more indexed query that stops at the cap.
    include_total: true,
  };
}

/** The list's size in words: "1 person", "1,234 people", "more than 10,000 people". */
export function totalText(page: Pick<RouterOutputs["users"]["list"], "total" | "total_kind">) {
  if (page.total === undefined) return null;
  const count = page.total.toLocaleString("en-GB");
  if (page.total_kind === "at_least") return `more than ${count} people`;
  return page.total === 1 ? "1 person" : `${count} people`;
}

/** The filters that narrow the view, in words ("search “smith”", "role Learner"). */
export function activeFilters(
  view: UsersView,
  labels: { role: (role: UserRole) => string; status: (status: UserStatus) => string },
): string[] {
  const filters: string[] = [];
  if (view.search !== null) filters.push(`search “${view.search}”`);
  if (view.role !== null) filters.push(`role ${labels.role(view.role)}`);
  if (view.status !== null) filters.push(`status ${labels.status(view.status)}`);
  return filters;
}
