import type { CsvValue } from "../../csv/csv";
import type { ExportedUser } from "./export-users";

/**
 * The CSV side of the interchange format (docs/data-migration.md): one file per kind, each row keyed
 * by the user's e-mail (and the optional `external_id`). The exporter writes these columns in this
 * order; the import reads them by header, under these names or the aliases below.
 */

type Row = Record<string, CsvValue>;

/** A JSON value as one cell: its JSON text, or empty for null. */
const json = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value);

const key = (user: ExportedUser) => ({ email: user.email, external_id: user.external_id });

function userRow(user: ExportedUser): Row {
  const { profile: p, learning_preferences: lp } = user;
  return {
    ...key(user),
    username: user.username,
    first_name: user.first_name,
    last_name: user.last_name,
    role: user.role,
    status: user.status,
    subscription_id: user.subscription_id,
    last_login: user.last_login,
    created_at: user.created_at,
    updated_at: user.updated_at,
    avatar_url: p?.avatar_url,
    bio: p?.bio,
    timezone: p?.timezone,
    language: p?.language,
    phone_number: p?.phone_number,
    date_of_birth: p?.date_of_birth,
    gender: p?.gender,
    address_line1: p?.address_line1,
    address_line2: p?.address_line2,
    city: p?.city,
    state_province: p?.state_province,
    postal_code: p?.postal_code,
    country: p?.country,
    linkedin_url: p?.linkedin_url,
    twitter_url: p?.twitter_url,
    website_url: p?.website_url,
    profile_visibility: p?.profile_visibility,
    show_email: p?.show_email,
    show_phone: p?.show_phone,
    profile_created_at: p?.created_at,
    profile_updated_at: p?.updated_at,
    visual_score: lp?.visual_score,
    auditory_score: lp?.auditory_score,
    reading_score: lp?.reading_score,
    kinesthetic_score: lp?.kinesthetic_score,
    preferred_content_types: lp?.preferred_content_types.join(";"),
    difficulty_preference: lp?.difficulty_preference,
    pace_preference: lp?.pace_preference,
    preferred_study_time: lp?.preferred_study_time,
    daily_study_goal: lp?.daily_study_goal,
    weekly_study_goal: lp?.weekly_study_goal,
    reminder_enabled: lp?.reminder_enabled,
    reminder_frequency: lp?.reminder_frequency,
    reminder_time: lp?.reminder_time,
    font_size: lp?.font_size,
    high_contrast: lp?.high_contrast,
    screen_reader: lp?.screen_reader,
    closed_captions: lp?.closed_captions,
    preferences_created_at: lp?.created_at,
    preferences_updated_at: lp?.updated_at,
  };
}

const skillRows = (user: ExportedUser): Row[] =>
  user.skills.map((skill) => ({ ...key(user), ...skill }));

const goalRows = (user: ExportedUser): Row[] =>
  user.goals.map((goal) => ({ ...key(user), ...goal }));

const activityRows = (user: ExportedUser): Row[] =>
  user.activities.map((activity) => ({
    ...key(user),
    ...activity,
    activity_data: json(activity.activity_data),
  }));

const learningEventRows = (user: ExportedUser): Row[] =>
  user.learning_events.map((event) => ({
    ...key(user),
    ...event,
    payload: json(event.payload),
  }));

/** Each CSV file of an export: its name, and the rows one user contributes to it. */
export const csvFiles = [
  { kind: "users", file: "users.csv", rows: (user: ExportedUser) => [userRow(user)] },
  { kind: "skills", file: "skills.csv", rows: skillRows },
  { kind: "goals", file: "goals.csv", rows: goalRows },
  { kind: "activities", file: "activities.csv", rows: activityRows },
  { kind: "learning-events", file: "learning-events.csv", rows: learningEventRows },
] as const;

export type CsvFileKind = (typeof csvFiles)[number]["kind"];

/**
 * The columns of each file, in order. Written out (rather than taken from a first row) so that an
 * empty organization still gets headers and a test pins every column.
 */
