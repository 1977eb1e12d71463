import {
  csvColumnFor,
  csvColumns,
  normalizeCsvHeader,
  type CsvFileKind,
} from "@ums/api/data-transfer/csv-files";

import { CsvError, parseCsv } from "../../../../lib/parse-csv";

/**
 * The mapping preview of a CSV file: its header row and first rows, read from the file's first
 * bytes only (a file of a million rows is never read whole in the browser), each header matched to
 * a documented column the way the import matches it (`csvColumnFor`), changeable by the
 * administrator, and what the import would miss.
 */

/** How much of each file the preview reads. */
export const previewBytes = 64 * 1024;

/** Rows shown under the header. */
export const previewRows = 5;

export interface CsvHead {
  headers: string[];
  /** the first rows (at most `previewRows`), as written */
  rows: string[][];
}

/** The header row and first rows of a file's beginning, or why it cannot be read. */
export function readCsvHead(text: string, truncated: boolean): CsvHead | { problem: string } {
  let records: string[][];
  try {
    records = parseCsv(text, { truncated });
  } catch (error) {
    if (error instanceof CsvError)
      return { problem: `It is not a valid CSV file. ${error.message}.` };
    throw error;
  }
  const [headers, ...rows] = records;
  if (headers === undefined) {
    return {
      problem: truncated
        ? `Its first line is longer than ${previewBytes / 1024} KB: is it a CSV file?`
        : "It is empty: the first line must name the columns.",
    };
  }
  return { headers, rows: rows.slice(0, previewRows) };
}

/** For each header (by position), the documented column it fills, or null: ignored. */
export type HeaderMapping = (string | null)[];

/**
 * The import's own reading of the headers: each header's column by name or alias. When two
 * headers name the same column, the first fills it and the others are ignored.
 */
export function initialMapping(kind: CsvFileKind, headers: readonly string[]): HeaderMapping {
  const taken = new Set<string>();
  return headers.map((header) => {
    const column = csvColumnFor(kind, header) ?? null;
    if (column === null || taken.has(column)) return null;
    taken.add(column);
    return column;
  });
}

/** `mapping` with the header at `index` set to `column` (null: ignored). */
export function remap(mapping: HeaderMapping, index: number, column: string | null): HeaderMapping {
  return mapping.map((current, at) => (at === index ? column : current));
}

/** The columns that identify the user a row belongs to: one of them is needed in every file. */
export const keyColumns = ["email", "external_id"] as const;

/**
 * Columns a file cannot do without, besides a key: those the import needs in every row
 * (docs/data-migration.md). A new user needs an e-mail and a name; a skill its name and level; a
 * goal its title, type and dates; an activity its type and moment; an event its id, source, type
 * and moment.
 */
export const requiredColumns: Record<CsvFileKind, readonly string[]> = Object.fromEntries(
  Object.keys(csvColumns).map((kind) => [kind, requiredOf(kind)]),
) as Record<CsvFileKind, readonly string[]>;

function requiredOf(kind: string): readonly string[] {
  switch (kind.replace(/_/g, "-")) {
    case "users":
      return ["email", "first_name", "last_name"];
    case "skills":
      return ["skill_name", "proficiency_level"];
    case "goals":
      return ["title", "goal_type", "start_date", "target_date"];
    case "activities":
      return ["activity_type", "created_at"];
    case "learning-events":
      return ["event_id", "source", "event_type", "occurred_at"];
    default:
      return [];
  }
}

export interface MappingProblems {
  /** required columns no header fills */
  missing: string[];
  /** no header fills `email` nor `external_id` */
  noKey: boolean;
  /** columns more than one header fills */
  repeated: string[];
  /** headers written more than once in the file (the mapping names headers by their text) */
  sameHeaders: string[];
}

/** What keeps the import from reading the file as mapped. */
export function mappingProblems(
  kind: CsvFileKind,
  headers: readonly string[],
  mapping: HeaderMapping,
): MappingProblems {
  const filled = new Map<string, number>();
  for (const column of mapping) {
    if (column !== null) filled.set(column, (filled.get(column) ?? 0) + 1);
  }
  const seenHeaders = new Map<string, number>();
  for (const header of headers) {
    const key = normalizeCsvHeader(header);
    seenHeaders.set(key, (seenHeaders.get(key) ?? 0) + 1);
  }
  return {
    missing: requiredColumns[kind].filter((column) => !filled.has(column)),
    noKey: !keyColumns.some((column) => filled.has(column)),
    repeated: [...filled].filter(([, count]) => count > 1).map(([column]) => column),
    sameHeaders: headers.filter(
      (header, index) =>
        (seenHeaders.get(normalizeCsvHeader(header)) ?? 0) > 1 &&
        headers.findIndex((other) => normalizeCsvHeader(other) === normalizeCsvHeader(header)) ===
          index,
    ),
  };
}

/** Whether the problems stop the import (every one of them does). */
export function hasMappingProblems(problems: MappingProblems): boolean {
  return (
    problems.missing.length > 0 ||
    problems.noKey ||
    problems.repeated.length > 0 ||
    problems.sameHeaders.length > 0
  );
}

/**
 * The mapping as the upload sends it (`column_mapping`): every header as written in the file to
 * its column, and an ignored header to "" (so that the import does not read it by its name).
 */
export function columnMappingOf(
  headers: readonly string[],
  mapping: HeaderMapping,
): Record<string, string> {
  return Object.fromEntries(headers.map((header, index) => [header, mapping[index] ?? ""]));
}

/** The documented columns of a file, for the choice of a header's column. */
export function columnsOf(kind: CsvFileKind): readonly string[] {
  return csvColumns[kind];
}
