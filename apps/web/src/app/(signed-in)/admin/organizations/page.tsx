import { EmptyState } from "@ums/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { CursorPager } from "../../../../components/admin/cursor-pager";
import { UrlSearchField } from "../../../../components/admin/url-search-field";
import { adminScope } from "../../../../server/admin-scope";
import { api } from "../../../../server/trpc";
import { CreateOrganizationDialog } from "./create-organization-dialog";
import { OrganizationsTable } from "./organizations-table";

export const metadata: Metadata = { title: "Organizations" };

/** Organizations per page. */
const pageSize = 25;

interface OrganizationsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * `/admin/organizations`, for platform administrators only (see layout.tsx): every
 * organization by name, searched by name, a page at a time; create one, rename one, invite its
 * administrators, or view the dashboard of one.
 */
export default async function OrganizationsPage({ searchParams }: OrganizationsPageProps) {
  // Platform administrators only: layout.tsx has turned anyone else away.
  const { user, organization: viewed } = await adminScope();
  const params = await searchParams;
  // The API takes 1-100 characters: a longer search from an edited URL is cut, not refused.
  const search = typeof params.search === "string" ? params.search.trim().slice(0, 100) : "";
  const cursor = typeof params.cursor === "string" ? params.cursor : undefined;

  const caller = await api();
  const page = await caller.organizations
    .list({
      limit: pageSize,
      ...(search === "" ? {} : { search }),
      ...(cursor === undefined ? {} : { cursor }),
    })
    .catch((error: unknown) => {
      // A cursor from an old or edited link: the list starts again at its first page.
      if (cursor !== undefined && (error as { code?: string }).code === "BAD_REQUEST") {
        redirect(
          search === ""
            ? "/admin/organizations"
            : `/admin/organizations?${new URLSearchParams({ search }).toString()}`,
        );
      }
      throw error;
    });

  return (
    <div className="grid gap-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-2">
          <h1 className="text-3xl leading-tight font-semibold text-fg">Organizations</h1>
          <p className="max-w-prose text-fg-muted">
            Every organization of the platform. View one to see the dashboard as its administrators
            do; the rest of the dashboard then shows that organization.
          </p>
        </div>
        <CreateOrganizationDialog />
      </header>
      <UrlSearchField
        label="Search organizations"
        description="Part of the name."
        className="max-w-md"
      />
      {page.items.length === 0 && cursor === undefined ? (
        <EmptyState
          title={search === "" ? "No organizations" : `No organization matches “${search}”`}
          description={
            search === "" ? "Create the first one." : "Check the spelling, or search for less."
          }
          action={
            search === "" ? undefined : <Link href="/admin/organizations">Clear the search</Link>
          }
        />
      ) : (
        <>
          <OrganizationsTable
            organizations={page.items}
            viewedId={viewed.id}
            now={new Date().toISOString()}
            timeZone={user.timeZone}
          />
          <CursorPager
            nextCursor={page.next_cursor}
            shown={page.items.length}
            pageSize={pageSize}
            label="Organizations pages"
          />
        </>
      )}
    </div>
  );
}
