import { Prisma } from "@ums/db";

/**
 * Many rows into one table in one statement whose parameters are one array per column
 * (`INSERT … SELECT … FROM unnest($1::uuid[], $2::text[], …)`): the import's new rows and the
 * learning-events ledger. Prisma's createMany builds a statement with a parameter per cell, which
 * costs about half a second per thousand profiles here (and most of a 500-event batch's CPU);
 * unnest takes the same rows in a few milliseconds, so the import keeps pace with COPY
 * (docs/data-migration.md "Speed").
 *
 * Each table's columns are listed with their PostgreSQL type, checked against Prisma's input type
 * (a column that no longer exists fails the typecheck), and the round-trip test proves every
 * column is written.
 */

type PgType =
  | "uuid"
  | "text"
  | "bool"
  | "float8"
  | "int4"
  | "timestamp"
  | "date"
  | "jsonb"
  | "text[]"
  | { enum: string };

type Columns<Input> = Partial<Record<keyof Input & string, PgType>>;

const userColumns = {
  id: "uuid",
  organization_id: "uuid",
  external_id: "text",
  email: "text",
  username: "text",
  first_name: "text",
  last_name: "text",
  role: { enum: "user_role" },
  status: { enum: "user_status" },
  subscription_id: "uuid",
  last_login: "timestamp",
  created_at: "timestamp",
  updated_at: "timestamp",
} satisfies Columns<Prisma.UserCreateManyInput>;

const profileColumns = {
  id: "uuid",
  user_id: "uuid",
  avatar_url: "text",
  bio: "text",
  timezone: "text",
  language: "text",
  phone_number: "text",
  date_of_birth: "date",
  gender: { enum: "gender" },
  address_line1: "text",
  address_line2: "text",
  city: "text",
  state_province: "text",
  postal_code: "text",
  country: "text",
  linkedin_url: "text",
  twitter_url: "text",
  website_url: "text",
  profile_visibility: { enum: "profile_visibility" },
  show_email: "bool",
  show_phone: "bool",
  created_at: "timestamp",
  updated_at: "timestamp",
} satisfies Columns<Prisma.UserProfileCreateManyInput>;

const preferenceColumns = {
  id: "uuid",
  user_id: "uuid",
  visual_score: "float8",
  auditory_score: "float8",
  reading_score: "float8",
  kinesthetic_score: "float8",
  preferred_content_types: "text[]",
  difficulty_preference: { enum: "difficulty_level" },
  pace_preference: { enum: "pace_preference" },
  preferred_study_time: "text",
  daily_study_goal: "int4",
  weekly_study_goal: "int4",
  reminder_enabled: "bool",
  reminder_frequency: { enum: "reminder_frequency" },
  reminder_time: "text",
  font_size: { enum: "font_size" },
  high_contrast: "bool",
  screen_reader: "bool",
  closed_captions: "bool",
  created_at: "timestamp",
  updated_at: "timestamp",
} satisfies Columns<Prisma.LearningPreferencesCreateManyInput>;

const skillColumns = {
  id: "uuid",
  user_id: "uuid",
  skill_name: "text",
  skill_category: "text",
  proficiency_level: { enum: "proficiency_level" },
  self_assessed: "bool",
  verified: "bool",
  verified_by: "uuid",
  verified_at: "timestamp",
  verification_requested_at: "timestamp",
  evidence_type: "text",
  evidence_url: "text",
  created_at: "timestamp",
  updated_at: "timestamp",
} satisfies Columns<Prisma.UserSkillCreateManyInput>;

const goalColumns = {
  id: "uuid",
  user_id: "uuid",
  title: "text",
  description: "text",
  goal_type: { enum: "goal_type" },
  target_value: "float8",
  current_value: "float8",
  unit: "text",
  start_date: "date",
  target_date: "date",
  completed_at: "timestamp",
  status: { enum: "goal_status" },
  priority: { enum: "priority" },
  progress_percentage: "float8",
  last_progress_update: "timestamp",
  created_at: "timestamp",
  updated_at: "timestamp",
} satisfies Columns<Prisma.UserGoalCreateManyInput>;

const activityColumns = {
  id: "uuid",
  user_id: "uuid",
  activity_type: { enum: "activity_type" },
  activity_data: "jsonb",
  actor_id: "uuid",
  ip_address: "text",
  user_agent: "text",
  device_type: "text",
  created_at: "timestamp",
} satisfies Columns<Prisma.UserActivityCreateManyInput>;

