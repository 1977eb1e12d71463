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
 * Columns a file's header must have, besides a key, as the import reads headers (readCsvHeader in
 * services/data-transfer/csv-import-rows.ts): a new user needs an e-mail and a name, so users.csv
 * needs those three (an external id alone cannot create a user). Every other column may be missing:
 * new users then get the service's defaults, existing users keep what they have.
 */
export const requiredColumns: Record<CsvFileKind, readonly string[]> = {
  users: ["email", "first_name", "last_name"],
  skills: [],
  goals: [],
  activities: [],
  "learning-events": [],
};

export interface MappingProblems {
  /** required columns no header fills */
  missing: string[];
  /** no header fills `email` nor `external_id` (files other than users.csv) */
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
    // users.csv needs its e-mail column anyway (missing says so).
    noKey: kind !== "users" && !keyColumns.some((column) => filled.has(column)),
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
 * The mapping as the upload sends it (`column_mapping`): only the headers whose column differs from
 * the import's own reading of them (by name or alias), each as written in the file; an ignored
 * header the import would otherwise read maps to "".
 */
export function columnMappingOf(
  kind: CsvFileKind,
  headers: readonly string[],
  mapping: HeaderMapping,
): Record<string, string> {
  const entries: [string, string][] = [];
  headers.forEach((header, index) => {
    const chosen = mapping[index] ?? null;
    if (chosen !== (csvColumnFor(kind, header) ?? null)) entries.push([header, chosen ?? ""]);
  });
  return Object.fromEntries(entries);
}

/** The documented columns of a file, for the choice of a header's column. */
export function columnsOf(kind: CsvFileKind): readonly string[] {
  return csvColumns[kind];
}