export const csvColumns: Record<CsvFileKind, readonly string[]> = {
  users: [
    ...["email", "external_id", "username", "first_name", "last_name", "role", "status"],
    ...["subscription_id", "last_login", "created_at", "updated_at"],
    ...["avatar_url", "bio", "timezone", "language", "phone_number", "date_of_birth", "gender"],
    ...["address_line1", "address_line2", "city", "state_province", "postal_code", "country"],
    ...["linkedin_url", "twitter_url", "website_url", "profile_visibility", "show_email"],
    ...["show_phone", "profile_created_at", "profile_updated_at"],
    ...["visual_score", "auditory_score", "reading_score", "kinesthetic_score"],
    ...["preferred_content_types", "difficulty_preference", "pace_preference"],
    ...["preferred_study_time", "daily_study_goal", "weekly_study_goal", "reminder_enabled"],
    ...["reminder_frequency", "reminder_time", "font_size", "high_contrast", "screen_reader"],
    ...["closed_captions", "preferences_created_at", "preferences_updated_at"],
  ],
  skills: [
    ...["email", "external_id", "skill_name", "skill_category", "proficiency_level"],
    ...["self_assessed", "verified", "verified_by_email", "verified_at"],
    ...["verification_requested_at", "evidence_type", "evidence_url", "created_at", "updated_at"],
  ],
  goals: [
    ...["email", "external_id", "title", "description", "goal_type", "target_value"],
    ...["current_value", "unit", "start_date", "target_date", "completed_at", "status"],
    ...["priority", "progress_percentage", "last_progress_update", "created_at", "updated_at"],
  ],
  activities: [
    ...["email", "external_id", "activity_type", "activity_data", "actor_email", "ip_address"],
    ...["user_agent", "device_type", "created_at"],
  ],
  "learning-events": [
    ...["email", "external_id", "event_id", "source", "event_type", "occurred_at", "course_id"],
    ...["lesson_id", "minutes", "score", "passed", "points", "payload"],
  ],
};

/** The separator of list cells (`preferred_content_types`). */
export const csvListSeparator = ";";

/**
 * Header names the import accepts for a column, besides the column's own name. Headers are
 * compared after `normalizeCsvHeader` (lower case, spaces/dashes/dots as underscores), so
 * "First Name", "first-name" and "FIRST_NAME" are all `first_name` already; these are the
 * other common names of source systems.
 */
export const csvHeaderAliases: Readonly<Record<string, string>> = {
  email_address: "email",
  e_mail: "email",
  mail: "email",
  user_email: "email",
  external_user_id: "external_id",
  user_id: "external_id",
  employee_id: "external_id",
  login: "username",
  user_name: "username",
  firstname: "first_name",
  given_name: "first_name",
  forename: "first_name",
  lastname: "last_name",
  surname: "last_name",
  family_name: "last_name",
  phone: "phone_number",
  mobile: "phone_number",
  telephone: "phone_number",
  time_zone: "timezone",
  tz: "timezone",
  locale: "language",
  birth_date: "date_of_birth",
  birthday: "date_of_birth",
  dob: "date_of_birth",
  address: "address_line1",
  street: "address_line1",
  state: "state_province",
  province: "state_province",
  region: "state_province",
  zip: "postal_code",
  zip_code: "postal_code",
  postcode: "postal_code",
  linkedin: "linkedin_url",
  twitter: "twitter_url",
  website: "website_url",
  skill: "skill_name",
  category: "skill_category",
  level: "proficiency_level",
  proficiency: "proficiency_level",
  goal: "title",
  type: "activity_type",
};

/** A header as the import compares it: trimmed, lower case, runs of space, dash or dot as `_`. */
export function normalizeCsvHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s.-]+/g, "_");
}

/** The column a header names in the file of `kind`, or undefined when the file has no such column. */
export function csvColumnFor(kind: CsvFileKind, header: string): string | undefined {
  const normalized = normalizeCsvHeader(header);
  const columns = csvColumns[kind];
  if (columns.includes(normalized)) return normalized;
  const alias = csvHeaderAliases[normalized];
  return alias !== undefined && columns.includes(alias) ? alias : undefined;
}
