import {
  ActivityType,
  LearningEventType,
  ProficiencyLevel,
  UserRole,
  UserStatus,
} from "@ums/db/enums";
import { z } from "zod";

import {
  goalCurrentValue,
  goalPriority,
  goalStatus,
  goalTargetValue,
  goalType,
} from "../../schemas/goals";
import {
  calendarDate,
  countryCode,
  dateOfBirth,
  email,
  httpUrl,
  jsonValue,
  languageTag,
  personName,
  str,
  text,
  timeOfDay,
  timeZone,
  username,
  uuid,
  varkScore,
} from "../../schemas/fields";
import { learningEventInput } from "../../schemas/learning-events";
import { phoneNumber } from "../../schemas/phone-number";
import { learningPreferencesInput, profileFieldsInput } from "../../schemas/profile";
import { skillCategory, skillEvidenceType, skillName } from "../../schemas/skills";

/**
 * One line of a JSON Lines import (docs/data-migration.md), validated by the API's field rules
 * (schemas/*). Two kinds of rules:
 * - structured values are normalized as the API stores them (e-mail and username lower case,
 *   canonical language tag, upper-case country, E.164 phone number): the database holds them so,
 *   and an export writes them so;
 * - free text (names, bio, address, titles, URLs, ...) is checked by the same rule but kept exactly
 *   as given, leading and trailing spaces included: the service stores what an earlier version or
 *   another system wrote, and an export → import → export must give the same bytes.
 * Every key of the format is required (null where empty), and unknown keys are refused.
 */

/** `rule` decides whether the value is valid; the value itself is kept as given. */
const kept = (rule: z.ZodType<unknown, string>) =>
  z.string({ error: "must be a string" }).superRefine((value, ctx) => {
    const result = rule.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues)
        ctx.addIssue({ code: "custom", message: issue.message });
    }
  });

const externalId = str().min(1, "must not be empty").max(200, "must be at most 200 characters");
const instant = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" });
const bool = z.boolean({ error: "must be true or false" });
const pref = learningPreferencesInput.shape;
const prof = profileFieldsInput.shape;

export const importProfile = z.strictObject({
  avatar_url: kept(httpUrl).nullable(),
  bio: kept(text(2000)).nullable(),
  timezone: timeZone,
  language: languageTag,
  phone_number: phoneNumber.nullable(),
  date_of_birth: dateOfBirth.nullable(),
  gender: prof.gender.unwrap(),
  address_line1: kept(text(200)).nullable(),
  address_line2: kept(text(200)).nullable(),
  city: kept(text(100)).nullable(),
  state_province: kept(text(100)).nullable(),
  postal_code: kept(text(20)).nullable(),
  country: countryCode.nullable(),
  linkedin_url: kept(httpUrl).nullable(),
  twitter_url: kept(httpUrl).nullable(),
  website_url: kept(httpUrl).nullable(),
  profile_visibility: prof.profile_visibility.unwrap(),
  show_email: bool,
  show_phone: bool,
  created_at: instant,
  updated_at: instant,
});

export const importPreferences = z.strictObject({
  visual_score: varkScore,
  auditory_score: varkScore,
  reading_score: varkScore,
  kinesthetic_score: varkScore,
  preferred_content_types: pref.preferred_content_types.unwrap(),
  difficulty_preference: pref.difficulty_preference.unwrap(),
  pace_preference: pref.pace_preference.unwrap(),
  preferred_study_time: pref.preferred_study_time.unwrap(),
  daily_study_goal: pref.daily_study_goal.unwrap(),
  weekly_study_goal: pref.weekly_study_goal.unwrap(),
  reminder_enabled: bool,
  reminder_frequency: pref.reminder_frequency.unwrap(),
  reminder_time: timeOfDay.nullable(),
  font_size: pref.font_size.unwrap(),
  high_contrast: bool,
  screen_reader: bool,
  closed_captions: bool,
  created_at: instant,
  updated_at: instant,
});

export const importSkill = z.strictObject({
  skill_name: kept(skillName),
  skill_category: kept(skillCategory),
  proficiency_level: z.enum(ProficiencyLevel, { error: "must be a proficiency level" }),
  self_assessed: bool,
  verified: bool,
  verified_by_email: email.nullable(),
  verified_at: instant.nullable(),
  verification_requested_at: instant.nullable(),
  evidence_type: skillEvidenceType.nullable(),
  evidence_url: kept(httpUrl).nullable(),
  created_at: instant,
  updated_at: instant,
});

