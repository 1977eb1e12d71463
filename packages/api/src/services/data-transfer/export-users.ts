import type { Db, Prisma } from "@ums/db";

import { goalSelect, preferencesSelect, profileSelect, skillSelect } from "../selects";

/**
 * The export of an organization's users with every relation, in the interchange format of
 * docs/data-migration.md: one nested record per user, read in keyset pages so that memory holds
 * one page at a time, whatever the size of the organization.
 *
 * Database ids never leave: a user is known by e-mail, and a reference to another user (the
 * verifier of a skill, the actor of an activity) by that user's e-mail when they belong to the same
 * organization (null otherwise: an export holds no other organization's data). So an export
 * imported into another organization and exported again gives the same bytes.
 */

/** Users per page: each page costs a fixed number of queries (see `queriesPerPage`). */
export const defaultExportPageSize = 500;

/** The queries one page costs: users, profiles, preferences, skills, goals, activities, events, referenced users. */
export const queriesPerPage = 8;

const exportUserSelect = {
  id: true,
  email: true,
  external_id: true,
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

const exportSkillSelect = {
  ...skillSelect,
  id: false,
  user_id: true,
} satisfies Prisma.UserSkillSelect;
const exportGoalSelect = {
  ...goalSelect,
  id: false,
  user_id: true,
} satisfies Prisma.UserGoalSelect;

const exportActivitySelect = {
  user_id: true,
  actor_id: true,
  activity_type: true,
  activity_data: true,
  ip_address: true,
  user_agent: true,
  device_type: true,
  created_at: true,
} satisfies Prisma.UserActivitySelect;

const exportEventSelect = {
  user_id: true,
  event_id: true,
  source: true,
  event_type: true,
  occurred_at: true,
  course_id: true,
  lesson_id: true,
  minutes: true,
  score: true,
  passed: true,
  points: true,
  payload: true,
} satisfies Prisma.LearningEventSelect;

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date === null ? null : date.toISOString());
const day = (date: Date) => date.toISOString().slice(0, 10);
const dayOrNull = (date: Date | null) => (date === null ? null : day(date));

type Page = Awaited<ReturnType<typeof readPage>>;

/** One exported user: the line of a JSON Lines export, and the source of each CSV file's rows. */
export type ExportedUser = ReturnType<typeof toExportedUser>;

export interface ExportUsersOptions {
  organizationId: string;
  /** users per page (default 500) */
  pageSize?: number;
}

/**
 * The organization's users, ordered by e-mail, each with its profile, learning preferences,
 * skills, goals, activities and learning events. Statistics are not exported: they are derived
 * from the learning events, and an import recalculates them by the same rules.
 */
export async function* exportOrganizationUsers(
  db: Db,
  { organizationId, pageSize = defaultExportPageSize }: ExportUsersOptions,
): AsyncGenerator<ExportedUser> {
  let after: string | undefined;
  for (;;) {
    const page = await readPage(db, organizationId, pageSize, after);
    for (const user of page.users) yield toExportedUser(user, page);
    const last = page.users.at(-1);
    if (last === undefined || page.users.length < pageSize) return;
    after = last.email;
  }
}

/**
 * One page: the users after `after` (by e-mail, unique), then each relation of the whole page with
 * one `in` query, then the e-mails of the same-organization users those relations reference.
 */
async function readPage(db: Db, organizationId: string, pageSize: number, after?: string) {
  const users = await db.user.findMany({
    where: {
      organization_id: organizationId,
      ...(after === undefined ? {} : { email: { gt: after } }),
    },
    orderBy: { email: "asc" },
    take: pageSize,
    select: exportUserSelect,
  });
  const userIds = users.map((user) => user.id);
  const forPage = { user_id: { in: userIds } };
  const [profiles, preferences, skills, goals, activities, events] =
    userIds.length === 0
      ? [[], [], [], [], [], []]
      : await Promise.all([
          db.userProfile.findMany({ where: forPage, select: { ...profileSelect, user_id: true } }),
          db.learningPreferences.findMany({
            where: forPage,
            select: { ...preferencesSelect, user_id: true },
          }),
          db.userSkill.findMany({
            where: forPage,
            orderBy: [{ skill_name: "asc" }, { created_at: "asc" }],
            select: exportSkillSelect,
          }),
          db.userGoal.findMany({
            where: forPage,
            orderBy: [{ created_at: "asc" }, { title: "asc" }],
            select: exportGoalSelect,
          }),
          db.userActivity.findMany({
            where: forPage,
            orderBy: [{ created_at: "asc" }, { activity_type: "asc" }, { id: "asc" }],
            select: exportActivitySelect,
          }),
          db.learningEvent.findMany({
            where: forPage,
            orderBy: [{ occurred_at: "asc" }, { source: "asc" }, { event_id: "asc" }],
            select: exportEventSelect,
          }),
        ]);

  const referenced = new Set<string>();
  for (const skill of skills) if (skill.verified_by !== null) referenced.add(skill.verified_by);
  for (const activity of activities)
    if (activity.actor_id !== null) referenced.add(activity.actor_id);
  const emails =
    referenced.size === 0
      ? []
      : await db.user.findMany({
          where: { id: { in: [...referenced] }, organization_id: organizationId },
          select: { id: true, email: true },
        });

  return {
    users,
    profiles: byUser(profiles),
    preferences: byUser(preferences),
    skills: groupByUser(skills),
    goals: groupByUser(goals),
    activities: groupByUser(activities),
    events: groupByUser(events),
    emailOf: new Map(emails.map((user) => [user.id, user.email])),
  };
}

