import { TRPCError } from "@trpc/server";
import { Alert, EmptyState, buttonClassName, type SelectOption } from "@ums/ui";
import type { Metadata, Route } from "next";
import Link from "next/link";

import { CursorPager } from "../../../../../components/admin/cursor-pager";
import { adminScope, type AdminScope } from "../../../../../server/admin-scope";
import { api } from "../../../../../server/trpc";
import { roleLabel, statusLabel } from "../../../../../lib/user-labels";
import { UsersFilters } from "./users-filters";
import { UsersTable } from "./users-table";
import {
  activeFilters,
  allOrganizations,
  listInputOf,
  parseUsersView,
  totalText,
  type UsersView,
} from "./users-view";

export const metadata: Metadata = { title: "Users" };

type SearchParams = Record<string, string | string[] | undefined>;
type Caller = Awaited<ReturnType<typeof api>>;

/** How many organizations a platform administrator's filter lists (as the switcher does). */
const organizationChoices = 100;

/**
 * `/admin/users`: the users of the viewed organization (a platform administrator may also list
 * every organization, or another one), searched, filtered, sorted and paged from the URL, with
 * one `users.list` call per view: the page the API answers from its indexes, at any depth.
 */
export default async function AdminUsersPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const scope = await adminScope();
  const params = await searchParams;
  const view = parseUsersView(params);
  const caller = await api();
  const [page, organizations] = await Promise.all([
    listUsers(caller, view, scope),
    scope.isSuperAdmin ? organizationOptions(caller, scope, view) : null,
  ]);
  const scopeName =
    view.organization === allOrganizations
      ? "all organizations"
      : (organizations?.find((option) => option.value === view.organization)?.label ??
        scope.organization.name);

  return (
    <div className="grid gap-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div className="grid gap-1">
          <h1 className="text-3xl leading-tight font-semibold text-fg">Users</h1>
          <p className="text-fg-muted">
            Everyone in {scopeName}: open a user for their details, or select several to change them
            at once.
          </p>
        </div>
        <Link href="/admin/invite" className={buttonClassName("primary", "md")}>
          Invite a person
        </Link>
      </header>
      <UsersFilters
        role={view.role}
        status={view.status}
        organization={view.organization}
        organizations={
          organizations === null
            ? null
            : { viewedId: scope.organization.id, options: organizations }
        }
      />
      {page === "stale-cursor" ? (
        <Alert tone="warning" title="This page of the list is no longer available">
          The link names a page the list cannot find any more.{" "}
          <Link href={hrefOf(params, { cursor: null, page: null })}>Go to the first page</Link>
        </Alert>
      ) : page.items.length === 0 ? (
        <NoUsers view={view} params={params} scopeName={scopeName} />
      ) : (
        <>
          <p className="text-fg-muted">{totalText(page)}</p>
          <UsersTable
            rows={page.items}
            viewer={{ userId: scope.user.actor.userId, role: scope.user.actor.role }}
            sort={view.sort}
            order={view.order}
            now={new Date().toISOString()}
            caption={`Users of ${scopeName}`}
          />
          <CursorPager
            nextCursor={page.next_cursor}
            shown={page.items.length}
            pageSize={view.limit}
            label="Users pages"
          />
        </>
      )}
    </div>
  );
}

/** The view's page, or "stale-cursor" when the URL's cursor is not one of this list's. */
async function listUsers(caller: Caller, view: UsersView, scope: AdminScope) {
  try {
    return await caller.users.list(listInputOf(view, scope.organizationInput));
  } catch (error) {
    if (view.cursor !== null && error instanceof TRPCError && error.code === "BAD_REQUEST") {
      return "stale-cursor" as const;
    }
    throw error;
  }
}

/**
 * A platform administrator's organizations to filter by: the viewed one first, then the others
 * (the first 100, as in the switcher), and the one the URL names if it is not among them.
 */
async function organizationOptions(
  caller: Caller,
  scope: AdminScope,
  view: UsersView,
): Promise<SelectOption[]> {
  const { items } = await caller.organizations.list({ limit: organizationChoices });
  const options: SelectOption[] = [
    { value: scope.organization.id, label: scope.organization.name },
    ...items
      .filter((item) => item.id !== scope.organization.id)
      .map((item) => ({ value: item.id, label: item.name })),
  ];
  const named = view.organization;
  if (named !== null && named !== allOrganizations && !options.some((o) => o.value === named)) {
    const organization = await caller.organizations
      .get({ organization_id: named })
      .catch(() => null);
    options.push({ value: named, label: organization?.name ?? "An unknown organization" });
  }
  return options;
}

/** The URL of this page with `patch` applied to its query (null removes a parameter). */
function hrefOf(params: SearchParams, patch: Record<string, string | null>): Route {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === "string") query.set(name, value);
  }
  for (const [name, value] of Object.entries(patch)) {
    if (value === null) query.delete(name);
    else query.set(name, value);
  }
  query.sort();
  const text = query.toString();
  return text === "" ? "/admin/users" : `/admin/users?${text}`;
}

/** The empty list: which filters hid everyone, and the way back to seeing them. */
function NoUsers({
  view,
  params,
  scopeName,
}: {
  view: UsersView;
  params: SearchParams;
  scopeName: string;
}) {
  const filters = activeFilters(view, { role: roleLabel, status: statusLabel });
  if (filters.length > 0) {
    return (
      <EmptyState
        title="No users match these filters"
        description={`Nobody in ${scopeName} matches ${joinWords(filters)}.`}
        action={
          <Link
            href={hrefOf(params, {
              search: null,
              role: null,
              status: null,
              cursor: null,
              page: null,
            })}
            className={buttonClassName("secondary", "md")}
          >
            Clear the filters
          </Link>
        }
      />
    );
  }
  if (view.cursor !== null) {
    return (
      <EmptyState
        title="No more users"
        description="This page is past the end of the list."
        action={
          <Link href={hrefOf(params, { cursor: null, page: null })}>Go to the first page</Link>
        }
      />
    );
  }
  return (
    <EmptyState
      title="No users yet"
      description={`Nobody belongs to ${scopeName} yet. Invite the first person.`}
      action={<Link href="/admin/invite">Invite a person</Link>}
    />
  );
}

/** "a", "a and b", "a, b and c". */
function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1) ?? ""}`;
}
