"use client";

import { useId, useMemo, useState, type ReactNode } from "react";

import { classNames } from "./class-names";
import { ChevronDownIcon, ChevronUpDownIcon, ChevronUpIcon } from "./icons";

export type SortDirection = "ascending" | "descending";

/** Which column the rows are sorted by, in the words of `aria-sort`. */
export interface DataTableSort {
  key: string;
  direction: SortDirection;
}

export interface DataTableColumn<Row> {
  /** Unique among the columns; names the column in `DataTableSort`. */
  key: string;
  /** The header text; with `sortable`, the words of the sort button. */
  header: ReactNode;
  /** The cell's content. */
  cell: (row: Row) => ReactNode;
  /**
   * Makes the header a sort button. The table sorts by this value itself, unless `manualSort` is
   * set (the rows then come sorted, e.g. from the server, and only `onSortChange` is called).
   */
  sortValue?: (row: Row) => SortValue;
  /** For `manualSort` tables: the header is a sort button without a `sortValue`. */
  sortable?: boolean;
  /** `end` for numbers. */
  align?: "start" | "end";
  /** This column's cell names the row (`<th scope="row">`), e.g. the person's name. */
  rowHeader?: boolean;
  className?: string;
}

export interface DataTableProps<Row> {
  /** The table's title, in its `<caption>`; required, it names the table. */
  caption: ReactNode;
  /** Keep the caption for screen readers only (when a visible heading already says it). */
  captionHidden?: boolean;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  getRowId: (row: Row) => string;
  /** Controlled sort; leave out to let the table keep it (starting at `defaultSort`). */
  sort?: DataTableSort | null;
  defaultSort?: DataTableSort | null;
  onSortChange?: (sort: DataTableSort) => void;
  /** The rows are sorted by the caller: the table only reports sort changes. */
  manualSort?: boolean;
  /** Shown in a full-width row when there are no rows (default "Nothing to show yet."). */
  emptyMessage?: ReactNode;
  /** Selected row ids; giving `onSelectionChange` adds a checkbox column. */
  selectedIds?: readonly string[];
  onSelectionChange?: (ids: string[]) => void;
  /** Names a row for its checkbox ("Select Ada Lovelace"); default: its id. */
  getRowLabel?: (row: Row) => string;
  className?: string;
}

type SortValue = string | number | Date | null | undefined;

function compare(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === "number" && typeof b === "number") return a - b;
  const left = a instanceof Date ? a.toISOString() : String(a);
  const right = b instanceof Date ? b.toISOString() : String(b);
  return left.localeCompare(right, undefined, { numeric: true, sensitivity: "base" });
}

/**
 * A data table: a semantic `<table>` with a `<caption>`, column headers that sort on click (the
 * sorted one carries `aria-sort`), a row saying so when empty, and optional selection checkboxes
 * with a label per row and a "Select all rows" box. Scrolls sideways on narrow screens.
 */