// received_at is written too: the column's default (CURRENT_TIMESTAMP) would be the session's
// local time, and every other timestamp is UTC.
const learningEventColumns = {
  id: "uuid",
  event_id: "text",
  source: "text",
  user_id: "uuid",
  organization_id: "uuid",
  event_type: { enum: "learning_event_type" },
  occurred_at: "timestamp",
  course_id: "uuid",
  lesson_id: "uuid",
  minutes: "int4",
  score: "float8",
  passed: "bool",
  points: "int4",
  payload: "jsonb",
  received_at: "timestamp",
} satisfies Columns<Prisma.LearningEventCreateManyInput>;

export const bulkTables = {
  users: userColumns,
  user_profiles: profileColumns,
  learning_preferences: preferenceColumns,
  user_skills: skillColumns,
  user_goals: goalColumns,
  user_activities: activityColumns,
  learning_events: learningEventColumns,
};

type Row<C> = { [K in keyof C]: unknown };

/** A row for `bulkInsert` into `table`: a value for each of its listed columns. */
export type BulkRow<T extends keyof typeof bulkTables> = Row<(typeof bulkTables)[T]>;

/** What the array parameter of a column holds: text for anything the driver could misread. */
function parameter(value: unknown, type: PgType): unknown {
  if (value === null || value === undefined || value === Prisma.DbNull) return null;
  if (type === "timestamp") return (value as Date).toISOString();
  if (type === "date") return (value as Date).toISOString().slice(0, 10);
  if (type === "jsonb" || type === "text[]") return JSON.stringify(value);
  return value;
}

function arrayType(type: PgType): string {
  if (typeof type === "object") return "text[]";
  if (type === "timestamp") return "timestamptz[]";
  if (type === "text[]") return "jsonb[]";
  return `${type}[]`;
}

/** The select expression turning an unnested column into the table's type. */
function selected(name: string, type: PgType): string {
  const column = `t."${name}"`;
  if (typeof type === "object") return `${column}::"${type.enum}"`;
  if (type === "timestamp") return `(${column} AT TIME ZONE 'UTC')`;
  if (type === "text[]") {
    return `CASE WHEN ${column} IS NULL THEN NULL ELSE ARRAY(SELECT jsonb_array_elements_text(${column})) END`;
  }
  return column;
}

/** The INSERT of `rows` into `table` and its parameters, one array per column. */
function insertStatement<T extends keyof typeof bulkTables>(
  table: T,
  rows: readonly BulkRow<T>[],
): [string, ...unknown[]] {
  const columns = Object.entries(bulkTables[table]) as [string, PgType][];
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const sql =
    `INSERT INTO "${table}" (${names}) SELECT ${columns.map(([name, type]) => selected(name, type)).join(", ")} ` +
    `FROM unnest(${columns.map(([, type], index) => `$${index + 1}::${arrayType(type)}`).join(", ")}) AS t(${names})`;
  const values = columns.map(([name, type]) =>
    rows.map((row) => parameter((row as Record<string, unknown>)[name], type)),
  );
  return [sql, ...values];
}

/** Inserts `rows` into `table` in one statement (nothing when there are none). */
export async function bulkInsert<T extends keyof typeof bulkTables>(
  tx: Prisma.TransactionClient,
  table: T,
  rows: readonly BulkRow<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRawUnsafe(...insertStatement(table, rows));
}

/** The columns of `table` whose values read back as strings (ids and text). */
type StringColumn<T extends keyof typeof bulkTables> = {
  [K in keyof (typeof bulkTables)[T]]: (typeof bulkTables)[T][K] extends "uuid" | "text"
    ? K
    : never;
}[keyof (typeof bulkTables)[T]] &
  string;

/**
 * Inserts the `rows` that conflict with no existing row (`ON CONFLICT DO NOTHING`, as createMany's
 * skipDuplicates), in one statement, and returns the `returning` columns of those inserted.
 */
export async function bulkInsertNew<T extends keyof typeof bulkTables, K extends StringColumn<T>>(
  tx: Prisma.TransactionClient,
  table: T,
  rows: readonly BulkRow<T>[],
  returning: readonly K[],
): Promise<Record<K, string>[]> {
  if (rows.length === 0) return [];
  const [sql, ...values] = insertStatement(table, rows);
  const columns = returning.map((name) => `"${name}"`).join(", ");
  return tx.$queryRawUnsafe<Record<K, string>[]>(
    `${sql} ON CONFLICT DO NOTHING RETURNING ${columns}`,
    ...values,
  );
}
