import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";

import { Prisma, type Db } from "@ums/db";
import { refreshLearningStats } from "@ums/db/derived";

import { importUserLine, type ImportUserLine } from "./import-schema";

/**
 * The import of an organization's users from JSON Lines (docs/data-migration.md), the reverse of
 * `exportOrganizationUsers`: read line by line from a stream (never the whole file), each line
 * validated by the API's rules, written in batches of `batchSize` users, each batch one
 * transaction. Users are matched by e-mail inside the organization; a new one is created with
 * every relation, an existing one is updated only where the file differs (so importing the same
 * file again changes nothing), an e-mail of another organization is refused. No credentials are
 * created: imported users sign in after an invitation or a password reset.
 */

export const defaultImportBatchSize = 200;

export interface ImportUsersOptions {
  organizationId: string;
  /** keep: the status of the file; pending: new users are PENDING (existing users keep theirs) */
  status?: "keep" | "pending";
  /** validate and count, write nothing (each batch runs in a transaction that is rolled back) */
  dryRun?: boolean;
  batchSize?: number;
  /** the clock of the statistics (week and month windows); now by default */
  now?: Date;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProblem {
  path: string;
  message: string;
}

export interface RejectedRow {
  line: number;
  email: string | null;
  problems: ImportProblem[];
}

export interface ImportProgress {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface ImportResult extends ImportProgress {
  rejections: RejectedRow[];
}

interface Row {
  line: number;
  user: ImportUserLine;
}

type Outcome = "created" | "updated" | "unchanged";

/** A reference to a user of the organization not known yet when its batch was written. */
type PendingReference =
  | { kind: "skill"; userId: string; skillName: string; email: string }
  | { kind: "activity"; activityId: string; email: string };

class DryRunRollback extends Error {}

/** Imports users.jsonl from `input` into the organization. */
export async function importUsersJsonLines(
  db: Db,
  input: Readable,
  options: ImportUsersOptions,
): Promise<ImportResult> {
  const batchSize = options.batchSize ?? defaultImportBatchSize;
  const result: ImportResult = {
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    rejections: [],
  };
  const pending: PendingReference[] = [];
  const reject = (row: RejectedRow) => {
    result.rejected += 1;
    result.rejections.push(row);
  };

  let batch: Row[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    try {
      const written = await writeBatch(db, rows, options);
      for (const row of written.rejected) reject(row);
      for (const outcome of written.outcomes) result[outcome] += 1;
      pending.push(...written.pending);
    } catch (error) {
      const message = error instanceof Error ? error.message.split("\n").at(-1) : String(error);
      for (const row of rows) {
        reject({
          line: row.line,
          email: row.user.email,
          problems: [
            {
              path: "",
              message: `not written: the transaction of its batch failed (${message ?? "unknown error"})`,
            },
          ],
        });
      }
    }
    options.onProgress?.(progressOf(result));
  };

  let line = 0;
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const text of lines) {
    line += 1;
    if (text.trim() === "") continue;
    result.rows += 1;
    const row = parseLine(text, line);
    if ("problems" in row) reject(row);
    else {
      batch.push(row);
      if (batch.length >= batchSize) await flush();
    }
  }
  await flush();
  if (!options.dryRun) await resolvePending(db, options.organizationId, pending);
  return result;
}

const progressOf = ({ rows, created, updated, unchanged, rejected }: ImportProgress) => ({
  rows,
  created,
  updated,
  unchanged,
  rejected,
});

function parseLine(text: string, line: number): Row | RejectedRow {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { line, email: null, problems: [{ path: "", message: `not valid JSON: ${reason}` }] };
  }
  const parsed = importUserLine.safeParse(value);
  if (parsed.success) return { line, user: parsed.data };
  const email =
    typeof value === "object" &&
    value !== null &&
    "email" in value &&
    typeof value.email === "string"
      ? value.email
      : null;
  return {
    line,
    email,
    problems: parsed.error.issues.map((issue) => ({
      path: issue.path.join("."),
      message: issue.message,
    })),
  };
}

// WRITING A BATCH ------------------------------------------------------------------------------

const at = (iso: string) => new Date(iso);
const atOrNull = (iso: string | null) => (iso === null ? null : new Date(iso));
const day = (date: string) => new Date(`${date}T00:00:00.000Z`);
const json = (value: unknown) =>
  value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue);

const existingSelect = {
  id: true,
  email: true,
  organization_id: true,
  username: true,
  first_name: true,
  last_name: true,
  role: true,
  status: true,
  subscription_id: true,
  last_login: true,
  created_at: true,
  updated_at: true,
  profile: true,
  learning_preferences: true,
  skills: true,
  goals: true,
  activities: true,
} satisfies Prisma.UserSelect;

type Existing = Prisma.UserGetPayload<{ select: typeof existingSelect }>;

