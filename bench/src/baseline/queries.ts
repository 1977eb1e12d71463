import {
  activityColumns,
  goalColumns,
  invitationColumns,
  jsonPairs,
  manyRelation,
  oneRelation,
  organizationColumns,
  preferencesColumns,
  profileColumns,
  skillColumns,
  statsColumns,
  userColumns,
} from "./json-sql";

/**
 * The baseline's statements. Each is prepared once per connection under its name (pg's `name`),
 * and the organization scoping is in the SQL: an admin sees the users of the organization of the
 * (active) ORG_ADMIN who asks, nothing else.
 */
export const ownProfileSql = `
  SELECT json_build_object(${jsonPairs("u", userColumns, [
    oneRelation("profile", "user_profiles", profileColumns),
    oneRelation("learning_preferences", "learning_preferences", preferencesColumns),
    oneRelation("learning_stats", "learning_stats", statsColumns),
  ])})::text AS json
  FROM users u WHERE u.id = $1 AND u.status = 'ACTIVE'`;

/** The organization an active admin may see (null: none). */
export const adminScopeSql = `SELECT a.organization_id FROM users a
  WHERE a.id = $1 AND a.status = 'ACTIVE' AND a.role = 'ORG_ADMIN'`;
const adminScope = `(SELECT a.organization_id FROM users a
  WHERE a.id = $1 AND a.status = 'ACTIVE' AND a.role = 'ORG_ADMIN')`;

export const userDetailsSql = `
  SELECT json_build_object(${jsonPairs("u", userColumns, [
    `'organization', (SELECT json_build_object(${jsonPairs("o", organizationColumns)})
       FROM organizations o WHERE o.id = u.organization_id)`,
    oneRelation("profile", "user_profiles", profileColumns),
    oneRelation("learning_preferences", "learning_preferences", preferencesColumns),
    oneRelation("learning_stats", "learning_stats", statsColumns),
    manyRelation("skills", "user_skills", skillColumns, "skill_category, skill_name"),
    manyRelation("goals", "user_goals", goalColumns, "status, target_date"),
    manyRelation("invitations", "user_invitations", invitationColumns, "sent_at DESC"),
    manyRelation("recent_activity", "user_activities", activityColumns, "created_at DESC", 20),
  ])})::text AS json
  FROM users u WHERE u.id = $2 AND u.organization_id = ${adminScope}`;

export const sortColumns = {
  created_at: { type: "timestamp", nullable: false },
  last_login: { type: "timestamp", nullable: true },
  email: { type: "text", nullable: false },
  last_name: { type: "text", nullable: false },
} as const;
export type SortColumn = keyof typeof sortColumns;

export interface ListQuery {
  role: string | undefined;
  status: string | undefined;
  search: string | undefined;
  sort: SortColumn;
  order: "asc" | "desc";
  cursor: { value: string | null; id: string } | undefined;
  limit: number;
}

/** The LIKE pattern of a search: the term anywhere, its % and _ taken as characters. */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A list item's JSON, of the user `u`. */
export const listItemJson = `json_build_object(${jsonPairs("u", userColumns, [
  `'profile', (SELECT json_build_object('avatar_url', p.avatar_url) FROM user_profiles p WHERE p.user_id = u.id)`,
])})::text`;

/**
 * `GET /users`: the same keyset query as the API's (packages/api/src/services/users/list-users.ts),
 * returning each item's JSON, in the organization of the admin (looked up first, like the API's
 * user lookup, so the planner sees the organization). The statement text depends only on which filters are present, so
 * a handful of named statements cover every request.
 */
