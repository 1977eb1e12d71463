"use client";

import type { RouterOutputs } from "@ums/api";
import { Avatar, DataTable, StatusBadge, type DataTableColumn, type DataTableSort } from "@ums/ui";
import Link from "next/link";
import { useMemo, useState } from "react";

import { useUrlState } from "../../../../../lib/use-url-state";
import { BulkActions, type BulkOutcome } from "./bulk-actions";
import { BulkResults } from "./bulk-results";
import { InstantText } from "../../../../../components/admin/instant-text";
import { grantableRoles } from "@ums/api/rules/user-administration";
import type { Viewer } from "./row-permissions";
import { roleLabel, statusLabels, statusTones } from "../../../../../lib/user-labels";
import { UserRowActions } from "./user-row-actions";
import type { SortOrder, UserSort } from "./users-view";

export type UserRow = RouterOutputs["users"]["list"]["items"][number];

export interface UsersTableProps {
  rows: readonly UserRow[];
  viewer: Viewer;
  sort: UserSort;
  order: SortOrder;
  /** the page's render time, for "3 days ago" */
  now: string;
  /** the sentence under the caption: which users these are */
  caption: string;
}

const fullName = (user: UserRow) => `${user.first_name} ${user.last_name}`;

/**
 * The users of one page: sortable by the API's sort fields (the order goes to the URL and the
 * server sorts), with row actions and a selection for bulk actions. The selection belongs to this
 * page of rows; a bulk action's per-user results stay above the table until dismissed.
 */
export function UsersTable({ rows, viewer, sort, order, now, caption }: UsersTableProps) {
  const { navigate, pending } = useUrlState();
  const [selection, setSelection] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);

  // Only rows still on the page count (after a refresh or another page, the rest are gone).
  const selectedRows = rows.filter((row) => selection.includes(row.id));

  const columns = useMemo(
    (): DataTableColumn<UserRow>[] => [
      {
        key: "avatar",
        header: <span className="sr-only">Picture</span>,
        cell: (user) => (
          <Avatar name={fullName(user)} src={user.profile?.avatar_url} size={32} decorative />
        ),
        className: "w-12",
      },
      {
        key: "last_name",
        header: "Name",
        sortable: true,
        rowHeader: true,
        cell: (user) => (
          <Link href={`/admin/users/${user.id}`} className="underline-offset-2 hover:underline">
            {fullName(user)}
          </Link>
        ),
      },
      { key: "email", header: "E-mail", sortable: true, cell: (user) => user.email },
      { key: "role", header: "Role", cell: (user) => roleLabel(user.role) },
      {
        key: "status",
        header: "Status",
        cell: (user) => (
          <StatusBadge tone={statusTones[user.status]}>{statusLabels[user.status]}</StatusBadge>
        ),
      },
      {
        key: "last_login",
        header: "Last login",
        sortable: true,
        cell: (user) => <InstantText at={user.last_login} now={now} />,
      },
      {
        key: "created_at",
        header: "Created",
        sortable: true,
        cell: (user) => <InstantText at={user.created_at} now={now} />,
      },
      {
        key: "actions",
        header: "Actions",
        cell: (user) => <UserRowActions user={user} viewer={viewer} />,
      },
    ],
    [now, viewer],
  );

  const tableSort: DataTableSort = {
    key: sort,
    direction: order === "asc" ? "ascending" : "descending",
  };

  return (
    <div className="grid gap-3" aria-busy={pending}>
      {outcome ? (
        <BulkResults
          outcome={outcome}
          onDismiss={() => {
            setOutcome(null);
          }}
        />
      ) : null}
      {selectedRows.length > 0 ? (
        <BulkActions
          selected={selectedRows}
          grantableRoles={grantableRoles(viewer.role)}
          onDone={(done) => {
            setOutcome(done);
            setSelection([]);
          }}
        />
      ) : null}
      <DataTable
        caption={caption}
        columns={columns}
        rows={rows}
        getRowId={(user) => user.id}
        getRowLabel={fullName}
        manualSort
        sort={tableSort}
        onSortChange={(next) => {
          navigate({ sort: next.key, order: next.direction === "ascending" ? "asc" : "desc" });
        }}
        selectedIds={selectedRows.map((row) => row.id)}
        onSelectionChange={setSelection}
      />
    </div>
  );
}
