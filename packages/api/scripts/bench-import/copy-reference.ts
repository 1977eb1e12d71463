/**
 * The reference the import is measured against: the same users loaded by PostgreSQL's
 * `COPY … FROM STDIN` into `users`, `user_profiles` and `learning_preferences` (the columns the
 * import writes, ids made here), in one transaction. Two timed steps:
 * 1. prepare: read the bench file (JSON Lines or users.csv) and write each table's rows in COPY's
 *    text format to a temporary file (one pass, streaming, no validation);
 * 2. copy: one `COPY` per table fed from its file.
 * E-mail and username are unique across the service, so the copy's users get a `copy.` / `copy-`
 * prefix; everything else is the file's.
 */
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";

import type pg from "pg";
import { copyLine, type CopyValue } from "@ums/db/copy-text";
import { from as copyFrom } from "pg-copy-streams";

import { readCsvRecords } from "../../src/csv/read-csv";
import { csvListSeparator } from "../../src/services/data-transfer";

type Value = CopyValue;
type Record_ = Record<string, Value>;

const userColumns = [
  ...["email", "external_id", "username", "first_name", "last_name", "role", "status"],
  ...["subscription_id", "last_login", "created_at", "updated_at"],
] as const;
const profileColumns = [
  ...["avatar_url", "bio", "timezone", "language", "phone_number", "date_of_birth", "gender"],
  ...["address_line1", "address_line2", "city", "state_province", "postal_code", "country"],
  ...["linkedin_url", "twitter_url", "website_url", "profile_visibility", "show_email"],
  ...["show_phone", "created_at", "updated_at"],
] as const;
const preferenceColumns = [
  ...["visual_score", "auditory_score", "reading_score", "kinesthetic_score"],
  ...["preferred_content_types", "difficulty_preference", "pace_preference"],
  ...["preferred_study_time", "daily_study_goal", "weekly_study_goal", "reminder_enabled"],
  ...["reminder_frequency", "reminder_time", "font_size", "high_contrast", "screen_reader"],
  ...["closed_captions", "created_at", "updated_at"],
] as const;

const tables = [
  { table: "users", columns: ["id", "organization_id", ...userColumns] },
  { table: "user_profiles", columns: ["id", "user_id", ...profileColumns] },
  { table: "learning_preferences", columns: ["id", "user_id", ...preferenceColumns] },
] as const;

/** A user as the three tables' records: from a parsed JSON line. */
interface SourceUser {
  user: Record_;
  profile: Record_ | null;
  preferences: Record_ | null;
}

function fromJson(text: string): SourceUser {
  const line = JSON.parse(text) as Record_ & {
    profile: Record_ | null;
    learning_preferences: Record_ | null;
  };
  return { user: line, profile: line.profile, preferences: line.learning_preferences };
}

/** A users.csv record by header: empty cells are null, the list cell is split. */
function fromCsv(header: readonly string[], cells: readonly string[]): SourceUser {
  const cell = (column: string): string | null => {
    const value = cells[header.indexOf(column)];
    return value === undefined || value === "" ? null : value;
  };
  const pick = (columns: readonly string[], prefix: string) =>
    Object.fromEntries(
      columns.map((column) => [
        column,
        cell(column === "created_at" || column === "updated_at" ? `${prefix}${column}` : column),
      ]),
    );
  const preferences: Record_ | null =
    cell("visual_score") === null ? null : pick(preferenceColumns, "preferences_");
  if (preferences !== null) {
    const list = cell("preferred_content_types");
    preferences.preferred_content_types = list === null ? [] : list.split(csvListSeparator);
  }
  return {
    user: pick(userColumns, ""),
    profile: cell("timezone") === null ? null : pick(profileColumns, "profile_"),
    preferences,
  };
}

async function* sourceUsers(file: string, format: "jsonl" | "csv"): AsyncGenerator<SourceUser> {
  if (format === "jsonl") {
    for await (const text of createInterface({
      input: createReadStream(file),
      crlfDelay: Infinity,
    })) {
      if (text.trim() !== "") yield fromJson(text);
    }
    return;
  }
  let header: string[] | undefined;
  for await (const { fields } of readCsvRecords(createReadStream(file))) {
    if (header === undefined) header = fields.map((name) => name.trim());
    else yield fromCsv(header, fields);
  }
}

export interface CopyCounts {
  users: number;
  user_profiles: number;
  learning_preferences: number;
}

/** Step 1: the file's users as COPY text, one file per table in `directory`. */
export async function prepareCopyFiles(
  file: string,
  format: "jsonl" | "csv",
  organizationId: string,
  directory: string,
): Promise<CopyCounts> {
  const outputs = tables.map(({ table }) =>
    createWriteStream(path.join(directory, `${table}.copy`)),
  );
  const [users, profiles, preferences] = outputs as [WriteStream, WriteStream, WriteStream];
  const counts: CopyCounts = { users: 0, user_profiles: 0, learning_preferences: 0 };
  const write = async (out: WriteStream, text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  for await (const source of sourceUsers(file, format)) {
    const id = randomUUID();
    const { user } = source;
    const username = typeof user.username === "string" ? `copy-${user.username}` : null;
    await write(
      users,
      copyLine([
        id,
        organizationId,
        ...userColumns.map((column) =>
          column === "email"
            ? `copy.${String(user.email)}`
            : column === "username"
              ? username
              : user[column],
        ),
      ]),
    );
    counts.users += 1;
    if (source.profile !== null) {
      const { profile } = source;
      await write(profiles, copyLine([randomUUID(), id, ...profileColumns.map((c) => profile[c])]));
      counts.user_profiles += 1;
    }
    if (source.preferences !== null) {
      const { preferences: prefs } = source;
      await write(
        preferences,
        copyLine([randomUUID(), id, ...preferenceColumns.map((c) => prefs[c])]),
      );
      counts.learning_preferences += 1;
    }
  }
  for (const out of outputs) out.end();
  await Promise.all(outputs.map((out) => once(out, "finish")));
  return counts;
}

/** Step 2: one COPY per table from the files of step 1, in one transaction. */
export async function copyFiles(client: pg.Client, directory: string): Promise<void> {
  await client.query("BEGIN");
  try {
    for (const { table, columns } of tables) {
      const sql = `COPY ${table} (${columns.join(", ")}) FROM STDIN`;
      await pipeline(
        createReadStream(path.join(directory, `${table}.copy`)),
        client.query(copyFrom(sql)),
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