export function DataTable<Row>({
  caption,
  captionHidden = false,
  columns,
  rows,
  getRowId,
  sort,
  defaultSort = null,
  onSortChange,
  manualSort = false,
  emptyMessage = "Nothing to show yet.",
  selectedIds,
  onSelectionChange,
  getRowLabel,
  className,
}: DataTableProps<Row>) {
  const captionId = useId();
  const [uncontrolledSort, setUncontrolledSort] = useState(defaultSort);
  const activeSort = sort === undefined ? uncontrolledSort : sort;
  const selectable = onSelectionChange !== undefined;
  const selected = useMemo(() => new Set(selectedIds ?? []), [selectedIds]);

  const sortedRows = useMemo(() => {
    if (manualSort || activeSort === null) return rows;
    const sortValue = columns.find((column) => column.key === activeSort.key)?.sortValue;
    if (sortValue === undefined) return rows;
    const factor = activeSort.direction === "ascending" ? 1 : -1;
    return [...rows].sort((a, b) => factor * compare(sortValue(a), sortValue(b)));
  }, [rows, columns, activeSort, manualSort]);

  function toggleSort(key: string) {
    const next: DataTableSort = {
      key,
      direction:
        activeSort?.key === key && activeSort.direction === "ascending"
          ? "descending"
          : "ascending",
    };
    setUncontrolledSort(next);
    onSortChange?.(next);
  }

  const allIds = rows.map(getRowId);
  const selectedCount = allIds.filter((id) => selected.has(id)).length;
  const allSelected = rows.length > 0 && selectedCount === rows.length;

  function setRowSelected(id: string, isSelected: boolean) {
    const next = new Set(selected);
    if (isSelected) next.add(id);
    else next.delete(id);
    onSelectionChange?.([...next]);
  }

  const cellPadding = "px-3 py-2.5";
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className={classNames(
        "overflow-x-auto rounded-ums border-ums border-line bg-surface",
        className,
      )}
    >
      <table className="w-full border-collapse text-start text-sm">
        <caption
          id={captionId}
          className={
            captionHidden ? "sr-only" : "px-3 pt-3 pb-2 text-start text-base font-semibold text-fg"
          }
        >
          {caption}
        </caption>
        <thead className="bg-surface-muted">
          <tr>
            {selectable ? (
              <th
                scope="col"
                className={classNames(
                  cellPadding,
                  "w-10 border-b-[length:var(--ums-border-width)] border-line",
                )}
              >
                <input
                  type="checkbox"
                  aria-label="Select all rows"
                  className="size-4 accent-[var(--ums-color-primary)]"
                  checked={allSelected}
                  disabled={rows.length === 0}
                  ref={(element) => {
                    if (element) element.indeterminate = selectedCount > 0 && !allSelected;
                  }}
                  onChange={(event) => {
                    onSelectionChange(event.target.checked ? allIds : []);
                  }}
                />
              </th>
            ) : null}
            {columns.map((column) => {
              const isSortable = column.sortValue !== undefined || column.sortable === true;
              const direction = activeSort?.key === column.key ? activeSort.direction : undefined;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={direction}
                  className={classNames(
                    "border-b-[length:var(--ums-border-width)] border-line font-semibold text-fg",
                    isSortable ? "p-0" : cellPadding,
                    column.align === "end" ? "text-end" : "text-start",
                    column.className,
                  )}
                >
                  {isSortable ? (
                    <button
                      type="button"
                      onClick={() => {
                        toggleSort(column.key);
                      }}
                      className={classNames(
                        cellPadding,
                        "inline-flex w-full items-center gap-1 font-semibold hover:bg-surface",
                        column.align === "end" ? "justify-end" : "justify-start",
                      )}
                    >
                      {column.header}
                      {direction === "ascending" ? (
                        <ChevronUpIcon />
                      ) : direction === "descending" ? (
                        <ChevronDownIcon />
                      ) : (
                        <ChevronUpDownIcon className="text-fg-muted" />
                      )}
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sortedRows.length === 0 ? (
            <tr>
              <td
                colSpan={columns.length + (selectable ? 1 : 0)}
                className="px-3 py-8 text-center text-fg-muted"
              >
                {emptyMessage}
              </td>
            </tr>
          ) : (
            sortedRows.map((row) => {
              const id = getRowId(row);
              const isSelected = selected.has(id);
              return (
                <tr
                  key={id}
                  aria-selected={selectable ? isSelected : undefined}
                  className="border-t-[length:var(--ums-border-width)] border-line first:border-t-0 aria-selected:bg-info-soft"
                >
                  {selectable ? (
                    <td className={cellPadding}>
                      <input
                        type="checkbox"
                        aria-label={`Select ${getRowLabel ? getRowLabel(row) : id}`}
                        className="size-4 accent-[var(--ums-color-primary)]"
                        checked={isSelected}
                        onChange={(event) => {
                          setRowSelected(id, event.target.checked);
                        }}
                      />
                    </td>
                  ) : null}
                  {columns.map((column) => {
                    const Cell = column.rowHeader ? "th" : "td";
                    return (
                      <Cell
                        key={column.key}
                        scope={column.rowHeader ? "row" : undefined}
                        className={classNames(
                          cellPadding,
                          "align-top text-fg",
                          column.rowHeader ? "font-semibold" : undefined,
                          column.align === "end" ? "text-end tabular-nums" : "text-start",
                          column.className,
                        )}
                      >
                        {column.cell(row)}
                      </Cell>
                    );
                  })}
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}