function byUser<T extends { user_id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.user_id, row]));
}

function groupByUser<T extends { user_id: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.user_id);
    if (group === undefined) groups.set(row.user_id, [row]);
    else group.push(row);
  }
  return groups;
}

function toExportedUser(user: Page["users"][number], page: Page) {
  const profile = page.profiles.get(user.id);
  const preferences = page.preferences.get(user.id);
  const emailOf = (id: string | null) => (id === null ? null : (page.emailOf.get(id) ?? null));
  return {
    email: user.email,
    external_id: user.external_id,
    username: user.username,
    first_name: user.first_name,
    last_name: user.last_name,
    role: user.role,
    status: user.status,
    subscription_id: user.subscription_id,
    last_login: isoOrNull(user.last_login),
    created_at: iso(user.created_at),
    updated_at: iso(user.updated_at),
    profile:
      profile === undefined
        ? null
        : {
            avatar_url: profile.avatar_url,
            bio: profile.bio,
            timezone: profile.timezone,
            language: profile.language,
            phone_number: profile.phone_number,
            date_of_birth: dayOrNull(profile.date_of_birth),
            gender: profile.gender,
            address_line1: profile.address_line1,
            address_line2: profile.address_line2,
            city: profile.city,
            state_province: profile.state_province,
            postal_code: profile.postal_code,
            country: profile.country,
            linkedin_url: profile.linkedin_url,
            twitter_url: profile.twitter_url,
            website_url: profile.website_url,
            profile_visibility: profile.profile_visibility,
            show_email: profile.show_email,
            show_phone: profile.show_phone,
            created_at: iso(profile.created_at),
            updated_at: iso(profile.updated_at),
          },
    learning_preferences:
      preferences === undefined
        ? null
        : {
            visual_score: preferences.visual_score,
            auditory_score: preferences.auditory_score,
            reading_score: preferences.reading_score,
            kinesthetic_score: preferences.kinesthetic_score,
            preferred_content_types: preferences.preferred_content_types,
            difficulty_preference: preferences.difficulty_preference,
            pace_preference: preferences.pace_preference,
            preferred_study_time: preferences.preferred_study_time,
            daily_study_goal: preferences.daily_study_goal,
            weekly_study_goal: preferences.weekly_study_goal,
            reminder_enabled: preferences.reminder_enabled,
            reminder_frequency: preferences.reminder_frequency,
            reminder_time: preferences.reminder_time,
            font_size: preferences.font_size,
            high_contrast: preferences.high_contrast,
            screen_reader: preferences.screen_reader,
            closed_captions: preferences.closed_captions,
            created_at: iso(preferences.created_at),
            updated_at: iso(preferences.updated_at),
          },
    skills: (page.skills.get(user.id) ?? []).map((skill) => ({
      skill_name: skill.skill_name,
      skill_category: skill.skill_category,
      proficiency_level: skill.proficiency_level,
      self_assessed: skill.self_assessed,
      verified: skill.verified,
      verified_by_email: emailOf(skill.verified_by),
      verified_at: isoOrNull(skill.verified_at),
      verification_requested_at: isoOrNull(skill.verification_requested_at),
      evidence_type: skill.evidence_type,
      evidence_url: skill.evidence_url,
      created_at: iso(skill.created_at),
      updated_at: iso(skill.updated_at),
    })),
    goals: (page.goals.get(user.id) ?? []).map((goal) => ({
      title: goal.title,
      description: goal.description,
      goal_type: goal.goal_type,
      target_value: goal.target_value,
      current_value: goal.current_value,
      unit: goal.unit,
      start_date: day(goal.start_date),
      target_date: day(goal.target_date),
      completed_at: isoOrNull(goal.completed_at),
      status: goal.status,
      priority: goal.priority,
      progress_percentage: goal.progress_percentage,
      last_progress_update: isoOrNull(goal.last_progress_update),
      created_at: iso(goal.created_at),
      updated_at: iso(goal.updated_at),
    })),
    activities: (page.activities.get(user.id) ?? []).map((activity) => ({
      activity_type: activity.activity_type,
      activity_data: activity.activity_data,
      actor_email: emailOf(activity.actor_id),
      ip_address: activity.ip_address,
      user_agent: activity.user_agent,
      device_type: activity.device_type,
      created_at: iso(activity.created_at),
    })),
    learning_events: (page.events.get(user.id) ?? []).map((event) => ({
      event_id: event.event_id,
      source: event.source,
      event_type: event.event_type,
      occurred_at: iso(event.occurred_at),
      course_id: event.course_id,
      lesson_id: event.lesson_id,
      minutes: event.minutes,
      score: event.score,
      passed: event.passed,
      points: event.points,
      payload: event.payload,
    })),
  };
}

/** The organization named by id or slug, or null. */
export async function findExportOrganization(db: Db, idOrSlug: string) {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
  return db.organization.findFirst({
    where: isUuid ? { OR: [{ id: idOrSlug }, { slug: idOrSlug }] } : { slug: idOrSlug },
    select: { id: true, name: true, slug: true },
  });
}
