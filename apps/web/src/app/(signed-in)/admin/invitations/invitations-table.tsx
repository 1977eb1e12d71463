"use client";

import { DataTable, StatusBadge, type DataTableColumn, type DataTableSort } from "@ums/ui";
import { useState } from "react";

import { roleLabels } from "../../../../lib/roles";
import { useUrlState } from "../../../../lib/use-url-state";
import { InvitationActions, type FreshLink, type InvitationRow } from "./invitation-actions";
import { InstantText } from "../../../../components/admin/instant-text";
import { statusLabels, statusTones } from "./status-labels";

export interface InvitationsTableProps {
  rows: readonly InvitationRow[];
  /** ISO 8601: when the page was rendered, for "in 6 days" */
  now: string;
  sort: { key: "sent_at" | "expires_at"; order: "asc" | "desc" };
  /** the words of the empty row (depends on the filters) */
  emptyMessage: string;
}

/**
 * The invitations of a page, sorted by the server (the sent and expiry headers change the URL's
 * `sort` and `order`), with each row's actions.
 */
export function InvitationsTable({ rows, now, sort, emptyMessage }: InvitationsTableProps) {
  const { navigate, pending } = useUrlState();
  // Links the API handed over in this visit (by resending): the only links there are.
  const [links, setLinks] = useState<Record<string, FreshLink>>({});

  const columns: DataTableColumn<InvitationRow>[] = [
    { key: "email", header: "E-mail", cell: (row) => row.email, rowHeader: true },
    { key: "role", header: "Role", cell: (row) => roleLabels[row.role] },
    {
      key: "status",
      header: "Status",
      cell: (row) => (
        <StatusBadge tone={statusTones[row.status]}>{statusLabels[row.status]}</StatusBadge>
      ),
    },
    {
      key: "invited_by",
      header: "Invited by",
      cell: (row) =>
        `${row.invited_by_user.first_name} ${row.invited_by_user.last_name}`.trim() || "—",
    },
    {
      key: "sent_at",
      header: "Sent",
      sortable: true,
      cell: (row) => <InstantText at={row.sent_at} now={now} />,
    },
    {
      key: "expires_at",
      header: "Expires",
      sortable: true,
      cell: (row) =>
        row.status === "ACCEPTED" && row.accepted_at !== null ? (
          <span className="grid">
            <span>Accepted</span>
            <InstantText at={row.accepted_at} now={now} />
          </span>
        ) : (
          <InstantText at={row.expires_at} now={now} />
        ),
    },
    {
      key: "actions",
      header: "Actions",
      cell: (row) => (
        <InvitationActions
          invitation={row}
          link={links[row.id]}
          onLink={(link) => {
            setLinks((current) => ({ ...current, [row.id]: link }));
          }}
        />
      ),
    },
  ];

  const tableSort: DataTableSort = {
    key: sort.key,
    direction: sort.order === "asc" ? "ascending" : "descending",
  };
  return (
    <div aria-busy={pending} className={pending ? "opacity-70 transition-opacity" : undefined}>
      <DataTable
        caption="Invitations"
        captionHidden
        columns={columns}
        rows={rows}
        getRowId={(row) => row.id}
        manualSort
        sort={tableSort}
        onSortChange={(next) => {
          navigate({ sort: next.key, order: next.direction === "ascending" ? "asc" : "desc" });
        }}
        emptyMessage={emptyMessage}
      />
    </div>
  );
}