export function listUsersStatement(query: ListQuery): {
  name: string;
  text: string;
  values: unknown[];
} {
  const values: unknown[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length + 1}`; // $1 is the organization
  };
  const conditions = ["u.organization_id = $1::uuid"];
  if (query.role !== undefined) conditions.push(`u.role = ${param(query.role)}::user_role`);
  if (query.status !== undefined) conditions.push(`u.status = ${param(query.status)}::user_status`);
  if (query.search !== undefined) {
    conditions.push(`"search_text" LIKE lower(${param(likePattern(query.search))})`);
  }
  const column = `u."${query.sort}"`;
  const { type, nullable } = sortColumns[query.sort];
  const direction = query.order === "asc" ? "ASC" : "DESC";
  const beyond = query.order === "asc" ? ">" : "<";
  const cursor = query.cursor;
  const select = (where: string[]) => `
      SELECT u.id, ${column} AS sort_key, ${column}::text AS sort_value, ${listItemJson} AS json
      FROM users u
      WHERE ${where.join(" AND ")}
      ORDER BY ${column} ${direction}, u.id ${direction}
      LIMIT $LIMIT::int`;
  let text: string;
  if (!nullable) {
    const where = [...conditions];
    if (cursor !== undefined) {
      where.push(
        `(${column}, u.id) ${beyond} (${param(cursor.value)}::${type}, ${param(cursor.id)}::uuid)`,
      );
    }
    text = select(where);
  } else {
    // DESC NULLS LAST is no index's order: the rows with a value, then those without (each part
    // in the order of (organization_id, column, id)), as the API does.
    const withValue = [...conditions, `${column} IS NOT NULL`];
    const withoutValue = [...conditions, `${column} IS NULL`];
    if (cursor?.value === null) {
      withValue.push("FALSE");
      withoutValue.push(`u.id ${beyond} ${param(cursor.id)}::uuid`);
    } else if (cursor !== undefined) {
      withValue.push(
        `(${column}, u.id) ${beyond} (${param(cursor.value)}::${type}, ${param(cursor.id)}::uuid)`,
      );
    }
    text = `
    SELECT id, sort_value, json FROM ((${select(withValue)}) UNION ALL (${select(withoutValue)})) AS parts
    ORDER BY sort_key ${direction} NULLS LAST, id ${direction}
    LIMIT $LIMIT::int`;
  }
  text = text.replaceAll("$LIMIT", param(query.limit + 1));
  const shape = [
    query.role !== undefined,
    query.status !== undefined,
    query.search !== undefined,
    query.cursor === undefined ? "-" : query.cursor.value === null ? "null" : "value",
  ].join(":");
  return { name: `list:${query.sort}:${query.order}:${shape}`, text, values };
}

/** `PUT /users/profile`, the fields the bench sends: bio and the daily study goal. */
export const updateProfileSql = `
  WITH target AS (SELECT id FROM users WHERE id = $1 AND status = 'ACTIVE' FOR UPDATE),
  profile AS (
    UPDATE user_profiles SET bio = coalesce($2, bio), updated_at = now() AT TIME ZONE 'UTC'
    WHERE user_id = (SELECT id FROM target) AND bio IS DISTINCT FROM coalesce($2, bio)
    RETURNING user_id),
  preferences AS (
    UPDATE learning_preferences
    SET daily_study_goal = coalesce($3, daily_study_goal), updated_at = now() AT TIME ZONE 'UTC'
    WHERE user_id = (SELECT id FROM target)
      AND daily_study_goal IS DISTINCT FROM coalesce($3, daily_study_goal)
    RETURNING user_id)
  INSERT INTO user_activities (id, user_id, activity_type, activity_data, created_at)
  SELECT gen_random_uuid(), user_id, 'PROFILE_UPDATED'::activity_type, '{"fields":["bio"]}'::jsonb,
    now() AT TIME ZONE 'UTC'
  FROM profile
  UNION ALL
  SELECT gen_random_uuid(), user_id, 'PREFERENCES_CHANGED'::activity_type,
    '{"fields":["daily_study_goal"]}'::jsonb,
    now() AT TIME ZONE 'UTC'
  FROM preferences`;

export const apiKeySql = `SELECT id, organization_id FROM api_keys
  WHERE key_hash = $1 AND revoked_at IS NULL AND 'stats:write' = ANY (scopes)`;

/**
 * `POST /learning-events`, LEARNING_TIME events: the ledger rows of users of the key's
 * organization (duplicates skipped), and the users' total learning time moved by what was
 * recorded. The API recomputes the whole statistics row and automatic goals instead.
 */
export const recordEventsSql = `
  WITH inserted AS (
    INSERT INTO learning_events (id, event_id, source, user_id, organization_id, event_type,
      occurred_at, minutes)
    SELECT gen_random_uuid(), e.event_id, $1, e.user_id, u.organization_id, 'LEARNING_TIME',
      (e.occurred_at AT TIME ZONE 'UTC'), e.minutes
    FROM unnest($3::text[], $4::uuid[], $5::timestamptz[], $6::int[])
      AS e(event_id, user_id, occurred_at, minutes)
    JOIN users u ON u.id = e.user_id AND u.organization_id = $2
    ON CONFLICT (source, event_id) DO NOTHING
    RETURNING event_id, user_id, minutes),
  totals AS (
    UPDATE learning_stats s SET total_learning_time = s.total_learning_time + t.minutes,
      updated_at = now() AT TIME ZONE 'UTC'
    FROM (SELECT user_id, sum(minutes)::int AS minutes FROM inserted GROUP BY user_id) t
    WHERE s.user_id = t.user_id)
  SELECT event_id FROM inserted`;
