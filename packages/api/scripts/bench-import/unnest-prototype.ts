/**
 * `--prototype unnest`: NOT the import. A stripped-down writer of new users that shows what the
 * import core could reach if it wrote a batch as one multi-row statement per table with one array
 * parameter per column (`INSERT … SELECT * FROM unnest($1::uuid[], $2::text[], …)`) instead of
 * Prisma's `createMany` (one parameter per cell, built by Prisma's query compiler). It keeps what
 * costs the same in any design: reading lines, `JSON.parse`, the import's own validation
 * (`importUserLine`), one transaction per batch, and one lookup of existing e-mails and usernames
 * per batch. It leaves out what the bench's users never need: updates of existing users,
 * relations other than profile and preferences, references, events, progress and rejections.
 */
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";

import type { Db } from "@ums/db";

import {
  importUserLine,
  type ImportUserLine,
} from "../../src/services/data-transfer/import-schema";

type User = ImportUserLine;
type Profile = NonNullable<User["profile"]>;
type Preferences = NonNullable<User["learning_preferences"]>;
type Cell = string | number | boolean | null;
/** [column, PostgreSQL array type, value of a row] */
type Column<T> = readonly [string, string, (row: T) => Cell];

const userColumns = (organizationId: string): Column<{ id: string; user: User }>[] => [
  ["id", "uuid[]", (r) => r.id],
  ["organization_id", "uuid[]", () => organizationId],
  ["email", "text[]", (r) => r.user.email],
  ["external_id", "text[]", (r) => r.user.external_id],
  ["username", "text[]", (r) => r.user.username],
  ["first_name", "text[]", (r) => r.user.first_name],
  ["last_name", "text[]", (r) => r.user.last_name],
  ["role", "user_role[]", (r) => r.user.role],
  ["status", "user_status[]", (r) => r.user.status],
  ["subscription_id", "uuid[]", (r) => r.user.subscription_id],
  ["last_login", "timestamp(3)[]", (r) => r.user.last_login],
  ["created_at", "timestamp(3)[]", (r) => r.user.created_at],
  ["updated_at", "timestamp(3)[]", (r) => r.user.updated_at],
];

const text = (key: keyof Profile): Column<{ id: string; profile: Profile }> => [
  key,
  "text[]",
  (r) => r.profile[key],
];
const profileColumns: Column<{ id: string; profile: Profile }>[] = [
  ["id", "uuid[]", () => randomUUID()],
  ["user_id", "uuid[]", (r) => r.id],
  ...(["avatar_url", "bio", "timezone", "language", "phone_number"] as const).map(text),
  ["date_of_birth", "date[]", (r) => r.profile.date_of_birth],
  ["gender", "gender[]", (r) => r.profile.gender],
  ...(["address_line1", "address_line2", "city", "state_province", "postal_code"] as const).map(
    text,
  ),
  ...(["country", "linkedin_url", "twitter_url", "website_url"] as const).map(text),
  ["profile_visibility", "profile_visibility[]", (r) => r.profile.profile_visibility],
  ["show_email", "boolean[]", (r) => r.profile.show_email],
  ["show_phone", "boolean[]", (r) => r.profile.show_phone],
  ["created_at", "timestamp(3)[]", (r) => r.profile.created_at],
  ["updated_at", "timestamp(3)[]", (r) => r.profile.updated_at],
];

