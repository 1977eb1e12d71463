import { settings } from "@ums/db/settings";
import { EmailStatus } from "@ums/db/enums";
import { Alert, EmptyState } from "@ums/ui";
import type { Metadata, Route } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { z } from "zod";

import { CursorPager } from "../../../../../components/admin/cursor-pager";
import { FilterLinks } from "../../../../../components/filter-links";
import { adminScope } from "../../../../../server/admin-scope";
import { api } from "../../../../../server/trpc";
import { emailStatuses, emailStatusTexts } from "../mailbox-labels";
import { MailboxTable } from "./mailbox-table";

export const metadata: Metadata = { title: "Mailbox" };

/** Messages per page. */
const pageSize = 25;

const statusParam = z.enum(EmailStatus);

interface MailboxPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The status filter, in the URL (`?status=`). */
function StatusFilter({ current }: { current: EmailStatus | undefined }) {
  return (
    <FilterLinks
      label="Filter messages by status"
      links={[
        { label: "All", href: "/admin/mailbox", selected: current === undefined },
        ...emailStatuses.map((status) => ({
          label: emailStatusTexts[status].label,
          href: `/admin/mailbox?status=${status}` as Route,
          selected: status === current,
        })),
      ]}
    />
  );
}

/**
 * `/admin/mailbox`: the outgoing e-mail of the organization being viewed, newest first, with its
 * delivery state. Without an SMTP server (SMTP_URL unset) nothing leaves: this is where the
 * messages can be read, their links (invitations, password resets) followed.
 */
export default async function MailboxPage({ searchParams }: MailboxPageProps) {
  const { user, organization, organizationInput } = await adminScope();
  const params = await searchParams;
  const parsedStatus = statusParam.safeParse(params.status);
  const status = parsedStatus.success ? parsedStatus.data : undefined;
  const cursor = typeof params.cursor === "string" ? params.cursor : undefined;
  const developmentMailbox = settings().SMTP_URL === undefined;

  const caller = await api();
  const page = await caller.emails
    .mailbox({
      ...organizationInput,
      limit: pageSize,
      ...(status === undefined ? {} : { status }),
      ...(cursor === undefined ? {} : { cursor }),
    })
    .catch((error: unknown) => {
      // A cursor from an old or edited link: the list starts again at its first page.
      if (cursor !== undefined && (error as { code?: string }).code === "BAD_REQUEST") {
        redirect(status === undefined ? "/admin/mailbox" : `/admin/mailbox?status=${status}`);
      }
      throw error;
    });

  return (
    <div className="grid gap-6">
      <header className="grid gap-2">
        <h1 className="text-3xl leading-tight font-semibold text-fg">Mailbox</h1>
        <p className="max-w-prose text-fg-muted">
          The e-mail this service sends for {organization.name}: invitations, reminders, password
          resets and skill verification requests, newest first.
        </p>
      </header>
      {developmentMailbox ? (
        <Alert tone="info" title="Development mailbox">
          No SMTP server is configured (SMTP_URL is not set), so no e-mail leaves this service: the
          messages are kept here instead. Open one to read it and follow its links, e.g. to accept
          an invitation. Set SMTP_URL to deliver them to the recipients.
        </Alert>
      ) : (
        <Alert tone="info" title="Delivered by e-mail">
          An SMTP server is configured: messages go to the recipients, and their text is erased once
          delivered (it carries one-time links). This list shows only their delivery state.
        </Alert>
      )}
      <StatusFilter current={status} />
      {page.items.length === 0 && cursor === undefined ? (
        <EmptyState
          title={
            status === undefined
              ? "No messages"
              : `No ${emailStatusTexts[status].label.toLowerCase()} messages`
          }
          description={
            status === undefined
              ? "Messages appear here as soon as the service sends one, e.g. when someone is invited."
              : "None of the messages is in this state."
          }
          action={
            status === undefined ? undefined : <Link href="/admin/mailbox">Show all messages</Link>
          }
        />
      ) : (
        <>
          <MailboxTable
            messages={page.items}
            now={new Date().toISOString()}
            timeZone={user.timeZone}
            readable={developmentMailbox}
          />
          <CursorPager
            nextCursor={page.next_cursor}
            shown={page.items.length}
            pageSize={pageSize}
            label="Mailbox pages"
          />
        </>
      )}
    </div>
  );
}
