"use client";

import type { RouterOutputs } from "@ums/api";
import { DataTable, StatusBadge, type DataTableColumn } from "@ums/ui";
import Link from "next/link";

import { InstantText } from "../../../../components/admin/instant-text";
import { countsText, runStatusLabels, runStatusTones } from "./import-labels";

export type ImportListItem = RouterOutputs["imports"]["list"]["items"][number];

export interface ImportHistoryTableProps {
  runs: readonly ImportListItem[];
  /** the signed-in administrator, whose runs say "You" */
  viewerId: string;
  now: string;
  timeZone: string;
}

/** Earlier imports of the organization, newest first, each a link to its run and report. */
export function ImportHistoryTable({ runs, viewerId, now, timeZone }: ImportHistoryTableProps) {
  const columns: DataTableColumn<ImportListItem>[] = [
    {
      key: "created_at",
      header: "Started",
      rowHeader: true,
      // The link's name is the moment as shown (relative, then absolute).
      cell: (run) => (
        <Link
          href={`/admin/import/${run.id}`}
          className="text-primary underline underline-offset-4"
        >
          <InstantText at={run.created_at} now={now} timeZone={timeZone} />
        </Link>
      ),
    },
    {
      key: "who",
      header: "By",
      cell: (run) =>
        run.created_by_user === null
          ? "A service or the command line"
          : run.created_by_user.id === viewerId
            ? "You"
            : `${run.created_by_user.first_name} ${run.created_by_user.last_name}`,
    },
    {
      key: "files",
      header: "Files",
      cell: (run) => (
        <span className="grid gap-0.5">
          <span>{run.files.map((file) => file.name).join(", ")}</span>
          <span className="text-sm text-fg-muted">{run.dry_run ? "Dry run" : "Import"}</span>
        </span>
      ),
    },
    {
      key: "status",
      header: "Status",
      cell: (run) => (
        <StatusBadge tone={runStatusTones[run.status]}>{runStatusLabels[run.status]}</StatusBadge>
      ),
    },
    {
      key: "totals",
      header: "Rows",
      cell: (run) => (
        <span className="grid gap-0.5">
          <span>{run.totals.rows.toLocaleString("en")} rows</span>
          <span className="text-sm text-fg-muted">{countsText(run.totals)}</span>
        </span>
      ),
    },
  ];
  return (
    <DataTable
      caption="Earlier imports"
      captionHidden
      columns={columns}
      rows={runs}
      getRowId={(run) => run.id}
    />
  );
}
