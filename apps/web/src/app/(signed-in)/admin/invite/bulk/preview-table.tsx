"use client";

import { DataTable, StatusBadge, type DataTableColumn } from "@ums/ui";

import { roleLabels } from "../../../../../lib/roles";
import { inviteFieldLabels, type CheckedRow, type InviteField } from "./bulk-rows";

function fieldLabel(field: string): string {
  return field in inviteFieldLabels ? inviteFieldLabels[field as InviteField] : field;
}

const columns: DataTableColumn<CheckedRow>[] = [
  { key: "row", header: "Row", cell: (row) => row.row, rowHeader: true, align: "end" },
  { key: "email", header: "E-mail", cell: (row) => row.cells.email },
  {
    key: "role",
    header: "Role",
    cell: (row) => (row.input ? roleLabels[row.input.role] : row.cells.role),
  },
  {
    key: "name",
    header: "Name",
    cell: (row) => `${row.cells.first_name} ${row.cells.last_name}`.trim(),
  },
  {
    key: "check",
    header: "Check",
    cell: (row) =>
      row.problems.length === 0 ? (
        <StatusBadge tone="success">Ready</StatusBadge>
      ) : (
        <div className="grid gap-1">
          <StatusBadge tone="danger" className="justify-self-start">
            Will be skipped
          </StatusBadge>
          <ul className="grid gap-0.5 text-sm text-danger-ink">
            {row.problems.map((problem) => (
              <li key={problem.field + problem.message}>
                <span className="font-semibold">{fieldLabel(problem.field)}:</span>{" "}
                {problem.message}
              </li>
            ))}
          </ul>
        </div>
      ),
  },
];

/** The file's rows as they will be sent, each with its check: ready, or what is wrong. */
export function PreviewTable({ rows, caption }: { rows: readonly CheckedRow[]; caption: string }) {
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      getRowId={(row) => String(row.row)}
      emptyMessage="No rows to show."
    />
  );
}
