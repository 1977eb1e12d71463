"use client";

import { Alert, Button, DataTable, type DataTableColumn } from "@ums/ui";
import { useId } from "react";

import { formatBytes } from "./import-files";
import type { JsonLinePreview, JsonLineResult } from "./jsonl-preview";

const n = (value: number) => value.toLocaleString("en");

const columns: DataTableColumn<JsonLinePreview>[] = [
  { key: "line", header: "Line", cell: (row) => row.line, rowHeader: true, align: "end" },
  { key: "email", header: "E-mail", cell: (row) => row.email },
  { key: "name", header: "Name", cell: (row) => row.name },
  { key: "skills", header: "Skills", cell: (row) => n(row.counts.skills), align: "end" },
  { key: "goals", header: "Goals", cell: (row) => n(row.counts.goals), align: "end" },
  {
    key: "activities",
    header: "Activities",
    cell: (row) => n(row.counts.activities),
    align: "end",
  },
  {
    key: "events",
    header: "Learning events",
    cell: (row) => n(row.counts.learningEvents),
    align: "end",
  },
];

export interface JsonlFilePreviewProps {
  file: { name: string; size: number };
  lines: readonly JsonLineResult[];
  onRemove: () => void;
}

/** The first users of a JSON Lines file, and the lines among them the import will reject. */
export function JsonlFilePreview({ file, lines, onRemove }: JsonlFilePreviewProps) {
  const headingId = useId();
  const users = lines.filter((line): line is JsonLinePreview => !("problem" in line));
  const problems = lines.filter((line) => "problem" in line);
  return (
    <section aria-labelledby={headingId} className="grid gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h3 id={headingId} className="text-lg font-semibold text-fg">
          {file.name}{" "}
          <span className="text-sm font-normal text-fg-muted">({formatBytes(file.size)})</span>
        </h3>
        <Button type="button" variant="secondary" size="sm" onClick={onRemove}>
          Remove {file.name}
        </Button>
      </div>
      {problems.length > 0 ? (
        <Alert tone="warning" title="Lines the import will reject">
          <ul className="grid gap-1">
            {problems.map((line) => (
              <li key={line.line}>
                Line {line.line}: {"problem" in line ? line.problem : ""}
              </li>
            ))}
          </ul>
          <p className="mt-2">
            The other lines are imported; the report lists every rejected line.
          </p>
        </Alert>
      ) : null}
      <DataTable
        caption={`First users of ${file.name}`}
        columns={columns}
        rows={users}
        getRowId={(row) => String(row.line)}
        emptyMessage="No user among the first lines."
      />
    </section>
  );
}
