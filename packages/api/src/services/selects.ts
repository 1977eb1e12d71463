import type { Prisma } from "@ums/db";

/**
 * What each kind of response may contain. Every query names its columns through one of these, so a
 * column added to a table never leaks by accident (credentials are in their own table anyway).
 */

export const userSelect = {
  id: true,
  email: true,
  username: true,
  first_name: true,
  last_name: true,
  role: true,
  organization_id: true,
  subscription_id: true,
  status: true,
  created_at: true,
  updated_at: true,
  last_login: true,
} satisfies Prisma.UserSelect;

export const profileSelect = {
  avatar_url: true,
  bio: true,
  timezone: true,
  language: true,
  phone_number: true,
  date_of_birth: true,
  gender: true,
  address_line1: true,
  address_line2: true,
  city: true,
  state_province: true,
  postal_code: true,
  country: true,
  linkedin_url: true,
  twitter_url: true,
  website_url: true,
  profile_visibility: true,
  show_email: true,
  show_phone: true,
  created_at: true,
  updated_at: true,
} satisfies Prisma.UserProfileSelect;

export const preferencesSelect = {
  visual_score: true,
  auditory_score: true,
  reading_score: true,
  kinesthetic_score: true,
  preferred_content_types: true,
  difficulty_preference: true,
  pace_preference: true,
  preferred_study_time: true,
  daily_study_goal: true,
  weekly_study_goal: true,
  reminder_enabled: true,
  reminder_frequency: true,
  reminder_time: true,
  font_size: true,
  high_contrast: true,
  screen_reader: true,
  closed_captions: true,
  created_at: true,
  updated_at: true,
} satisfies Prisma.LearningPreferencesSelect;

export const statsSelect = {
  total_courses_enrolled: true,
  courses_completed: true,
  courses_in_progress: true,
  total_learning_time: true,
  this_week_learning_time: true,
  this_month_learning_time: true,
  average_score: true,
  highest_score: true,
  total_assessments_taken: true,
  assessments_passed: true,
  login_streak: true,
  longest_login_streak: true,
  total_logins: true,
  certificates_earned: true,
  badges_earned: true,
  points_earned: true,
  last_activity: true,
  last_course_accessed: true,
  last_lesson_completed: true,
  week_start_date: true,
  month_start_date: true,
  created_at: true,
  updated_at: true,
} satisfies Prisma.LearningStatsSelect;

export const skillSelect = {
  id: true,
  skill_name: true,
  skill_category: true,
  proficiency_level: true,
  self_assessed: true,
  verified: true,
  verified_by: true,
  verified_at: true,
  verification_requested_at: true,
  evidence_type: true,
  evidence_url: true,
  created_at: true,
  updated_at: true,
} satisfies Prisma.UserSkillSelect;

export const goalSelect = {
  id: true,
  title: true,
  description: true,
  goal_type: true,
  target_value: true,
  current_value: true,
  unit: true,
  start_date: true,
  target_date: true,
  completed_at: true,
  status: true,
  priority: true,
  progress_percentage: true,
  last_progress_update: true,
  created_at: true,
  updated_at: true,
} satisfies Prisma.UserGoalSelect;

/** Invitations as admins see them: never the token hash or the temporary password hash. */
export const invitationSelect = {
  id: true,
  email: true,
  organization_id: true,
  invited_by: true,
  user_id: true,
  role: true,
  status: true,
  expires_at: true,
  accepted_at: true,
  sent_at: true,
  reminder_sent_at: true,
  reminder_count: true,
  created_at: true,
  updated_at: true,
} satisfies Prisma.UserInvitationSelect;

export const activitySelect = {
  id: true,
  user_id: true,
  actor_id: true,
  activity_type: true,
  activity_data: true,
  ip_address: true,
  user_agent: true,
  device_type: true,
  created_at: true,
} satisfies Prisma.UserActivitySelect;

export const organizationSelect = {
  id: true,
  name: true,
  slug: true,
  created_at: true,
  updated_at: true,
} satisfies Prisma.OrganizationSelect;

export const apiKeySelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  organization_id: true,
  created_by: true,
  last_used_at: true,
  expires_at: true,
  revoked_at: true,
  created_at: true,
} satisfies Prisma.ApiKeySelect;
