import { csvColumnFor, csvColumns, csvListSeparator } from "./csv-files";
import type { ImportFileKind } from "./import-run";

/**
 * From CSV cells to the values the import's schemas check (import-schema.ts): the reverse of the
 * exporter's rows (csv-files.ts). An empty cell is null; booleans, numbers, lists and JSON cells
 * become values; a cell that cannot (`yes` for a boolean) is passed on as text, so the schema
 * names the field and the rule.
 *
 * Files from other systems seldom carry every column. A column missing from the header is not an
 * error (email and the names aside): a new user gets the service's default for it (below), and an
 * existing user keeps what they have (the record lists it in `absent`).
 */

export interface CsvHeader {
  kind: ImportFileKind;
  /** the documented column of each field of a record, by position; undefined: ignored */
  columns: (string | undefined)[];
  present: ReadonlySet<string>;
}

export class CsvHeaderError extends Error {}

/** The header of users.csv must name these (an external id alone cannot create a user). */
const requiredUserColumns = ["email", "first_name", "last_name"];

/**
 * Reads a header row: each header by the documented names and aliases, or as `mapping` says
 * (header as written → column; an empty string ignores the column). Throws CsvHeaderError for a
 * file the import cannot read: a column named twice, or one it needs missing.
 */
export function readCsvHeader(
  kind: ImportFileKind,
  headers: readonly string[],
  mapping: Readonly<Record<string, string>> = {},
): CsvHeader {
  const known = new Set(csvColumns[kind]);
  const columns = headers.map((header) => {
    const chosen = mapping[header];
    if (chosen === "") return undefined;
    if (chosen !== undefined) {
      if (!known.has(chosen))
        throw new CsvHeaderError(
          `"${header}" is mapped to ${chosen}, which is not a column of ${kind}`,
        );
      return chosen;
    }
    return csvColumnFor(kind, header);
  });
  const present = new Set<string>();
  columns.forEach((column, index) => {
    if (column === undefined) return;
    if (present.has(column)) {
      throw new CsvHeaderError(`two columns are ${column} ("${headers[index]}" is the second)`);
    }
    present.add(column);
  });
  const required = kind === "users" ? requiredUserColumns : [];
  const missing = required.filter((column) => !present.has(column));
  if (missing.length > 0) throw new CsvHeaderError(`no ${missing.join(", ")} column`);
  if (kind !== "users" && !present.has("email") && !present.has("external_id")) {
    throw new CsvHeaderError("no email or external_id column");
  }
  return { kind, columns, present };
}

const booleanColumns = new Set([
  "show_email",
  "show_phone",
  "reminder_enabled",
  "high_contrast",
  "screen_reader",
  "closed_captions",
  "self_assessed",
  "verified",
  "passed",
]);
const numberColumns = new Set([
  "visual_score",
  "auditory_score",
  "reading_score",
  "kinesthetic_score",
  "daily_study_goal",
  "weekly_study_goal",
  "target_value",
  "current_value",
  "progress_percentage",
  "minutes",
  "score",
  "points",
]);
const jsonColumns = new Set(["activity_data", "payload"]);

export interface CellProblem {
  path: string;
  message: string;
}

function cellValue(column: string, cell: string, problems: CellProblem[]): unknown {
  // An empty list is an empty cell too (a user with preferences but no content types).
  if (column === "preferred_content_types") {
    return cell
      .split(csvListSeparator)
      .map((item) => item.trim())
      .filter((item) => item !== "");
  }
  if (cell === "") return null;
  if (booleanColumns.has(column)) {
    const lower = cell.trim().toLowerCase();
    return lower === "true" ? true : lower === "false" ? false : cell;
  }
  if (numberColumns.has(column)) {
    const number = Number(cell);
    return cell.trim() !== "" && Number.isFinite(number) ? number : cell;
  }
  if (jsonColumns.has(column)) {
    try {
      return JSON.parse(cell) as unknown;
    } catch {
      problems.push({ path: column, message: "must be JSON" });
      return null;
    }
  }
  return cell;
}

/** The cells of a record by column (absent columns are not keys). */
function cellsByColumn(header: CsvHeader, fields: readonly string[], problems: CellProblem[]) {
  const values: Record<string, unknown> = {};
  header.columns.forEach((column, index) => {
    if (column !== undefined) values[column] = cellValue(column, fields[index] ?? "", problems);
  });
  return values;
}

const profileColumns = csvColumns.users.slice(
  csvColumns.users.indexOf("avatar_url"),
  csvColumns.users.indexOf("visual_score"),
);
const preferenceColumns = csvColumns.users.slice(csvColumns.users.indexOf("visual_score"));
const ownColumns = csvColumns.users.slice(0, csvColumns.users.indexOf("avatar_url"));

