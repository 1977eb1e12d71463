import { Prisma } from "@ums/db";

import type { ImportUserFields, ImportUserLine } from "./import-schema";

/**
 * From the import's validated values to the columns Prisma writes: instants and calendar dates as
 * Dates, JSON null as the database's NULL, references by e-mail resolved through `member`.
 */

export const at = (iso: string) => new Date(iso);
export const atOrNull = (iso: string | null) => (iso === null ? null : new Date(iso));
const day = (date: string) => new Date(`${date}T00:00:00.000Z`);
export const json = (value: unknown) =>
  value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue);

/** The id of a user of the organization by e-mail, or null (not there, or not yet). */
export type Member = (email: string | null) => string | null;

export type ImportUser = Omit<ImportUserFields, "external_id">;

export function userFields(user: ImportUser) {
  return {
    email: user.email,
    username: user.username,
    first_name: user.first_name,
    last_name: user.last_name,
    role: user.role,
    subscription_id: user.subscription_id,
    last_login: atOrNull(user.last_login),
    created_at: at(user.created_at),
    updated_at: at(user.updated_at),
  };
}

export function profileFields(profile: NonNullable<ImportUser["profile"]>) {
  return {
    ...profile,
    date_of_birth: profile.date_of_birth === null ? null : day(profile.date_of_birth),
    created_at: at(profile.created_at),
    updated_at: at(profile.updated_at),
  };
}

export function preferencesFields(preferences: NonNullable<ImportUser["learning_preferences"]>) {
  return {
    ...preferences,
    created_at: at(preferences.created_at),
    updated_at: at(preferences.updated_at),
  };
}

export function skillFields(skill: ImportUserLine["skills"][number], member: Member) {
  const { verified_by_email, ...fields } = skill;
  return {
    ...fields,
    verified_by: member(verified_by_email),
    verified_at: atOrNull(skill.verified_at),
    verification_requested_at: atOrNull(skill.verification_requested_at),
    created_at: at(skill.created_at),
    updated_at: at(skill.updated_at),
  };
}

export function goalFields(goal: ImportUserLine["goals"][number]) {
  return {
    ...goal,
    start_date: day(goal.start_date),
    target_date: day(goal.target_date),
    completed_at: atOrNull(goal.completed_at),
    last_progress_update: atOrNull(goal.last_progress_update),
    created_at: at(goal.created_at),
    updated_at: at(goal.updated_at),
  };
}

export function activityFields(activity: ImportUserLine["activities"][number], member: Member) {
  return {
    activity_type: activity.activity_type,
    activity_data: json(activity.activity_data),
    actor_id: member(activity.actor_email),
    ip_address: activity.ip_address,
    user_agent: activity.user_agent,
    device_type: activity.device_type,
    created_at: at(activity.created_at),
  };
}

export function eventFields(event: ImportUserLine["learning_events"][number]) {
  return {
    event_id: event.event_id,
    source: event.source,
    event_type: event.event_type,
    occurred_at: at(event.occurred_at),
    course_id: event.course_id,
    lesson_id: event.lesson_id,
    minutes: event.minutes,
    score: event.score,
    passed: event.passed,
    points: event.points,
    payload: json(event.payload),
  };
}

/** Whether `next` holds a value different from `current` (dates by instant, JSON by content). */
export function differs(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  return Object.entries(next).some(([key, value]) => !same(current[key], value));
}

function same(a: unknown, b: unknown): boolean {
  if (b === Prisma.DbNull) return a === null;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
    return canonical(a) === canonical(b);
  }
  return a === b;
}

/** JSON text with object keys sorted: two values with the same content give the same text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** `fields` without the keys the file has no column for (`absent`, prefixed by `group.`). */
export function withoutAbsent<T extends Record<string, unknown>>(
  fields: T,
  absent: ReadonlySet<string>,
  group = "",
): Partial<T> {
  if (absent.size === 0) return fields;
  const prefix = group === "" ? "" : `${group}.`;
  return Object.fromEntries(
    Object.entries(fields).filter(([key]) => !absent.has(`${prefix}${key}`)),
  ) as Partial<T>;
}
