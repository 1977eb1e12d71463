import { randomUUID } from "node:crypto";

import type { ImportNewUserStatus, Prisma } from "@ums/db";
import { refreshLearningStats } from "@ums/db/derived";
import type { Settings } from "@ums/db/settings";

import { inviteImportedUsers } from "../invitations/invite-imported-users";
import { bulkInsert, type BulkRow } from "../bulk-insert";
import {
  activityFields,
  at,
  canonical,
  differs,
  eventFields,
  goalFields,
  preferencesFields,
  profileFields,
  skillFields,
  userFields,
  withoutAbsent,
  type Member,
} from "./import-fields";
import type { ImportRecord, RejectedRecord } from "./import-records";

/**
 * Writes one batch of records in the caller's transaction (docs/data-migration.md "Matching"):
 * users matched by external id, else by e-mail, inside the organization; new ones created with
 * every relation, existing ones updated only where the file differs; relations matched by their
 * natural key and never deleted. Costs a fixed number of queries for the new users and their
 * relations (one per table), and one per changed row of an existing user.
 */

export type Outcome = "created" | "updated" | "unchanged";

export interface BatchTarget {
  runId: string;
  organizationId: string;
  newUserStatus: ImportNewUserStatus;
  /** the administrator the run acts for (null: the command line without one) */
  adminId: string | null;
  /** invite the users it creates, in the administrator's name */
  sendInvitations: boolean;
  settings: Settings;
  now: Date;
}

export interface BatchResult {
  outcomes: Outcome[];
  rejected: RejectedRecord[];
}

const existingSelect = {
  id: true,
  email: true,
  external_id: true,
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
} satisfies Prisma.UserSelect;

const activityKeySelect = {
  user_id: true,
  activity_type: true,
  created_at: true,
  activity_data: true,
} satisfies Prisma.UserActivitySelect;

/**
 * The batch's users as they are, with the relations the import compares. Each relation is its own
 * query, one after the other: Prisma would load nested relations in parallel, which one
 * transaction's connection cannot do.
 */
async function findExisting(tx: Prisma.TransactionClient, where: Prisma.UserWhereInput) {
  const users = await tx.user.findMany({ where, select: existingSelect });
  const user_id = { in: users.map((user) => user.id) };
  const none = users.length === 0;
  const profiles = none ? [] : await tx.userProfile.findMany({ where: { user_id } });
  const preferences = none ? [] : await tx.learningPreferences.findMany({ where: { user_id } });
  const skills = none ? [] : await tx.userSkill.findMany({ where: { user_id } });
  const goals = none ? [] : await tx.userGoal.findMany({ where: { user_id } });
  const activities = none
    ? []
    : await tx.userActivity.findMany({ where: { user_id }, select: activityKeySelect });
  const byUser = <T extends { user_id: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.user_id, [...(map.get(row.user_id) ?? []), row]);
    return map;
  };
  const [skillsOf, goalsOf, activitiesOf] = [byUser(skills), byUser(goals), byUser(activities)];
  const profileOf = new Map(profiles.map((row) => [row.user_id, row]));
  const preferencesOf = new Map(preferences.map((row) => [row.user_id, row]));
  return users.map((user) => ({
    ...user,
    profile: profileOf.get(user.id) ?? null,
    learning_preferences: preferencesOf.get(user.id) ?? null,
    skills: skillsOf.get(user.id) ?? [],
    goals: goalsOf.get(user.id) ?? [],
    activities: activitiesOf.get(user.id) ?? [],
  }));
}

type Existing = Awaited<ReturnType<typeof findExisting>>[number];

const unique = <T>(values: Iterable<T | null>) =>
  [...new Set(values)].filter((value): value is T => value !== null);
const eventKey = (source: string, eventId: string) => `${source}\u0000${eventId}`;
const goalKey = (title: string, createdAt: Date) => `${createdAt.toISOString()} ${title}`;
const activityKey = (type: string, createdAt: Date, data: unknown) =>
  `${createdAt.toISOString()} ${type} ${data === null || data === undefined ? "null" : canonical(data)}`;