/** The service's defaults for a new user's columns a file does not have (the schema's defaults). */
function userDefaults(now: string): Record<string, unknown> {
  return {
    external_id: null,
    username: null,
    role: "LEARNER",
    status: "ACTIVE",
    subscription_id: null,
    last_login: null,
    created_at: now,
    updated_at: now,
  };
}
function profileDefaults(now: string): Record<string, unknown> {
  return {
    ...Object.fromEntries(profileColumns.map((column) => [column, null])),
    timezone: "UTC",
    language: "en",
    profile_visibility: "ORGANIZATION",
    show_email: false,
    show_phone: false,
    profile_created_at: now,
    profile_updated_at: now,
  };
}
function preferenceDefaults(now: string): Record<string, unknown> {
  return {
    ...Object.fromEntries(preferenceColumns.map((column) => [column, null])),
    visual_score: 0.5,
    auditory_score: 0.5,
    reading_score: 0.5,
    kinesthetic_score: 0.5,
    preferred_content_types: [],
    difficulty_preference: "INTERMEDIATE",
    pace_preference: "MODERATE",
    reminder_enabled: true,
    reminder_frequency: "DAILY",
    font_size: "MEDIUM",
    high_contrast: false,
    screen_reader: false,
    closed_captions: false,
    preferences_created_at: now,
    preferences_updated_at: now,
  };
}

/** The field a users.csv column fills in its group (profile_created_at → created_at). */
const fieldNames = new Map(
  csvColumns.users.map((column) => [
    column,
    column.replace(/^profile_(created_at|updated_at)$/, "$1").replace(/^preferences_/, ""),
  ]),
);
const unprefixed = (column: string) => fieldNames.get(column) ?? column;

/**
 * A profile or preferences group of a row: null when the file has none of its columns or the row
 * leaves them all empty (no profile / no preferences: the user's stay as they are); otherwise the
 * defaults with the row's cells over them.
 */
function group(
  columns: readonly string[],
  cells: Record<string, unknown>,
  defaults: Record<string, unknown>,
): Record<string, unknown> | null {
  const given = columns.filter((column) => {
    const cell = cells[column];
    return cell !== undefined && cell !== null && !(Array.isArray(cell) && cell.length === 0);
  });
  if (given.length === 0) return null;
  const values: Record<string, unknown> = {};
  for (const column of columns) {
    values[unprefixed(column)] = column in cells ? cells[column] : defaults[column];
  }
  return values;
}

export interface CsvUserRow {
  /** what the schema checks: the shape of `importUserFields` */
  value: Record<string, unknown>;
  /** fields the file has no column for ("first_name", "profile.timezone"): left alone on update */
  absent: ReadonlySet<string>;
  problems: CellProblem[];
}

/** What every row of one users.csv shares: the defaults and the absent fields, worked out once. */
const userFileShapes = new WeakMap<
  CsvHeader,
  {
    now: string;
    own: Record<string, unknown>;
    profile: Record<string, unknown>;
    preferences: Record<string, unknown>;
    absent: ReadonlySet<string>;
  }
>();

function userFileShape(header: CsvHeader, now: string) {
  const known = userFileShapes.get(header);
  if (known?.now === now) return known;
  const shape = {
    now,
    own: userDefaults(now),
    profile: profileDefaults(now),
    preferences: preferenceDefaults(now),
    absent: new Set([
      ...ownColumns.filter((column) => !header.present.has(column)),
      ...profileColumns
        .filter((column) => !header.present.has(column))
        .map((column) => `profile.${unprefixed(column)}`),
      ...preferenceColumns
        .filter((column) => !header.present.has(column))
        .map((column) => `learning_preferences.${unprefixed(column)}`),
    ]),
  };
  userFileShapes.set(header, shape);
  return shape;
}

/** A row of users.csv. `now` (ISO) stands in for missing timestamps of a new user. */
export function csvUserRow(header: CsvHeader, fields: readonly string[], now: string): CsvUserRow {
  const problems: CellProblem[] = [];
  const cells = cellsByColumn(header, fields, problems);
  const shape = userFileShape(header, now);
  const value: Record<string, unknown> = {};
  for (const column of ownColumns) {
    value[column] = column in cells ? cells[column] : shape.own[column];
  }
  value.profile = group(profileColumns, cells, shape.profile);
  value.learning_preferences = group(preferenceColumns, cells, shape.preferences);
  return { value, absent: shape.absent, problems };
}

/** Defaults of a relation row's columns the file does not have. */
function itemDefaults(kind: ImportFileKind, now: string): Record<string, unknown> {
  const nulls = Object.fromEntries(csvColumns[kind].map((column) => [column, null]));
  switch (kind) {
    case "skills":
      return { ...nulls, self_assessed: true, verified: false, created_at: now, updated_at: now };
    case "goals":
      return {
        ...nulls,
        current_value: 0,
        status: "ACTIVE",
        priority: "MEDIUM",
        progress_percentage: 0,
        created_at: now,
        updated_at: now,
      };
    default:
      return nulls;
  }
}

/** A row of skills.csv, goals.csv, activities.csv or learning-events.csv: `{ email, external_id, item }`. */
export function csvRelationRow(
  header: CsvHeader,
  fields: readonly string[],
  now: string,
): { value: Record<string, unknown>; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const cells = cellsByColumn(header, fields, problems);
  const defaults = itemDefaults(header.kind, now);
  const item: Record<string, unknown> = {};
  for (const column of csvColumns[header.kind]) {
    if (column === "email" || column === "external_id") continue;
    item[column] = column in cells ? cells[column] : defaults[column];
  }
  return {
    value: { email: cells.email ?? null, external_id: cells.external_id ?? null, item },
    problems: problems.map((problem) => ({ ...problem, path: `item.${problem.path}` })),
  };
}
