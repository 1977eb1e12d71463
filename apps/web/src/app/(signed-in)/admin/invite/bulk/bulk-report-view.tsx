"use client";

import { buttonClassName, DataTable, StatusBadge, type DataTableColumn } from "@ums/ui";
import { useEffect, useMemo, useRef } from "react";

import { csvByteOrderMark } from "../../../../../lib/csv";
import { reportCsv, type RowOutcome } from "./bulk-report";

const columns: DataTableColumn<RowOutcome>[] = [
  { key: "row", header: "Row", cell: (row) => row.row, rowHeader: true, align: "end" },
  { key: "email", header: "E-mail", cell: (row) => row.email },
  {
    key: "status",
    header: "Result",
    cell: (row) =>
      row.status === "created" ? (
        <StatusBadge tone="success">Invited</StatusBadge>
      ) : (
        <StatusBadge tone="warning">Skipped</StatusBadge>
      ),
  },
  { key: "reason", header: "Reason", cell: (row) => row.reason },
];

export interface BulkReportViewProps {
  outcomes: readonly RowOutcome[];
  fileName: string;
}

/**
 * What became of every row: the counts (focused when the report appears), the rows in a table,
 * and the report as a CSV file to download (with the new invitations' links, shown only now).
 */
export function BulkReportView({ outcomes, fileName }: BulkReportViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const created = outcomes.filter((outcome) => outcome.status === "created").length;
  const skipped = outcomes.length - created;
  // A byte order mark, so that spreadsheets read the file as UTF-8.
  const href = useMemo(
    () =>
      URL.createObjectURL(
        new Blob([csvByteOrderMark + reportCsv(outcomes)], { type: "text/csv;charset=utf-8" }),
      ),
    [outcomes],
  );
  useEffect(
    () => () => {
      URL.revokeObjectURL(href);
    },
    [href],
  );
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const base = fileName.replace(/\.csv$/i, "");
  return (
    <section aria-labelledby="bulk-report-heading" className="grid gap-4">
      <h3
        id="bulk-report-heading"
        ref={heading}
        tabIndex={-1}
        className="text-xl font-semibold text-fg"
      >
        {created} invited, {skipped} skipped
      </h3>
      <p className="max-w-prose text-fg-muted">
        The invitation e-mails are on their way. The report holds each new invitation&apos;s link,
        which is shown only now: keep it safe, or resend an invitation later for a new link.
      </p>
      <div>
        <a href={href} download={`${base}-report.csv`} className={buttonClassName("secondary")}>
          Download report (CSV)
        </a>
      </div>
      <DataTable
        caption={`Report for ${fileName}`}
        columns={columns}
        rows={outcomes}
        getRowId={(row) => String(row.row)}
      />
    </section>
  );
}