export async function writeImportBatch(
  tx: Prisma.TransactionClient,
  records: readonly ImportRecord[],
  target: BatchTarget,
): Promise<BatchResult> {
  const org = target.organizationId;
  const rejected: RejectedRecord[] = [];
  const refuse = (record: ImportRecord, path: string, message: string) =>
    rejected.push({
      kind: record.kind,
      line: record.line,
      email: record.email,
      problems: [{ path, message }],
    });

  // One after the other: a transaction is one connection, which runs one query at a time.
  const emails = unique(records.map((record) => record.email));
  const externalIds = unique(records.map((record) => record.externalId));
  const found = await findExisting(tx, {
    OR: [
      { email: { in: emails } },
      ...(externalIds.length === 0
        ? []
        : [{ organization_id: org, external_id: { in: externalIds } }]),
    ],
  });
  const usernames = unique(records.map((record) => record.user?.username ?? null));
  const holders =
    usernames.length === 0
      ? []
      : await tx.user.findMany({
          where: { username: { in: usernames } },
          select: { id: true, username: true },
        });
  const eventIds = unique(records.flatMap((r) => r.learning_events.map((e) => e.event_id)));
  const recorded =
    eventIds.length === 0
      ? []
      : await tx.learningEvent.findMany({
          where: { event_id: { in: eventIds } },
          select: { source: true, event_id: true, user_id: true },
        });

  const byEmail = new Map(found.map((user) => [user.email, user]));
  const byExternalId = new Map(
    found.flatMap((user) =>
      user.organization_id === org && user.external_id !== null
        ? [[user.external_id, user] as const]
        : [],
    ),
  );
  const usernameHolder = new Map(holders.map((user) => [user.username, user.id]));
  // An event is known by (source, event_id) across the service: one recorded for another user is
  // a conflict, not a duplicate to skip silently.
  const eventOwner = new Map(recorded.map((e) => [eventKey(e.source, e.event_id), e.user_id]));

  /** Each accepted record with the user it writes to: existing, or new (created below). */
  const accepted: { record: ImportRecord; user: Existing | null; id: string }[] = [];
  const seenUsers = new Map<string, number>();
  const seenExternalIds = new Map<string, number>();
  const seenUsernames = new Map<string, number>();
  for (const record of records) {
    const byExternal = record.externalId === null ? undefined : byExternalId.get(record.externalId);
    const owner = record.email === null ? undefined : byEmail.get(record.email);
    const existing = byExternal ?? (owner?.organization_id === org ? owner : undefined);
    const foreignEvent = record.learning_events.findIndex((event) => {
      const holder = eventOwner.get(eventKey(event.source, event.event_id));
      return holder !== undefined && holder !== existing?.id;
    });
    if (record.user === null) {
      if (existing === undefined) {
        const path = record.externalId === null ? "email" : "external_id";
        refuse(record, path, "no user of the organization has it (import users.csv first)");
      } else if (foreignEvent >= 0) {
        refuse(record, "event_id", "this (source, event_id) is already recorded for another user");
      } else {
        accepted.push({ record, user: existing, id: existing.id });
      }
      continue;
    }
    const { username } = record.user;
    const userKey = existing?.id ?? record.email ?? "";
    const earlier = seenUsers.get(userKey);
    const earlierExternal =
      record.externalId === null ? undefined : seenExternalIds.get(record.externalId);
    const holder = username === null ? undefined : usernameHolder.get(username);
    const earlierUsername = username === null ? undefined : seenUsernames.get(username);
    if (owner !== undefined && owner.organization_id !== org) {
      refuse(record, "email", "e-mail already in use");
    } else if (owner !== undefined && existing !== undefined && owner.id !== existing.id) {
      refuse(record, "email", "e-mail already in use by another user of the organization");
    } else if (earlier !== undefined) {
      refuse(record, "email", `repeats the user of line ${earlier}`);
    } else if (earlierExternal !== undefined) {
      refuse(record, "external_id", `repeats the external id of line ${earlierExternal}`);
    } else if (holder !== undefined && holder !== existing?.id) {
      refuse(record, "username", "username already in use");
    } else if (earlierUsername !== undefined) {
      refuse(record, "username", `repeats the username of line ${earlierUsername}`);
    } else if (foreignEvent >= 0) {
      refuse(
        record,
        `learning_events.${foreignEvent}.event_id`,
        "this (source, event_id) is already recorded for another user",
      );
    } else {
      accepted.push({ record, user: existing ?? null, id: existing?.id ?? randomUUID() });
      seenUsers.set(userKey, record.line);
      if (record.externalId !== null) seenExternalIds.set(record.externalId, record.line);
      if (username !== null) seenUsernames.set(username, record.line);
    }
  }

  const outcomes = new Map<ImportRecord, Outcome>();
  /** A new user's row stays created; an existing user's row that changes anything is updated. */
  const changed = (record: ImportRecord, outcome: "created" | "updated") => {
    if (outcomes.get(record) === "created") return;
    outcomes.set(record, record.user === null ? outcome : "updated");
  };

  // New users, in one statement.
  const fresh = accepted.filter((entry) => entry.user === null);
  if (fresh.length > 0) {
    await bulkInsert(
      tx,
      "users",
      fresh.map(({ record, id }) => {
        const user = record.user ?? unreachable();
        return {
          id,
          organization_id: org,
          external_id: record.externalId,
          ...userFields(user),
          status: target.newUserStatus === "KEEP" ? user.status : target.newUserStatus,
        };
      }),
    );
    for (const { record } of fresh) outcomes.set(record, "created");
    if (target.sendInvitations && target.adminId !== null) {
      const batch = { ...target, inviterId: target.adminId };
      await inviteImportedUsers(
        tx,
        target.settings,
        batch,
        fresh.map(({ record, id }) => {
          const user = record.user ?? unreachable();
          return { id, email: user.email, first_name: user.first_name, role: user.role };
        }),
      );
    }
  }

  // Users referenced by skills (verifier) and activities (actor), in this organization (this
  // batch's new users included); the others may come later: import_references remembers them.
  const referenced = unique(
    accepted.flatMap(({ record }) => [
      ...record.skills.map((skill) => skill.verified_by_email),
      ...record.activities.map((activity) => activity.actor_email),
    ]),
  );
  const members =
    referenced.length === 0
      ? []
      : await tx.user.findMany({
          where: { email: { in: referenced }, organization_id: org },
          select: { id: true, email: true },
        });
  const memberIds = new Map(members.map((user) => [user.email, user.id]));
  const member: Member = (email) => (email === null ? null : (memberIds.get(email) ?? null));
  const references: Prisma.ImportReferenceCreateManyInput[] = [];
  const remember = (kind: "skill" | "activity", targetId: string, email: string | null) => {
    if (email !== null && member(email) === null) {
      references.push({ run_id: target.runId, kind, target_id: targetId, email });
    }
  };

  const profiles: BulkRow<"user_profiles">[] = [];
  const preferences: BulkRow<"learning_preferences">[] = [];
  const skills: BulkRow<"user_skills">[] = [];
  const goals: BulkRow<"user_goals">[] = [];
  const activities: BulkRow<"user_activities">[] = [];
  const relationsOf = relationState();

  for (const { record, user, id } of accepted) {
    const fields = record.user;
    if (fields !== null && user !== null) {
      if (await updateUser(tx, user, record, target)) changed(record, "updated");
    }
    if (fields?.profile != null) {
      const data = profileFields(fields.profile);
      if (user?.profile == null) {
        profiles.push({ id: randomUUID(), user_id: id, ...data });
        if (user !== null) changed(record, "updated");
      } else {
        const given = withoutAbsent(data, record.absent, "profile");
        if (differs(user.profile, given)) {
          await tx.userProfile.update({ where: { user_id: id }, data: given });
          changed(record, "updated");
        }
      }
    }
    if (fields?.learning_preferences != null) {
      const data = preferencesFields(fields.learning_preferences);
      if (user?.learning_preferences == null) {
        preferences.push({ id: randomUUID(), user_id: id, ...data });
        if (user !== null) changed(record, "updated");
      } else {
        const given = withoutAbsent(data, record.absent, "learning_preferences");
        if (differs(user.learning_preferences, given)) {
          await tx.learningPreferences.update({ where: { user_id: id }, data: given });
          changed(record, "updated");
        }
      }
    }

    const related = record.skills.length + record.goals.length + record.activities.length;
    if (related === 0) continue;
    const state = relationsOf(id, user);
    for (const skill of record.skills) {
      const data = skillFields(skill, member);
      const name = skill.skill_name.toLowerCase();
      const current = state.skills.get(name);
      // A verifier not in the organization (yet) is set after the import: not a difference now.
      const compared =
        data.verified_by === null && skill.verified_by_email !== null && current !== undefined
          ? { ...data, verified_by: current.row.verified_by ?? null }
          : data;
      if (current === undefined) {
        const row = { id: randomUUID(), user_id: id, ...data };
        skills.push(row);
        state.skills.set(name, { row, pending: true });
        remember("skill", row.id, skill.verified_by_email);
        changed(record, "created");
      } else if (differs(current.row, compared)) {
        if (current.pending) Object.assign(current.row, compared);
        else await tx.userSkill.update({ where: { id: current.row.id }, data: compared });
        remember("skill", current.row.id, skill.verified_by_email);
        changed(record, "updated");
      }
    }
    for (const goal of record.goals) {
      const data = goalFields(goal);
      const key = goalKey(data.title, data.created_at);
      const current = state.goals.get(key);
      if (current === undefined) {
        const row = { id: randomUUID(), user_id: id, ...data };
        goals.push(row);
        state.goals.set(key, { row, pending: true });
        changed(record, "created");
      } else if (differs(current.row, data)) {
        if (current.pending) Object.assign(current.row, data);
        else await tx.userGoal.update({ where: { id: current.row.id }, data });
        changed(record, "updated");
      }
    }
    for (const activity of record.activities) {
      const key = activityKey(
        activity.activity_type,
        at(activity.created_at),
        activity.activity_data,
      );
      if (state.activities.has(key)) continue;
      const row = { id: randomUUID(), user_id: id, ...activityFields(activity, member) };
      activities.push(row);
      state.activities.add(key);
      remember("activity", row.id, activity.actor_email);
      changed(record, "created");
    }
  }

  await bulkInsert(tx, "user_profiles", profiles);
  await bulkInsert(tx, "learning_preferences", preferences);
  await bulkInsert(tx, "user_skills", skills);
  await bulkInsert(tx, "user_goals", goals);
  await bulkInsert(tx, "user_activities", activities);
  if (references.length > 0) await tx.importReference.createMany({ data: references });

  // The ledger: (source, event_id) identifies an event, so adding it again adds nothing.
  const events = accepted.flatMap(({ record, id }) =>
    record.learning_events.map((event) => ({
      record,
      data: { ...eventFields(event), user_id: id, organization_id: org },
    })),
  );
  if (events.length > 0) {
    const added = await tx.learningEvent.createManyAndReturn({
      data: events.map((event) => event.data),
      skipDuplicates: true,
      select: { source: true, event_id: true, user_id: true },
    });
    const new_ = new Set(added.map((event) => eventKey(event.source, event.event_id)));
    for (const { record, data } of events) {
      if (new_.has(eventKey(data.source, data.event_id))) changed(record, "created");
    }
    // Statistics by the same derivation as live events (not the automatic goals: the file
    // carries the goals' progress as the source system had it).
    const touched = unique(added.map((event) => event.user_id)).sort();
    await refreshLearningStats(tx, touched, target.now);
  }

  // The audit trail: whom an administrator's import created or changed, by them.
  const changedUsers = new Set(
    accepted.filter(({ record }) => outcomes.has(record)).map(({ id }) => id),
  );
  if (target.adminId !== null && changedUsers.size > 0) {
    await tx.userActivity.createMany({
      data: [...changedUsers].map((user_id) => ({
        user_id,
        actor_id: user_id === target.adminId ? null : target.adminId,
        activity_type: "DATA_IMPORTED" as const,
        activity_data: { import_run_id: target.runId },
      })),
    });
  }

  return {
    outcomes: accepted.map(({ record }) => outcomes.get(record) ?? "unchanged"),
    rejected,
  };
}

