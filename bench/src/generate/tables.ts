import type { BenchUser } from "./bench-user";
import { idTable } from "./bench-user";
import { date, timestamp, type CopyValue } from "@ums/db/copy-text";
import { goalTitles, skillCategories, skillNames } from "./names";
import { benchId, integer, pick } from "./random";

/**
 * Each table the dataset fills: its COPY columns and the rows of one user. Ids and `updated_at`
 * have no database default (Prisma makes them client-side), so every row names them.
 */
export interface BenchTable {
  table: string;
  columns: readonly string[];
  rows: (user: BenchUser) => CopyValue[][];
}

const dayMs = 86_400_000;
const proficiency = ["NOVICE", "BEGINNER", "INTERMEDIATE", "ADVANCED", "EXPERT"] as const;
const goalTypes = ["LEARNING_TIME", "COURSE_COMPLETION", "SKILL_DEVELOPMENT", "CERTIFICATION"];
const goalStatuses = ["ACTIVE", "ACTIVE", "COMPLETED", "PAUSED"] as const;
const activityTypes = ["SIGNED_IN", "PROFILE_UPDATED", "PREFERENCES_CHANGED", "GOAL_CREATED"];

export const benchTables: BenchTable[] = [
  {
    table: "users",
    columns: [
      ...["id", "email", "username", "first_name", "last_name", "role", "organization_id"],
      ...["status", "created_at", "updated_at", "last_login"],
    ],
    rows: (u) => [
      [
        ...[u.id, u.email, u.username, u.firstName, u.lastName, u.role, u.organizationId],
        ...[u.status, timestamp(u.createdAt), timestamp(u.createdAt)],
        u.lastLogin === null ? null : timestamp(u.lastLogin),
      ],
    ],
  },
  {
    table: "user_profiles",
    columns: [
      ...["id", "user_id", "bio", "timezone", "language", "city", "country"],
      ...["profile_visibility", "created_at", "updated_at"],
    ],
    rows: (u) => [
      [
        ...[benchId(idTable.profile, u.n), u.id, `Learner in ${u.city}.`, u.timezone, "en"],
        ...[u.city, null, "ORGANIZATION", timestamp(u.createdAt), timestamp(u.createdAt)],
      ],
    ],
  },
  {
    table: "learning_preferences",
    columns: [
      ...["id", "user_id", "visual_score", "auditory_score", "reading_score"],
      ...["kinesthetic_score", "preferred_content_types", "daily_study_goal"],
      ...["reminder_time", "created_at", "updated_at"],
    ],
    rows: (u) => [
      [
        ...[benchId(idTable.preferences, u.n), u.id, 0.7, 0.4, 0.5, 0.3, ["video", "text"], 30],
        ...["09:00", timestamp(u.createdAt), timestamp(u.createdAt)],
      ],
    ],
  },
  {
    table: "learning_stats",
    columns: [
      ...["id", "user_id", "total_courses_enrolled", "courses_completed", "total_learning_time"],
      ...["total_logins", "points_earned", "created_at", "updated_at"],
    ],
    rows: (u) => {
      const courses = u.n % 7;
      return [
        [
          ...[benchId(idTable.stats, u.n), u.id, courses, Math.floor(courses / 2), courses * 95],
          ...[u.n % 40, courses * 120, timestamp(u.createdAt), timestamp(u.createdAt)],
        ],
      ];
    },
  },
  {
    table: "user_skills",
    columns: [
      ...["id", "user_id", "skill_name", "skill_category", "proficiency_level"],
      ...["created_at", "updated_at"],
    ],
    rows: (u) => {
      // Distinct names: consecutive entries of the list from a starting point.
      const start = u.n % skillNames.length;
      return Array.from({ length: u.skills }, (_, k) => [
        benchId(idTable.skill, u.n * 8 + k),
        u.id,
        skillNames[(start + k) % skillNames.length] ?? "SQL",
        skillCategories[(start + k) % skillCategories.length] ?? "Technical",
        pick(u.random, proficiency),
        timestamp(u.createdAt),
        timestamp(u.createdAt),
      ]);
    },
  },
  {
    table: "user_goals",
    columns: [
      ...["id", "user_id", "title", "goal_type", "target_value", "unit", "start_date"],
      ...["target_date", "status", "created_at", "updated_at"],
    ],
    rows: (u) =>
      Array.from({ length: u.goals }, (_, k) => [
        ...[benchId(idTable.goal, u.n * 4 + k), u.id, pick(u.random, goalTitles)],
        ...[pick(u.random, goalTypes), 10, "hours", date(u.createdAt)],
        ...[date(u.createdAt + integer(u.random, 30, 365) * dayMs), pick(u.random, goalStatuses)],
        ...[timestamp(u.createdAt), timestamp(u.createdAt)],
      ]),
  },
  {
    table: "user_activities",
    columns: ["id", "user_id", "activity_type", "activity_data", "device_type", "created_at"],
    rows: (u) =>
      Array.from({ length: u.activities }, (_, k) => [
        ...[benchId(idTable.activity, u.n * 4 + k), u.id, pick(u.random, activityTypes)],
        ...['{"source":"bench"}', "desktop", timestamp(u.createdAt + k * dayMs)],
      ]),
  },
];
