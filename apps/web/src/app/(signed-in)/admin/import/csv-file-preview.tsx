"use client";

import type { CsvFileKind } from "@ums/api/data-transfer/csv-files";
import { Alert, Button, DataTable, Select, type DataTableColumn } from "@ums/ui";
import { useId } from "react";

import {
  columnsOf,
  keyColumns,
  remap,
  type CsvHead,
  type HeaderMapping,
  type MappingProblems,
} from "./csv-mapping";
import { formatBytes } from "./import-files";

/** The Select value for "not imported" (a Select value cannot be empty). */
const ignored = "-";

export interface CsvFilePreviewProps {
  kind: CsvFileKind;
  file: { name: string; size: number };
  /** the file's head, or why it cannot be read */
  head: CsvHead | { problem: string };
  /** whether only the file's beginning was read */
  truncated: boolean;
  mapping: HeaderMapping;
  problems: MappingProblems | null;
  onMappingChange: (mapping: HeaderMapping) => void;
  onRemove: () => void;
}

interface PreviewRow {
  index: number;
  cells: string[];
}

/**
 * One CSV file of the import: each header of the file with the column it fills (changeable, or
 * not imported), what the import would miss, and the first rows under the columns they fill.
 */
export function CsvFilePreview({
  kind,
  file,
  head,
  truncated,
  mapping,
  problems,
  onMappingChange,
  onRemove,
}: CsvFilePreviewProps) {
  const headingId = useId();
  const heading = (
    <div className="flex flex-wrap items-baseline justify-between gap-3">
      <h3 id={headingId} className="text-lg font-semibold text-fg">
        {file.name}{" "}
        <span className="text-sm font-normal text-fg-muted">({formatBytes(file.size)})</span>
      </h3>
      <Button type="button" variant="secondary" size="sm" onClick={onRemove}>
        Remove {file.name}
      </Button>
    </div>
  );
  if ("problem" in head) {
    return (
      <section aria-labelledby={headingId} className="grid gap-3">
        {heading}
        <Alert tone="danger" title={`${file.name} cannot be imported`}>
          {head.problem}
        </Alert>
      </section>
    );
  }

  const options = [
    { value: ignored, label: "Not imported" },
    ...columnsOf(kind).map((column) => ({ value: column, label: column })),
  ];
  const repeated = new Set(problems?.repeated ?? []);
  const mapped = head.headers
    .map((header, index) => ({ header, index, column: mapping[index] ?? null }))
    .filter(
      (entry): entry is { header: string; index: number; column: string } => entry.column !== null,
    );
  const columns: DataTableColumn<PreviewRow>[] = [
    { key: "row", header: "Row", cell: (row) => row.index + 1, rowHeader: true, align: "end" },
    ...mapped.map(({ index, column }) => ({
      key: `${index}`,
      header: column,
      cell: (row: PreviewRow) => (
        <span className="line-clamp-3 break-words">{row.cells[index] ?? ""}</span>
      ),
    })),
  ];

  return (
    <section aria-labelledby={headingId} className="grid gap-4">
      {heading}
      {problems !== null && (problems.missing.length > 0 || problems.noKey) ? (
        <Alert tone="warning" title="Columns the import needs">
          {problems.noKey ? (
            <>
              Map a column to <code>{keyColumns[0]}</code> or <code>{keyColumns[1]}</code>: it says
              whose row each row is.{" "}
            </>
          ) : null}
          {problems.missing.length > 0 ? (
            <>
              No column of the file is imported as{" "}
              {problems.missing.map((column, at) => (
                <span key={column}>
                  {at > 0 ? ", " : ""}
                  <code>{column}</code>
                </span>
              ))}
              : choose the column that holds it below.
            </>
          ) : null}
        </Alert>
      ) : null}
      {problems !== null && problems.sameHeaders.length > 0 ? (
        <Alert tone="warning" title="Repeated column names">
          The file names more than one column {problems.sameHeaders.map((h) => `“${h}”`).join(", ")}
          : rename them in the file so that each name is used once.
        </Alert>
      ) : null}
      <fieldset className="grid gap-3">
        <legend className="mb-2 text-base font-semibold text-fg">
          Columns of {file.name}, and what each is imported as
        </legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {head.headers.map((header, index) => {
            const column = mapping[index] ?? null;
            const example = head.rows[0]?.[index] ?? "";
            return (
              <Select
                key={index}
                label={header.trim() === "" ? `Column ${index + 1} (no name)` : header}
                description={
                  example === "" ? "Empty in the first row" : `First row: ${example.slice(0, 60)}`
                }
                options={options}
                value={column ?? ignored}
                {...(column !== null && repeated.has(column)
                  ? { error: `Another column is imported as ${column} too: keep one.` }
                  : {})}
                onValueChange={(value) => {
                  onMappingChange(remap(mapping, index, value === ignored ? null : value));
                }}
              />
            );
          })}
        </div>
      </fieldset>
      <DataTable
        caption={`First rows of ${file.name}, as imported${truncated ? " (read from the file's beginning)" : ""}`}
        columns={columns}
        rows={head.rows.map((cells, index) => ({ index, cells }))}
        getRowId={(row) => String(row.index)}
        emptyMessage="No rows under the header line."
      />
    </section>
  );
}