export const importGoal = z
  .strictObject({
    title: kept(text(200).min(1, "must not be empty")),
    description: kept(text(5000)).nullable(),
    goal_type: goalType,
    target_value: goalTargetValue.nullable(),
    current_value: goalCurrentValue,
    unit: kept(text(50).min(1, "must not be empty")).nullable(),
    start_date: calendarDate,
    target_date: calendarDate,
    completed_at: instant.nullable(),
    status: goalStatus,
    priority: goalPriority,
    progress_percentage: z
      .number({ error: "must be a number" })
      .min(0, "must be between 0 and 100")
      .max(100, "must be between 0 and 100"),
    last_progress_update: instant.nullable(),
    created_at: instant,
    updated_at: instant,
  })
  .superRefine((goal, ctx) => {
    if (goal.target_date < goal.start_date) {
      ctx.addIssue({
        code: "custom",
        path: ["target_date"],
        message: "must not be before start_date",
      });
    }
  });

export const importActivity = z.strictObject({
  activity_type: z.enum(ActivityType, { error: "must be an activity type" }),
  activity_data: jsonValue.nullable(),
  actor_email: email.nullable(),
  ip_address: kept(text(100)).nullable(),
  user_agent: kept(text(1000)).nullable(),
  device_type: kept(text(50)).nullable(),
  created_at: instant,
});

/** A placeholder owner for the API's event rules: the import names the user by the line. */
const placeholderUserId = "00000000-0000-4000-8000-000000000000";

export const importEvent = z
  .strictObject({
    event_id: str().min(1, "must not be empty").max(200, "must be at most 200 characters"),
    source: str().min(1, "must not be empty").max(200, "must be at most 200 characters"),
    event_type: z.enum(LearningEventType, { error: "must be one of the learning event types" }),
    occurred_at: instant,
    course_id: uuid.nullable(),
    lesson_id: uuid.nullable(),
    minutes: z.number().nullable(),
    score: z.number().nullable(),
    passed: z.boolean().nullable(),
    points: z.number().nullable(),
    payload: z.record(z.string(), jsonValue).nullable(),
  })
  .superRefine((event, ctx) => {
    // The API's per-type rules (which fields each type takes, their ranges), on the same event
    // as POST /learning-events would receive it.
    const { source: _source, ...fields } = event;
    const asSent = Object.fromEntries(
      Object.entries({ ...fields, user_id: placeholderUserId }).filter(
        ([, value]) => value !== null,
      ),
    );
    const result = learningEventInput.safeParse(asSent);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path.length === 0 ? ["event_type"] : issue.path;
        const unexpected = issue.code === "unrecognized_keys";
        ctx.addIssue({
          code: "custom",
          path: unexpected ? [] : path,
          message: unexpected
            ? `${issue.keys.join(", ")} must be null for ${event.event_type}`
            : issue.message,
        });
      }
    }
  });

/** A user's own fields, profile and preferences: a row of users.csv, the top of a JSON line. */
export const importUserFields = z.strictObject({
  email,
  external_id: externalId.nullable(),
  username: username.nullable(),
  first_name: kept(personName),
  last_name: kept(personName),
  role: z
    .enum(UserRole, { error: "must be a role" })
    .refine((role) => role !== "SUPER_ADMIN", { error: "an import cannot grant SUPER_ADMIN" }),
  status: z.enum(UserStatus, { error: "must be a status" }),
  subscription_id: uuid.nullable(),
  last_login: instant.nullable(),
  created_at: instant,
  updated_at: instant,
  profile: importProfile.nullable(),
  learning_preferences: importPreferences.nullable(),
});

export type ImportUserFields = z.infer<typeof importUserFields>;

/** One user: one line of users.jsonl. */
export const importUserLine = importUserFields.extend({
  skills: z.array(importSkill),
  goals: z.array(importGoal),
  activities: z.array(importActivity),
  learning_events: z.array(importEvent),
});

export type ImportUserLine = z.infer<typeof importUserLine>;

/**
 * Whose row it is, in the CSV files other than users.csv: the user's e-mail or their external id
 * (at least one).
 */
const rowOwner = z.object({ email: email.nullable(), external_id: externalId.nullable() });
const ownerNamed = (row: z.infer<typeof rowOwner>, ctx: z.RefinementCtx) => {
  if (row.email === null && row.external_id === null) {
    ctx.addIssue({ code: "custom", path: ["email"], message: "email or external_id is required" });
  }
};

/** A row of skills.csv, goals.csv, activities.csv, learning-events.csv. */
export const importRelationRows = {
  skills: z.object({ ...rowOwner.shape, item: importSkill }).superRefine(ownerNamed),
  goals: z.object({ ...rowOwner.shape, item: importGoal }).superRefine(ownerNamed),
  activities: z.object({ ...rowOwner.shape, item: importActivity }).superRefine(ownerNamed),
  "learning-events": z.object({ ...rowOwner.shape, item: importEvent }).superRefine(ownerNamed),
};
