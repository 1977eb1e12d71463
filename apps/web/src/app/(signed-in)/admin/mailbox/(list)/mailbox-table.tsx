"use client";

import { DataTable, StatusBadge, type DataTableColumn } from "@ums/ui";
import Link from "next/link";

import { InstantText } from "../../../../../components/admin/instant-text";
import { emailStatusTexts, templateLabel, type MailboxMessage } from "../mailbox-labels";

export interface MailboxTableProps {
  messages: readonly MailboxMessage[];
  /** when the page was rendered (ISO) */
  now: string;
  timeZone: string;
  /** the development mailbox: each subject opens the message */
  readable: boolean;
}

/** A page of the mailbox: each message's state, recipient, subject and times. */
export function MailboxTable({ messages, now, timeZone, readable }: MailboxTableProps) {
  const columns: DataTableColumn<MailboxMessage>[] = [
    {
      key: "subject",
      header: "Subject",
      rowHeader: true,
      cell: (message) =>
        readable ? (
          <Link
            href={`/admin/mailbox/${message.id}`}
            className="text-primary underline underline-offset-4"
          >
            {message.subject}
          </Link>
        ) : (
          message.subject
        ),
    },
    { key: "to", header: "To", cell: (message) => message.to_email },
    { key: "kind", header: "Kind", cell: (message) => templateLabel(message.template) },
    {
      key: "status",
      header: "Status",
      cell: (message) => {
        const status = emailStatusTexts[message.status];
        return (
          <div className="grid justify-items-start gap-1">
            <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
            {message.last_error === null ? null : (
              <span className="text-xs text-fg-muted">
                {message.attempts} {message.attempts === 1 ? "attempt" : "attempts"}:{" "}
                {message.last_error}
              </span>
            )}
          </div>
        );
      },
    },
    {
      key: "created",
      header: "Created",
      cell: (message) => <InstantText at={message.created_at} now={now} timeZone={timeZone} />,
    },
    {
      key: "sent",
      header: "Sent",
      cell: (message) => (
        <InstantText at={message.sent_at} now={now} timeZone={timeZone} never="Not yet" />
      ),
    },
  ];
  return (
    <DataTable
      caption="Messages"
      captionHidden
      columns={columns}
      rows={messages}
      getRowId={(message) => message.id}
    />
  );
}
