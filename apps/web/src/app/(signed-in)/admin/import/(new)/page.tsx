import { toAppError } from "@ums/api";
import { Alert, EmptyState } from "@ums/ui";
import type { Metadata } from "next";
import Link from "next/link";

import { CursorPager } from "../../../../../components/admin/cursor-pager";
import { adminScope } from "../../../../../server/admin-scope";
import { api } from "../../../../../server/trpc";
import { ImportHistoryTable } from "../import-history-table";
import { ImportWizard } from "../import-wizard";

export const metadata: Metadata = { title: "Import users" };

/** Earlier runs per page of the history. */
const historyPageSize = 20;

interface ImportPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * `/admin/import`: bring an organization's users in from another system (or an export), as CSV
 * files or JSON Lines: the form with its mapping preview, dry run and run, and under it the
 * earlier runs, each a link to its page and report.
 */
export default async function ImportPage({ searchParams }: ImportPageProps) {
  const { user, organization, organizationInput } = await adminScope();
  const { cursor } = await searchParams;
  const caller = await api();
  const page = await caller.imports
    .list({
      ...organizationInput,
      limit: historyPageSize,
      ...(typeof cursor === "string" && cursor !== "" ? { cursor } : {}),
    })
    .catch((error: unknown) => {
      // A cursor from an edited or old link: the way out is the first page.
      if (cursor === undefined || toAppError(error).appCode !== "VALIDATION_FAILED") throw error;
      return "stale-cursor" as const;
    });
  return (
    <div className="grid gap-8">
      <header className="grid gap-2">
        <h1 className="text-3xl leading-tight font-semibold text-fg">Import users</h1>
        <p className="max-w-prose text-fg-muted">
          Bring people into {organization.name} from another system, or from an export of this
          service, with their profiles, preferences, skills, goals, activity and learning history.
          Users are matched by e-mail: importing the same files again changes nothing.
        </p>
      </header>
      <ImportWizard organizationInput={organizationInput} organizationName={organization.name} />
      <section aria-labelledby="import-history-heading" className="grid gap-4">
        <h2 id="import-history-heading" className="text-2xl font-semibold text-fg">
          Earlier imports
        </h2>
        {page === "stale-cursor" ? (
          <Alert tone="warning" title="This page of the list no longer exists">
            The link points into a list that has changed.{" "}
            <Link href="/admin/import">Go to the first page</Link>.
          </Alert>
        ) : page.items.length === 0 ? (
          <EmptyState
            title={cursor === undefined ? "No imports yet" : "No more imports"}
            description={
              cursor === undefined
                ? `Nothing has been imported into ${organization.name} yet.`
                : "This page is past the end of the list."
            }
            headingLevel={3}
          />
        ) : (
          <>
            <ImportHistoryTable
              runs={page.items}
              viewerId={user.actor.userId}
              now={new Date().toISOString()}
              timeZone={user.timeZone}
            />
            <CursorPager
              nextCursor={page.next_cursor}
              shown={page.items.length}
              pageSize={historyPageSize}
              label="Earlier imports pages"
            />
          </>
        )}
      </section>
    </div>
  );
}