const preferenceColumns: Column<{ id: string; prefs: Preferences }>[] = [
  ["id", "uuid[]", () => randomUUID()],
  ["user_id", "uuid[]", (r) => r.id],
  ["visual_score", "float8[]", (r) => r.prefs.visual_score],
  ["auditory_score", "float8[]", (r) => r.prefs.auditory_score],
  ["reading_score", "float8[]", (r) => r.prefs.reading_score],
  ["kinesthetic_score", "float8[]", (r) => r.prefs.kinesthetic_score],
  // A list per row: sent as its array literal, cast back per row (unnest would flatten a 2-D array).
  ["preferred_content_types", "text[]", (r) => `{${r.prefs.preferred_content_types.join(",")}}`],
  ["difficulty_preference", "difficulty_level[]", (r) => r.prefs.difficulty_preference],
  ["pace_preference", "pace_preference[]", (r) => r.prefs.pace_preference],
  ["preferred_study_time", "text[]", (r) => r.prefs.preferred_study_time],
  ["daily_study_goal", "int[]", (r) => r.prefs.daily_study_goal],
  ["weekly_study_goal", "int[]", (r) => r.prefs.weekly_study_goal],
  ["reminder_enabled", "boolean[]", (r) => r.prefs.reminder_enabled],
  ["reminder_frequency", "reminder_frequency[]", (r) => r.prefs.reminder_frequency],
  ["reminder_time", "text[]", (r) => r.prefs.reminder_time],
  ["font_size", "font_size[]", (r) => r.prefs.font_size],
  ["high_contrast", "boolean[]", (r) => r.prefs.high_contrast],
  ["screen_reader", "boolean[]", (r) => r.prefs.screen_reader],
  ["closed_captions", "boolean[]", (r) => r.prefs.closed_captions],
  ["created_at", "timestamp(3)[]", (r) => r.prefs.created_at],
  ["updated_at", "timestamp(3)[]", (r) => r.prefs.updated_at],
];

/** One INSERT for all `rows`: the SQL and one array per column. */
function unnestInsert<T>(table: string, columns: Column<T>[], rows: readonly T[]) {
  const select = columns.map(([name], i) =>
    name === "preferred_content_types" ? `c${i}::text[]` : `c${i}`,
  );
  const sql =
    `INSERT INTO ${table} (${columns.map(([name]) => name).join(", ")}) ` +
    `SELECT ${select.join(", ")} FROM unnest(${columns.map(([, type], i) => `$${i + 1}::${type}`).join(", ")}) ` +
    `AS t(${columns.map((_, i) => `c${i}`).join(", ")})`;
  const values = columns.map(([, , value]) => rows.map(value));
  return { sql, values };
}

export interface PrototypeResult {
  rows: number;
  created: number;
  rejected: number;
}

export async function importNewUsersUnnest(
  db: Db,
  input: Readable,
  organizationId: string,
  batchSize: number,
  onBatch: (rows: number) => void,
): Promise<PrototypeResult> {
  const result: PrototypeResult = { rows: 0, created: 0, rejected: 0 };
  const users = userColumns(organizationId);
  let batch: User[] = [];
  const flush = async () => {
    const rows = batch;
    batch = [];
    if (rows.length === 0) return;
    await db.$transaction(async (tx) => {
      const taken = await tx.$queryRawUnsafe<{ email: string }[]>(
        "SELECT email FROM users WHERE email = ANY($1::text[]) OR username = ANY($2::text[])",
        rows.map((user) => user.email),
        rows.flatMap((user) => (user.username === null ? [] : [user.username])),
      );
      // The prototype only creates: a taken e-mail or username is counted as rejected.
      const takenEmails = new Set(taken.map((row) => row.email));
      const fresh = rows
        .filter((user) => !takenEmails.has(user.email))
        .map((user) => ({ id: randomUUID(), user }));
      result.rejected += rows.length - fresh.length;
      const statements = [
        unnestInsert("users", users, fresh),
        unnestInsert(
          "user_profiles",
          profileColumns,
          fresh.flatMap(({ id, user }) =>
            user.profile === null ? [] : [{ id, profile: user.profile }],
          ),
        ),
        unnestInsert(
          "learning_preferences",
          preferenceColumns,
          fresh.flatMap(({ id, user }) =>
            user.learning_preferences === null ? [] : [{ id, prefs: user.learning_preferences }],
          ),
        ),
      ];
      for (const { sql, values } of statements) await tx.$executeRawUnsafe(sql, ...values);
      result.created += fresh.length;
    });
    onBatch(result.rows);
  };

  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim() === "") continue;
    result.rows += 1;
    const parsed = importUserLine.safeParse(JSON.parse(line));
    if (!parsed.success) {
      result.rejected += 1;
      continue;
    }
    batch.push(parsed.data);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return result;
}
