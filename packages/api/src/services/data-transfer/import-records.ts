import { createInterface } from "node:readline";
import type { Readable } from "node:stream";

import type { z } from "zod";

import { CsvSyntaxError, readCsvRecords } from "../../csv/read-csv";
import { csvRelationRow, csvUserRow, readCsvHeader } from "./csv-import-rows";
import type { ImportFileKind } from "./import-run";
import {
  importRelationRows,
  importUserFields,
  importUserLine,
  type ImportUserFields,
  type ImportUserLine,
} from "./import-schema";

/**
 * What the import reads, whatever the format: records, each one row of a CSV file or one line of
 * users.jsonl, either valid (an `ImportRecord`) or rejected with its problems. Readers count every
 * record (skipped ones too), which is what a resumed run's checkpoint counts.
 */

export interface ImportProblem {
  path: string;
  message: string;
}

export interface ImportRecord {
  kind: ImportFileKind;
  line: number;
  email: string | null;
  externalId: string | null;
  /** the user's own fields, profile and preferences (users.csv and JSON Lines); null otherwise */
  user: Omit<ImportUserFields, "external_id"> | null;
  /** fields the file has no column for: an existing user keeps them ("profile.timezone") */
  absent: ReadonlySet<string>;
  skills: ImportUserLine["skills"];
  goals: ImportUserLine["goals"];
  activities: ImportUserLine["activities"];
  learning_events: ImportUserLine["learning_events"];
}

export interface RejectedRecord {
  kind: ImportFileKind;
  line: number;
  email: string | null;
  problems: ImportProblem[];
}

export type ReadRecord =
  | { ok: true; record: ImportRecord; bytesRead: number }
  | { ok: false; rejected: RejectedRecord; bytesRead: number };

export interface ReadOptions {
  /** records already done (a resumed run): counted and skipped without being checked */
  skip: number;
  /** ISO instant standing in for the timestamps a CSV file has no column for */
  now: string;
  /** header as written → column (the Import page's mapping) */
  mapping?: Readonly<Record<string, string>>;
}

const noneAbsent: ReadonlySet<string> = new Set();

const issuesOf = (error: z.ZodError): ImportProblem[] =>
  error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));

const emailOf = (value: unknown): string | null =>
  typeof value === "object" && value !== null && "email" in value && typeof value.email === "string"
    ? value.email
    : null;

/** A whole file that cannot be read (a bad header, an unclosed quote). */
export class ImportFileError extends Error {
  constructor(
    readonly kind: ImportFileKind,
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** users.jsonl: one user per line (blank lines count as records, and are skipped). */
export async function* readJsonLinesRecords(
  input: Readable,
  options: ReadOptions,
): AsyncGenerator<ReadRecord | null> {
  let line = 0;
  let bytesRead = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line += 1;
    bytesRead += Buffer.byteLength(text) + 1;
    if (line <= options.skip || text.trim() === "") {
      yield null;
      continue;
    }
    yield { ...parseJsonLine(text, line), bytesRead };
  }
}

function parseJsonLine(
  text: string,
  line: number,
): { ok: true; record: ImportRecord } | { ok: false; rejected: RejectedRecord } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const problems = [{ path: "", message: `not valid JSON: ${reason}` }];
    return { ok: false, rejected: { kind: "users", line, email: null, problems } };
  }
  const parsed = importUserLine.safeParse(value);
  if (!parsed.success) {
    const rejected = {
      kind: "users" as const,
      line,
      email: emailOf(value),
      problems: issuesOf(parsed.error),
    };
    return { ok: false, rejected };
  }
  const { skills, goals, activities, learning_events, external_id, ...user } = parsed.data;
  return {
    ok: true,
    record: {
      kind: "users",
      line,
      email: user.email,
      externalId: external_id,
      user,
      absent: noneAbsent,
      skills,
      goals,
      activities,
      learning_events,
    },
  };
}

/** One CSV file of its kind; the first record is the header. */
export async function* readCsvFileRecords(
  kind: ImportFileKind,
  input: Readable,
  options: ReadOptions,
): AsyncGenerator<ReadRecord | null> {
  let header: ReturnType<typeof readCsvHeader> | undefined;
  let count = 0;
  try {
    for await (const { line, fields, bytesRead } of readCsvRecords(input)) {
      if (header === undefined) {
        try {
          header = readCsvHeader(kind, fields, options.mapping);
        } catch (error) {
          throw new ImportFileError(
            kind,
            line,
            error instanceof Error ? error.message : String(error),
          );
        }
        continue;
      }
      count += 1;
      if (count <= options.skip) {
        yield null;
        continue;
      }
      yield { ...csvRecord(kind, header, fields, line, options.now), bytesRead };
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new ImportFileError(kind, error.line, error.message);
    throw error;
  }
  if (header === undefined) throw new ImportFileError(kind, 1, "the file is empty (no header row)");
}

function csvRecord(
  kind: ImportFileKind,
  header: ReturnType<typeof readCsvHeader>,
  fields: readonly string[],
  line: number,
  now: string,
): { ok: true; record: ImportRecord } | { ok: false; rejected: RejectedRecord } {
  if (kind === "users") {
    const row = csvUserRow(header, fields, now);
    const parsed = importUserFields.safeParse(row.value);
    if (!parsed.success || row.problems.length > 0) {
      const problems = [...row.problems, ...(parsed.success ? [] : issuesOf(parsed.error))];
      return { ok: false, rejected: { kind, line, email: emailOf(row.value), problems } };
    }
    const { external_id, ...user } = parsed.data;
    return {
      ok: true,
      record: {
        kind,
        line,
        email: user.email,
        externalId: external_id,
        user,
        absent: row.absent,
        skills: [],
        goals: [],
        activities: [],
        learning_events: [],
      },
    };
  }
  const row = csvRelationRow(header, fields, now);
  const parsed = importRelationRows[kind].safeParse(row.value);
  // Problems are named by column, as the file names them (item.skill_name → skill_name).
  const unnest = (problems: ImportProblem[]) =>
    problems.map((problem) => ({ ...problem, path: problem.path.replace(/^item\.?/, "") }));
  if (!parsed.success || row.problems.length > 0) {
    const problems = unnest([...row.problems, ...(parsed.success ? [] : issuesOf(parsed.error))]);
    return { ok: false, rejected: { kind, line, email: emailOf(row.value), problems } };
  }
  const { email, external_id, item } = parsed.data;
  const base = {
    kind,
    line,
    email,
    externalId: external_id,
    user: null,
    absent: noneAbsent,
    skills: [],
    goals: [],
    activities: [],
    learning_events: [],
  };
  const list = kind === "learning-events" ? "learning_events" : kind;
  return { ok: true, record: { ...base, [list]: [item] } };
}
