import {
  ActivityType,
  DifficultyLevel,
  FontSize,
  Gender,
  GoalStatus,
  GoalType,
  InvitationStatus,
  PacePreference,
  Priority,
  ProficiencyLevel,
  ProfileVisibility,
  ReminderFrequency,
  UserRole,
  UserStatus,
} from "@ums/db/enums";
import { z } from "zod";

import { apiKeyScopes } from "./api-key-scopes";

/**
 * The response shapes of the service's records, one per `select` of services/selects.ts. Every
 * procedure declares its output with these (tRPC checks the service's result against them and
 * strips anything else), and the REST reference is generated from them, so the document and the
 * server cannot drift apart. Client-safe: the web app infers its types from them.
 *
 * Dates leave as strings, the way JSON carries them to every client: instants as ISO 8601
 * date-times in UTC, calendar dates (`@db.Date` columns) as YYYY-MM-DD.
 */

/** An instant: a Date on the way in, an ISO 8601 date-time string on the way out. */
export const instant = z
  .date()
  .transform((date) => date.toISOString())
  .pipe(z.iso.datetime())
  .meta({ example: "2026-11-27T09:30:00.000Z" });

/** A calendar date column: a Date at midnight UTC on the way in, YYYY-MM-DD on the way out. */
export const calendarDay = z
  .date()
  .transform((date) => date.toISOString().slice(0, 10))
  .pipe(z.iso.date())
  .meta({ example: "2026-11-27" });

/**
 * An e-mail address as stored. Input is checked strictly; output is not re-checked, so an address
 * imported under older rules can still be read (and corrected) instead of failing the response.
 */
export const emailAddress = z.string().meta({ format: "email", example: "ada@example.com" });

const id = z.uuid().meta({ example: "0f8fad5b-d9cb-469f-a165-70867728950e" });

export const userRecord = z
  .object({
    id,
    email: emailAddress,
    username: z.string().nullable().meta({ example: "ada" }),
    first_name: z.string().meta({ example: "Ada" }),
    last_name: z.string().meta({ example: "Lovelace" }),
    role: z.enum(UserRole),
    organization_id: z.uuid(),
    subscription_id: z.uuid().nullable(),
    status: z.enum(UserStatus),
    created_at: instant,
    updated_at: instant,
    last_login: instant.nullable(),
  })
  .meta({ id: "User" });

export const profileRecord = z
  .object({
    avatar_url: z.string().nullable(),
    bio: z.string().nullable(),
    timezone: z.string().meta({ example: "Europe/London" }),
    language: z.string().meta({ example: "en-GB" }),
    phone_number: z.string().nullable().meta({ example: "+442079460123" }),
    date_of_birth: calendarDay.nullable(),
    gender: z.enum(Gender).nullable(),
    address_line1: z.string().nullable(),
    address_line2: z.string().nullable(),
    city: z.string().nullable(),
    state_province: z.string().nullable(),
    postal_code: z.string().nullable(),
    country: z.string().nullable().meta({ example: "GB" }),
    linkedin_url: z.string().nullable(),
    twitter_url: z.string().nullable(),
    website_url: z.string().nullable(),
    profile_visibility: z.enum(ProfileVisibility),
    show_email: z.boolean(),
    show_phone: z.boolean(),
    created_at: instant,
    updated_at: instant,
  })
  .meta({ id: "UserProfile" });

export const preferencesRecord = z
  .object({
    visual_score: z.number(),
    auditory_score: z.number(),
    reading_score: z.number(),
    kinesthetic_score: z.number(),
    preferred_content_types: z.array(z.string()),
    difficulty_preference: z.enum(DifficultyLevel),
    pace_preference: z.enum(PacePreference),
    preferred_study_time: z.string().nullable(),
    daily_study_goal: z.int().nullable().meta({ description: "minutes" }),
    weekly_study_goal: z.int().nullable().meta({ description: "minutes" }),
    reminder_enabled: z.boolean(),
    reminder_frequency: z.enum(ReminderFrequency),
    reminder_time: z.string().nullable().meta({ example: "09:00" }),
    font_size: z.enum(FontSize),
    high_contrast: z.boolean(),
    screen_reader: z.boolean(),
    closed_captions: z.boolean(),
    created_at: instant,
    updated_at: instant,
  })
  .meta({ id: "LearningPreferences" });

