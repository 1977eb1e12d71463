/**
 * SQL that builds the REST API's JSON in PostgreSQL, so the baseline only passes text through:
 * the fastest a hand-written server can be. Timestamps are written as JavaScript's
 * `Date.toJSON()` writes them (the API serialises Prisma's Date objects), dates as YYYY-MM-DD (as
 * the API's output schemas write date columns).
 */
type Kind = "plain" | "timestamp" | "date";
export type Columns = Record<string, Kind>;

const isoTimestamp = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

function value(alias: string, column: string, kind: Kind): string {
  const ref = `${alias}."${column}"`;
  if (kind === "timestamp") return `to_char(${ref}, ${isoTimestamp})`;
  if (kind === "date") return `to_char(${ref}, 'YYYY-MM-DD')`;
  return ref;
}

/** `'column', value, …` pairs for json_build_object, plus any extra pairs. */
export function jsonPairs(alias: string, columns: Columns, extra: string[] = []): string {
  return [
    ...Object.entries(columns).map(
      ([column, kind]) => `'${column}', ${value(alias, column, kind)}`,
    ),
    ...extra,
  ].join(", ");
}

const plain = (...names: string[]): Columns =>
  Object.fromEntries(names.map((name) => [name, "plain" as const]));
const stamps = (...names: string[]): Columns =>
  Object.fromEntries(names.map((name) => [name, "timestamp" as const]));

// The columns of packages/api/src/services/selects.ts, in the same order.
export const userColumns: Columns = {
  ...plain("id", "email", "username", "first_name", "last_name", "role", "organization_id"),
  ...plain("subscription_id", "status"),
  ...stamps("created_at", "updated_at", "last_login"),
};
export const profileColumns: Columns = {
  ...plain("avatar_url", "bio", "timezone", "language", "phone_number"),
  date_of_birth: "date",
  ...plain("gender", "address_line1", "address_line2", "city", "state_province", "postal_code"),
  ...plain("country", "linkedin_url", "twitter_url", "website_url", "profile_visibility"),
  ...plain("show_email", "show_phone"),
  ...stamps("created_at", "updated_at"),
};
export const preferencesColumns: Columns = {
  ...plain("visual_score", "auditory_score", "reading_score", "kinesthetic_score"),
  ...plain("preferred_content_types", "difficulty_preference", "pace_preference"),
  ...plain("preferred_study_time", "daily_study_goal", "weekly_study_goal", "reminder_enabled"),
  ...plain("reminder_frequency", "reminder_time", "font_size", "high_contrast", "screen_reader"),
  ...plain("closed_captions"),
  ...stamps("created_at", "updated_at"),
};
export const statsColumns: Columns = {
  ...plain("total_courses_enrolled", "courses_completed", "courses_in_progress"),
  ...plain("total_learning_time", "this_week_learning_time", "this_month_learning_time"),
  ...plain("average_score", "highest_score", "total_assessments_taken", "assessments_passed"),
  ...plain("login_streak", "longest_login_streak", "total_logins", "certificates_earned"),
  ...plain("badges_earned", "points_earned"),
  last_activity: "timestamp",
  ...plain("last_course_accessed", "last_lesson_completed"),
  week_start_date: "date",
  month_start_date: "date",
  ...stamps("created_at", "updated_at"),
};
export const organizationColumns: Columns = {
  ...plain("id", "name", "slug"),
  ...stamps("created_at", "updated_at"),
};
export const skillColumns: Columns = {
  ...plain("id", "skill_name", "skill_category", "proficiency_level", "self_assessed"),
  ...plain("verified", "verified_by"),
  ...stamps("verified_at", "verification_requested_at"),
  ...plain("evidence_type", "evidence_url"),
  ...stamps("created_at", "updated_at"),
};
export const goalColumns: Columns = {
  ...plain("id", "title", "description", "goal_type", "target_value", "current_value", "unit"),
  start_date: "date",
  target_date: "date",
  completed_at: "timestamp",
  ...plain("status", "priority", "progress_percentage"),
  ...stamps("last_progress_update", "created_at", "updated_at"),
};
export const invitationColumns: Columns = {
  ...plain("id", "email", "organization_id", "invited_by", "user_id", "role", "status"),
  ...stamps("expires_at", "accepted_at", "sent_at", "reminder_sent_at"),
  reminder_count: "plain",
  ...stamps("created_at", "updated_at"),
};
export const activityColumns: Columns = {
  ...plain("id", "user_id", "actor_id", "activity_type", "activity_data", "ip_address"),
  ...plain("user_agent", "device_type"),
  created_at: "timestamp",
};

/** A one-row relation as a JSON object (or null). */
export const oneRelation = (name: string, table: string, columns: Columns): string =>
  `'${name}', (SELECT json_build_object(${jsonPairs("r", columns)}) FROM ${table} r WHERE r.user_id = u.id)`;

/** A many-row relation as a JSON array, ordered, optionally limited. */
export const manyRelation = (
  name: string,
  table: string,
  columns: Columns,
  orderBy: string,
  limit?: number,
): string =>
  `'${name}', (SELECT coalesce(json_agg(json_build_object(${jsonPairs("r", columns)}) ORDER BY ${orderBy}), '[]'::json)
     FROM (SELECT * FROM ${table} WHERE user_id = u.id ORDER BY ${orderBy}${limit ? ` LIMIT ${limit}` : ""}) r)`;
