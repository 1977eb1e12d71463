import { buttonClassName, EmptyState } from "@ums/ui";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";

import { CursorPager } from "../../../../components/admin/cursor-pager";
import { adminScope } from "../../../../server/admin-scope";
import { api } from "../../../../server/trpc";
import { ActivityFilterBar } from "./activity-filter-bar";
import { isFiltered, readActivityFilters } from "./activity-filters";
import { chosenPersonLabel } from "./activity-people";
import { AdminActivityTable } from "./admin-activity-table";

export const metadata: Metadata = { title: "Activity · Administration" };

/** Entries per page of the log. */
const pageSize = 25;

/** The view's filters as the export's query (no page: the export is the whole filtered log). */
const filterParams = ["type", "user_id", "actor_id", "from", "to"] as const;

interface AdminActivityPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * `/admin/activity`: the organization's activity log (its users' timelines together), newest
 * first, filtered by type, person, actor and a range of days in the administrator's time zone,
 * all kept in the URL; a page at a time (cursor), and the filtered view as a CSV download.
 */
export default async function AdminActivityPage({ searchParams }: AdminActivityPageProps) {
  const { user, organization, organizationInput } = await adminScope();
  const params = await searchParams;
  const caller = await api();
  const timeZone = user.timeZone;
  const { filters, errors, input } = readActivityFilters(params, timeZone);
  const cursor = typeof params.cursor === "string" ? params.cursor : undefined;

  const listInput = { ...input, ...organizationInput, limit: pageSize };
  const page = await caller.activities
    .list({ ...listInput, ...(cursor === undefined ? {} : { cursor }) })
    .catch((error: unknown) => {
      // A cursor that was edited or outlived its view: start the view again from its first page.
      if (cursor !== undefined && error instanceof TRPCError && error.code === "BAD_REQUEST") {
        return caller.activities.list(listInput);
      }
      throw error;
    });

  const [userLabel, actorLabel] = await Promise.all([
    chosenPersonLabel(caller, filters.userId, page.items, "user"),
    chosenPersonLabel(caller, filters.actorId, page.items, "actor"),
  ]);

  const exportQuery = new URLSearchParams();
  for (const name of filterParams) {
    const value = params[name];
    if (typeof value === "string" && value !== "") exportQuery.set(name, value);
  }
  const exportHref = `/admin/activity/export${exportQuery.size === 0 ? "" : `?${exportQuery.toString()}`}`;
  const filtered = isFiltered(filters);

  return (
    <div className="grid gap-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-2">
          <h1 className="text-3xl leading-tight font-semibold text-fg">Activity</h1>
          <p className="text-fg-muted">
            What happened to the accounts of {organization.name}, and who did it, newest first.
            Times are in your time zone ({timeZone}).
          </p>
        </div>
        {page.items.length > 0 ? (
          // A plain link: the browser downloads the file as it streams in.
          <a href={exportHref} download className={buttonClassName("secondary")}>
            {filtered ? "Export these entries (CSV)" : "Export all entries (CSV)"}
          </a>
        ) : null}
      </header>

      <ActivityFilterBar
        filters={filters}
        errors={errors}
        userLabel={userLabel}
        actorLabel={actorLabel}
        timeZone={timeZone}
        organizationInput={organizationInput}
      />

      {page.items.length === 0 && cursor === undefined ? (
        <EmptyState
          title={filtered ? "No activity matches these filters" : "No activity yet"}
          description={
            filtered
              ? "Nothing recorded in this organization matches all the filters. Widen the dates or clear a filter."
              : "Sign-ins, profile changes, invitations and administrators' changes will appear here."
          }
          action={
            filtered ? (
              <Link href="/admin/activity" className={buttonClassName("secondary")}>
                Show all activity
              </Link>
            ) : undefined
          }
        />
      ) : (
        <div className="grid gap-4">
          <AdminActivityTable
            items={page.items}
            timeZone={timeZone}
            now={new Date().toISOString()}
            emptyMessage="No more entries."
          />
          <CursorPager
            nextCursor={page.next_cursor}
            shown={page.items.length}
            pageSize={pageSize}
            label="Activity pages"
          />
        </div>
      )}
    </div>
  );
}