export const statsRecord = z
  .object({
    total_courses_enrolled: z.int(),
    courses_completed: z.int(),
    courses_in_progress: z.int(),
    total_learning_time: z.int().meta({ description: "minutes" }),
    this_week_learning_time: z.int().meta({ description: "minutes" }),
    this_month_learning_time: z.int().meta({ description: "minutes" }),
    average_score: z.number().nullable(),
    highest_score: z.number().nullable(),
    total_assessments_taken: z.int(),
    assessments_passed: z.int(),
    login_streak: z.int(),
    longest_login_streak: z.int(),
    total_logins: z.int(),
    certificates_earned: z.int(),
    badges_earned: z.int(),
    points_earned: z.int(),
    last_activity: instant.nullable(),
    last_course_accessed: z.uuid().nullable(),
    last_lesson_completed: z.uuid().nullable(),
    week_start_date: calendarDay.nullable(),
    month_start_date: calendarDay.nullable(),
    created_at: instant,
    updated_at: instant,
  })
  .meta({ id: "LearningStats" });

export const skillRecord = z
  .object({
    id,
    skill_name: z.string().meta({ example: "TypeScript" }),
    skill_category: z.string().meta({ example: "Programming" }),
    proficiency_level: z.enum(ProficiencyLevel),
    self_assessed: z.boolean(),
    verified: z.boolean(),
    verified_by: z.uuid().nullable(),
    verified_at: instant.nullable(),
    verification_requested_at: instant.nullable().meta({
      description:
        "when the owner last asked the instructors and admins of their organization to verify the skill; null when no request is pending (a verification, or a change of name or level, answers it)",
    }),
    evidence_type: z.string().nullable(),
    evidence_url: z.string().nullable(),
    created_at: instant,
    updated_at: instant,
  })
  .meta({ id: "UserSkill" });

export const goalRecord = z
  .object({
    id,
    title: z.string().meta({ example: "Finish the SQL course" }),
    description: z.string().nullable(),
    goal_type: z.enum(GoalType),
    target_value: z.number().nullable(),
    current_value: z.number(),
    unit: z.string().nullable(),
    start_date: calendarDay,
    target_date: calendarDay,
    completed_at: instant.nullable(),
    status: z.enum(GoalStatus),
    priority: z.enum(Priority),
    progress_percentage: z.number(),
    last_progress_update: instant.nullable(),
    created_at: instant,
    updated_at: instant,
  })
  .meta({ id: "UserGoal" });

/** Never the token hash or the temporary password hash. */
export const invitationRecord = z
  .object({
    id,
    email: emailAddress,
    organization_id: z.uuid(),
    invited_by: z.uuid(),
    user_id: z.uuid().nullable(),
    role: z.enum(UserRole),
    status: z.enum(InvitationStatus),
    expires_at: instant,
    accepted_at: instant.nullable(),
    sent_at: instant,
    reminder_sent_at: instant.nullable(),
    reminder_count: z.int(),
    created_at: instant,
    updated_at: instant,
  })
  .meta({ id: "UserInvitation" });

export const activityRecord = z
  .object({
    id,
    user_id: z.uuid(),
    actor_id: z.uuid().nullable().meta({ description: "who did it; null when the user did" }),
    activity_type: z.enum(ActivityType),
    activity_data: z.unknown().meta({ description: "details of the activity (JSON)" }),
    ip_address: z.string().nullable(),
    user_agent: z.string().nullable(),
    device_type: z.string().nullable(),
    created_at: instant,
  })
  .meta({ id: "UserActivity" });

export const organizationRecord = z
  .object({
    id,
    name: z.string().meta({ example: "Acme Learning" }),
    slug: z.string().meta({ example: "acme-learning" }),
    created_at: instant,
    updated_at: instant,
  })
  .meta({ id: "Organization" });

/** Never the key or its hash: only the prefix that identifies it. */
export const apiKeyRecord = z
  .object({
    id,
    name: z.string(),
    prefix: z.string().meta({ example: "ums_3fa4c2e3" }),
    scopes: z.array(z.enum(apiKeyScopes)),
    organization_id: z.uuid().nullable(),
    created_by: z.uuid().nullable(),
    last_used_at: instant.nullable(),
    expires_at: instant.nullable(),
    revoked_at: instant.nullable(),
    created_at: instant,
  })
  .meta({ id: "ApiKey" });