async function writeBatch(db: Db, rows: Row[], options: ImportUsersOptions) {
  const rejected: RejectedRow[] = [];
  const refuse = (row: Row, path: string, message: string) =>
    rejected.push({ line: row.line, email: row.user.email, problems: [{ path, message }] });
  const outcomes = new Map<string, Outcome>();
  const pending: PendingReference[] = [];

  const run = async (tx: Prisma.TransactionClient) => {
    const emails = rows.map((row) => row.user.email);
    const usernames = rows.flatMap((row) =>
      row.user.username === null ? [] : [row.user.username],
    );
    // One after the other: a transaction is one connection, which runs one query at a time.
    const found = await tx.user.findMany({
      where: { email: { in: emails } },
      select: existingSelect,
    });
    const holders = await tx.user.findMany({
      where: { username: { in: usernames } },
      select: { email: true, username: true },
    });
    const existing = new Map(found.map((user) => [user.email, user]));
    // An event is known by (source, event_id) across the service: one recorded for another user
    // is a conflict, not a duplicate to skip silently.
    const eventIds = rows.flatMap((row) => row.user.learning_events.map((event) => event.event_id));
    const recorded =
      eventIds.length === 0
        ? []
        : await tx.learningEvent.findMany({
            where: { event_id: { in: [...new Set(eventIds)] } },
            select: { source: true, event_id: true, user_id: true },
          });
    const eventOwner = new Map(
      recorded.map((event) => [`${event.source}\u0000${event.event_id}`, event.user_id]),
    );
    const foreignEvent = (row: Row) =>
      row.user.learning_events.findIndex((event) => {
        const owner = eventOwner.get(`${event.source}\u0000${event.event_id}`);
        return owner !== undefined && owner !== existing.get(row.user.email)?.id;
      });
    const usernameOwner = new Map(holders.map((user) => [user.username, user.email]));

    const accepted: Row[] = [];
    const seenEmails = new Map<string, number>();
    const seenUsernames = new Map<string, number>();
    for (const row of rows) {
      const { email, username } = row.user;
      const owner = existing.get(email);
      const earlierEmail = seenEmails.get(email);
      const earlierUsername = username === null ? undefined : seenUsernames.get(username);
      const holder = username === null ? undefined : usernameOwner.get(username);
      if (owner !== undefined && owner.organization_id !== options.organizationId) {
        refuse(row, "email", "e-mail already in use");
      } else if (earlierEmail !== undefined) {
        refuse(row, "email", `repeats the e-mail of line ${earlierEmail}`);
      } else if (holder !== undefined && holder !== email) {
        refuse(row, "username", "username already in use");
      } else if (earlierUsername !== undefined) {
        refuse(row, "username", `repeats the username of line ${earlierUsername}`);
      } else if (foreignEvent(row) >= 0) {
        refuse(
          row,
          `learning_events.${foreignEvent(row)}.event_id`,
          "this (source, event_id) is already recorded for another user",
        );
      } else {
        accepted.push(row);
        seenEmails.set(email, row.line);
        if (username !== null) seenUsernames.set(username, row.line);
      }
    }

    const fresh = accepted.filter((row) => !existing.has(row.user.email));
    const ids = new Map(found.map((user) => [user.email, user.id]));
    for (const row of fresh) ids.set(row.user.email, randomUUID());
    const idOf = (email: string) => ids.get(email) ?? "";
    const emailOfId = new Map([...ids].map(([email, id]) => [id, email]));

    if (fresh.length > 0) {
      await tx.user.createMany({
        data: fresh.map(({ user }) => ({
          id: idOf(user.email),
          organization_id: options.organizationId,
          ...userFields(user),
          status: options.status === "pending" ? ("PENDING" as const) : user.status,
        })),
      });
    }

    // Users referenced by skills (verifier) and activities (actor), in this organization (the
    // users of this batch included); the others may come in a later batch.
    const referenced = new Set<string>();
    for (const { user } of accepted) {
      for (const skill of user.skills) {
        if (skill.verified_by_email !== null) referenced.add(skill.verified_by_email);
      }
      for (const activity of user.activities) {
        if (activity.actor_email !== null) referenced.add(activity.actor_email);
      }
    }
    const known =
      referenced.size === 0
        ? []
        : await tx.user.findMany({
            where: { email: { in: [...referenced] }, organization_id: options.organizationId },
            select: { id: true, email: true },
          });
    const members = new Map(known.map((user) => [user.email, user.id]));
    const member = (email: string | null) => (email === null ? null : (members.get(email) ?? null));

    const created = newRelations(fresh, idOf, member, pending);
    if (created.profiles.length > 0) await tx.userProfile.createMany({ data: created.profiles });
    if (created.preferences.length > 0) {
      await tx.learningPreferences.createMany({ data: created.preferences });
    }
    if (created.skills.length > 0) await tx.userSkill.createMany({ data: created.skills });
    if (created.goals.length > 0) await tx.userGoal.createMany({ data: created.goals });
    if (created.activities.length > 0) {
      await tx.userActivity.createMany({ data: created.activities });
    }
    for (const row of fresh) outcomes.set(row.user.email, "created");

    for (const row of accepted) {
      const user = existing.get(row.user.email);
      if (user === undefined) continue;
      const changed = await updateExisting(tx, user, row.user, options, member, pending);
      outcomes.set(row.user.email, changed ? "updated" : "unchanged");
    }

    // The ledger: (source, event_id) identifies an event, so adding it again adds nothing.
    const events = accepted.flatMap(({ user }) =>
      user.learning_events.map((event) => ({
        event_id: event.event_id,
        source: event.source,
        user_id: idOf(user.email),
        organization_id: options.organizationId,
        event_type: event.event_type,
        occurred_at: at(event.occurred_at),
        course_id: event.course_id,
        lesson_id: event.lesson_id,
        minutes: event.minutes,
        score: event.score,
        passed: event.passed,
        points: event.points,
        payload: json(event.payload),
      })),
    );
    const added =
      events.length === 0
        ? []
        : await tx.learningEvent.createManyAndReturn({
            data: events,
            skipDuplicates: true,
            select: { user_id: true },
          });
    const touched = [...new Set(added.map((event) => event.user_id))].sort();
    for (const id of touched) {
      const email = emailOfId.get(id);
      if (email !== undefined && outcomes.get(email) === "unchanged")
        outcomes.set(email, "updated");
    }
    // Statistics by the same derivation as live events (not the automatic goals: the file carries
    // the goals' progress as the source system had it).
    await refreshLearningStats(tx, touched, options.now ?? new Date());

    if (options.dryRun === true) throw new DryRunRollback();
  };

  try {
    await db.$transaction(run, { timeout: 120_000 });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return {
    outcomes: [...outcomes.values()],
    pending: options.dryRun === true ? [] : pending,
    rejected,
  };
}

function userFields(user: ImportUserLine) {
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

function profileFields(profile: NonNullable<ImportUserLine["profile"]>) {
  return {
    ...profile,
    date_of_birth: profile.date_of_birth === null ? null : day(profile.date_of_birth),
    created_at: at(profile.created_at),
    updated_at: at(profile.updated_at),
  };
}

function preferencesFields(preferences: NonNullable<ImportUserLine["learning_preferences"]>) {
  return {
    ...preferences,
    created_at: at(preferences.created_at),
    updated_at: at(preferences.updated_at),
  };
}

type Member = (email: string | null) => string | null;

function skillFields(skill: ImportUserLine["skills"][number], member: Member) {
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

function goalFields(goal: ImportUserLine["goals"][number]) {
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

function activityFields(activity: ImportUserLine["activities"][number], member: Member) {
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

/** Remembers a reference to a user not (yet) in the organization, to resolve after the import. */
function skillReference(
  pending: PendingReference[],
  userId: string,
  skill: ImportUserLine["skills"][number],
  member: Member,
) {
  if (skill.verified_by_email !== null && member(skill.verified_by_email) === null) {
    pending.push({
      kind: "skill",
      userId,
      skillName: skill.skill_name,
      email: skill.verified_by_email,
    });
  }
}

function activityReference(
  pending: PendingReference[],
  activityId: string,
  activity: ImportUserLine["activities"][number],
  member: Member,
) {
  if (activity.actor_email !== null && member(activity.actor_email) === null) {
    pending.push({ kind: "activity", activityId, email: activity.actor_email });
  }
}

function newRelations(
  fresh: Row[],
  idOf: (email: string) => string,
  member: Member,
  pending: PendingReference[],
) {
  const profiles: Prisma.UserProfileCreateManyInput[] = [];
  const preferences: Prisma.LearningPreferencesCreateManyInput[] = [];
  const skills: Prisma.UserSkillCreateManyInput[] = [];
  const goals: Prisma.UserGoalCreateManyInput[] = [];
  const activities: Prisma.UserActivityCreateManyInput[] = [];
  for (const { user } of fresh) {
    const user_id = idOf(user.email);
    if (user.profile !== null) profiles.push({ user_id, ...profileFields(user.profile) });
    if (user.learning_preferences !== null) {
      preferences.push({ user_id, ...preferencesFields(user.learning_preferences) });
    }
    for (const skill of user.skills) {
      skills.push({ user_id, ...skillFields(skill, member) });
      skillReference(pending, user_id, skill, member);
    }
    for (const goal of user.goals) goals.push({ user_id, ...goalFields(goal) });
    for (const activity of user.activities) {
      const id = randomUUID();
      activities.push({ id, user_id, ...activityFields(activity, member) });
      activityReference(pending, id, activity, member);
    }
  }
  return { profiles, preferences, skills, goals, activities };
}

/** Whether `next` holds a value different from `current` (dates by instant, JSON by content). */
function differs(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
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

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

const goalKey = (title: string, createdAt: Date) => `${createdAt.toISOString()} ${title}`;
const activityKey = (type: string, createdAt: Date, data: unknown) =>
  `${createdAt.toISOString()} ${type} ${data === Prisma.DbNull ? "null" : canonical(data)}`;

/**
 * Brings an existing user of the organization to what the file says, writing only what differs.
 * Relations are matched by their natural key (skill name, case-insensitive; goal title and
 * creation time; activity type, time and data) and never deleted: an import adds and corrects.
 */
async function updateExisting(
  tx: Prisma.TransactionClient,
  current: Existing,
  user: ImportUserLine,
  options: ImportUsersOptions,
  member: Member,
  pending: PendingReference[],
): Promise<boolean> {
  let changed = false;
  const fields = {
    ...userFields(user),
    ...(options.status === "pending" ? {} : { status: user.status }),
  };
  if (differs(current, fields)) {
    await tx.user.update({ where: { id: current.id }, data: fields });
    changed = true;
  }

  if (user.profile !== null) {
    const data = profileFields(user.profile);
    if (current.profile === null) {
      await tx.userProfile.create({ data: { user_id: current.id, ...data } });
      changed = true;
    } else if (differs(current.profile, data)) {
      await tx.userProfile.update({ where: { user_id: current.id }, data });
      changed = true;
    }
  }
  if (user.learning_preferences !== null) {
    const data = preferencesFields(user.learning_preferences);
    if (current.learning_preferences === null) {
      await tx.learningPreferences.create({ data: { user_id: current.id, ...data } });
      changed = true;
    } else if (differs(current.learning_preferences, data)) {
      await tx.learningPreferences.update({ where: { user_id: current.id }, data });
      changed = true;
    }
  }

  const skills = new Map(current.skills.map((skill) => [skill.skill_name.toLowerCase(), skill]));
  for (const skill of user.skills) {
    const data = skillFields(skill, member);
    const found = skills.get(skill.skill_name.toLowerCase());
    // A verifier not in the organization (yet) is resolved after the import: not a difference now.
    const compared =
      data.verified_by === null && skill.verified_by_email !== null
        ? { ...data, verified_by: found?.verified_by ?? null }
        : data;
    if (found === undefined) {
      await tx.userSkill.create({ data: { user_id: current.id, ...data } });
      skillReference(pending, current.id, skill, member);
      changed = true;
    } else if (differs(found, compared)) {
      await tx.userSkill.update({ where: { id: found.id }, data: compared });
      skillReference(pending, current.id, skill, member);
      changed = true;
    }
  }

  const goals = new Map(current.goals.map((goal) => [goalKey(goal.title, goal.created_at), goal]));
  for (const goal of user.goals) {
    const data = goalFields(goal);
    const found = goals.get(goalKey(data.title, data.created_at));
    if (found === undefined) {
      await tx.userGoal.create({ data: { user_id: current.id, ...data } });
      changed = true;
    } else if (differs(found, data)) {
      await tx.userGoal.update({ where: { id: found.id }, data });
      changed = true;
    }
  }

  const activities = new Set(
    current.activities.map((activity) =>
      activityKey(
        activity.activity_type,
        activity.created_at,
        activity.activity_data ?? Prisma.DbNull,
      ),
    ),
  );
  const missing = user.activities.filter(
    (activity) =>
      !activities.has(
        activityKey(activity.activity_type, at(activity.created_at), json(activity.activity_data)),
      ),
  );
  for (const activity of missing) {
    const id = randomUUID();
    await tx.userActivity.create({
      data: { id, user_id: current.id, ...activityFields(activity, member) },
    });
    activityReference(pending, id, activity, member);
    changed = true;
  }
  return changed;
}

/** Verifiers and actors who came in a later batch than the rows naming them. */
async function resolvePending(db: Db, organizationId: string, pending: PendingReference[]) {
  if (pending.length === 0) return;
  const users = await db.user.findMany({
    where: {
      organization_id: organizationId,
      email: { in: [...new Set(pending.map((ref) => ref.email))] },
    },
    select: { id: true, email: true },
  });
  const idOf = new Map(users.map((user) => [user.email, user.id]));
  await db.$transaction(async (tx) => {
    for (const ref of pending) {
      const id = idOf.get(ref.email);
      if (id === undefined) continue;
      if (ref.kind === "skill") {
        await tx.userSkill.updateMany({
          where: { user_id: ref.userId, skill_name: ref.skillName },
          data: { verified_by: id },
        });
      } else {
        await tx.userActivity.update({ where: { id: ref.activityId }, data: { actor_id: id } });
      }
    }
  });
}