function unreachable(): never {
  throw new Error("unreachable");
}

/** Brings an existing user's own fields to the file's (those it has columns for). */
async function updateUser(
  tx: Prisma.TransactionClient,
  current: Existing,
  record: ImportRecord,
  target: BatchTarget,
): Promise<boolean> {
  const user = record.user ?? unreachable();
  const fields = withoutAbsent(
    {
      ...userFields(user),
      // The status option is about new users: an existing user keeps theirs unless KEEP.
      ...(target.newUserStatus === "KEEP" ? { status: user.status } : {}),
      ...(record.externalId === null ? {} : { external_id: record.externalId }),
    },
    record.absent,
  );
  if (!differs(current, fields)) return false;
  await tx.user.update({ where: { id: current.id }, data: fields });
  return true;
}

type SkillRow = BulkRow<"user_skills"> & { id: string };
type GoalRow = BulkRow<"user_goals"> & { id: string };

/**
 * The relations of each user of the batch as the batch leaves them: what the database holds for an
 * existing user, plus the rows this batch adds (pending until their createMany), so that two rows
 * of one batch about the same skill or goal make one row.
 */
function relationState() {
  const states = new Map<
    string,
    {
      skills: Map<string, { row: SkillRow | Existing["skills"][number]; pending: boolean }>;
      goals: Map<string, { row: GoalRow | Existing["goals"][number]; pending: boolean }>;
      activities: Set<string>;
    }
  >();
  return (id: string, user: Existing | null) => {
    let state = states.get(id);
    if (state === undefined) {
      state = {
        skills: new Map(
          (user?.skills ?? []).map((row) => [
            row.skill_name.toLowerCase(),
            { row, pending: false },
          ]),
        ),
        goals: new Map(
          (user?.goals ?? []).map((row) => [
            goalKey(row.title, row.created_at),
            { row, pending: false },
          ]),
        ),
        activities: new Set(
          (user?.activities ?? []).map((row) =>
            activityKey(row.activity_type, row.created_at, row.activity_data),
          ),
        ),
      };
      states.set(id, state);
    }
    return state;
  };
}
