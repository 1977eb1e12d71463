import { toAppError } from "@ums/api";
import { Alert, buttonClassName, EmptyState } from "@ums/ui";
import type { Metadata } from "next";
import Link from "next/link";

import { CursorPager } from "../../../../components/admin/cursor-pager";
import { UrlSearchField } from "../../../../components/admin/url-search-field";
import { adminScope } from "../../../../server/admin-scope";
import { api } from "../../../../server/trpc";
import { InvitationsTable } from "./invitations-table";
import { invitationsPageSize, invitationsViewOf } from "./list-query";
import { invitationStatuses, statusLabels } from "./status-labels";
import { StatusFilter } from "./status-filter";

export const metadata: Metadata = { title: "Invitations" };

interface InvitationsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * `/admin/invitations`: the viewed organization's invitations, one indexed query a page, with the
 * status filter (and its counts), the e-mail search, the sort and the page all in the URL.
 */
export default async function InvitationsPage({ searchParams }: InvitationsPageProps) {
  const { organization, organizationInput } = await adminScope();
  const view = invitationsViewOf(await searchParams);
  const caller = await api();
  let page: Awaited<ReturnType<typeof caller.invitations.list>>;
  try {
    page = await caller.invitations.list({
      ...view,
      ...organizationInput,
      limit: invitationsPageSize,
      include_totals: true,
    });
  } catch (error) {
    // A cursor from another sort or an edited link: the way out is the first page.
    if (view.cursor === undefined || toAppError(error).appCode !== "VALIDATION_FAILED") throw error;
    return (
      <div className="grid gap-6">
        <h1 className="text-3xl leading-tight font-semibold text-fg">Invitations</h1>
        <Alert tone="warning" title="This page of the list no longer exists">
          The link points into a list that has changed.{" "}
          <Link href="/admin/invitations">Go to the first page</Link>.
        </Alert>
      </div>
    );
  }
  const totals = page.totals ?? { PENDING: 0, ACCEPTED: 0, EXPIRED: 0, CANCELLED: 0 };
  const matching = invitationStatuses.reduce((sum, status) => sum + totals[status], 0);
  const total = view.status === undefined ? matching : totals[view.status];
  const nothingYet = matching === 0 && view.search === undefined;

  return (
    <div className="grid gap-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-2">
          <h1 className="text-3xl leading-tight font-semibold text-fg">Invitations</h1>
          <p className="max-w-prose text-fg-muted">
            Who was invited to {organization.name}, and what became of it. A link is shown only when
            an invitation is sent, since only a fingerprint of it is kept: to hand someone a link
            again, resend the invitation (the earlier link then stops working).
          </p>
        </div>
        <Link href="/admin/invite" className={buttonClassName("primary")}>
          Invite people
        </Link>
      </header>
      {nothingYet ? (
        <EmptyState
          title="No invitations yet"
          description={`Invite people to ${organization.name}: one at a time, or many from a CSV file.`}
          action={
            <Link href="/admin/invite" className={buttonClassName("primary")}>
              Invite people
            </Link>
          }
        />
      ) : (
        <>
          <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_16rem] sm:items-end">
            <UrlSearchField label="Search by e-mail" description="Any part of the address." />
            <StatusFilter totals={totals} />
          </div>
          <InvitationsTable
            rows={page.items}
            now={new Date().toISOString()}
            sort={{ key: view.sort, order: view.order }}
            emptyMessage={
              view.status === undefined
                ? `No invitation matches “${view.search ?? ""}”.`
                : `No ${statusLabels[view.status].toLowerCase()} invitation${view.search === undefined ? "" : ` matches “${view.search}”`}.`
            }
          />
          <CursorPager
            label="Invitation pages"
            nextCursor={page.next_cursor}
            shown={page.items.length}
            pageSize={invitationsPageSize}
            total={total}
          />
        </>
      )}
    </div>
  );
}
