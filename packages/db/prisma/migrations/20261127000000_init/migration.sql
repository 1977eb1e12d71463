-- CreateEnum
CREATE TYPE "user_role" AS ENUM ('SUPER_ADMIN', 'ORG_ADMIN', 'INSTRUCTOR', 'LEARNER');

-- CreateEnum
CREATE TYPE "user_status" AS ENUM ('ACTIVE', 'INACTIVE', 'SUSPENDED', 'PENDING');

-- CreateEnum
CREATE TYPE "gender" AS ENUM ('MALE', 'FEMALE', 'OTHER', 'PREFER_NOT_TO_SAY');

-- CreateEnum
CREATE TYPE "profile_visibility" AS ENUM ('PUBLIC', 'ORGANIZATION', 'PRIVATE');

-- CreateEnum
CREATE TYPE "difficulty_level" AS ENUM ('BEGINNER', 'INTERMEDIATE', 'ADVANCED', 'EXPERT');

-- CreateEnum
CREATE TYPE "pace_preference" AS ENUM ('SLOW', 'MODERATE', 'FAST', 'SELF_PACED');

-- CreateEnum
CREATE TYPE "reminder_frequency" AS ENUM ('DAILY', 'WEEKLY', 'MONTHLY', 'NEVER');

-- CreateEnum
CREATE TYPE "font_size" AS ENUM ('SMALL', 'MEDIUM', 'LARGE', 'EXTRA_LARGE');

-- CreateEnum
CREATE TYPE "invitation_status" AS ENUM ('PENDING', 'ACCEPTED', 'EXPIRED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "proficiency_level" AS ENUM ('NOVICE', 'BEGINNER', 'INTERMEDIATE', 'ADVANCED', 'EXPERT');

-- CreateEnum
CREATE TYPE "goal_type" AS ENUM ('LEARNING_TIME', 'COURSE_COMPLETION', 'SKILL_DEVELOPMENT', 'CERTIFICATION', 'ASSESSMENT_SCORE', 'CUSTOM');

-- CreateEnum
CREATE TYPE "goal_status" AS ENUM ('ACTIVE', 'COMPLETED', 'PAUSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "priority" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "activity_type" AS ENUM ('PROFILE_UPDATED', 'PREFERENCES_CHANGED', 'GOAL_CREATED', 'GOAL_UPDATED', 'SKILL_ADDED', 'SKILL_VERIFIED', 'AVATAR_UPLOADED', 'PASSWORD_CHANGED', 'EMAIL_CHANGED', 'GOAL_DELETED', 'SKILL_UPDATED', 'SKILL_REMOVED', 'AVATAR_REMOVED', 'SIGNED_IN', 'PASSWORD_RESET_REQUESTED', 'PASSWORD_RESET', 'USER_CREATED', 'USER_UPDATED', 'USER_DEACTIVATED', 'USER_REACTIVATED', 'ROLE_CHANGED', 'INVITATION_SENT', 'INVITATION_RESENT', 'INVITATION_REMINDED', 'INVITATION_ACCEPTED', 'INVITATION_REVOKED', 'INVITATION_EXPIRED', 'API_KEY_CREATED', 'API_KEY_REVOKED', 'DATA_IMPORTED');

-- CreateEnum
CREATE TYPE "learning_event_type" AS ENUM ('COURSE_ENROLLED', 'COURSE_IN_PROGRESS', 'COURSE_COMPLETED', 'LESSON_COMPLETED', 'LEARNING_TIME', 'ASSESSMENT_COMPLETED', 'CERTIFICATE_EARNED', 'BADGE_EARNED', 'POINTS_EARNED', 'LOGIN');

-- CreateTable
CREATE TABLE "organizations" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "username" TEXT,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "role" "user_role" NOT NULL DEFAULT 'LEARNER',
    "organization_id" UUID NOT NULL,
    "subscription_id" UUID,
    "status" "user_status" NOT NULL DEFAULT 'ACTIVE',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "last_login" TIMESTAMP(3),

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_profiles" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "avatar_url" TEXT,
    "bio" TEXT,
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "language" TEXT NOT NULL DEFAULT 'en',
    "phone_number" TEXT,
    "date_of_birth" DATE,
    "gender" "gender",
    "address_line1" TEXT,
    "address_line2" TEXT,
    "city" TEXT,
    "state_province" TEXT,
    "postal_code" TEXT,
    "country" TEXT,
    "linkedin_url" TEXT,
    "twitter_url" TEXT,
    "website_url" TEXT,
    "profile_visibility" "profile_visibility" NOT NULL DEFAULT 'ORGANIZATION',
    "show_email" BOOLEAN NOT NULL DEFAULT false,
    "show_phone" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_profiles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "learning_preferences" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "visual_score" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "auditory_score" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "reading_score" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "kinesthetic_score" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "preferred_content_types" TEXT[],
    "difficulty_preference" "difficulty_level" NOT NULL DEFAULT 'INTERMEDIATE',
    "pace_preference" "pace_preference" NOT NULL DEFAULT 'MODERATE',
    "preferred_study_time" TEXT,
    "daily_study_goal" INTEGER,
    "weekly_study_goal" INTEGER,
    "reminder_enabled" BOOLEAN NOT NULL DEFAULT true,
    "reminder_frequency" "reminder_frequency" NOT NULL DEFAULT 'DAILY',
    "reminder_time" TEXT,
    "font_size" "font_size" NOT NULL DEFAULT 'MEDIUM',
    "high_contrast" BOOLEAN NOT NULL DEFAULT false,
    "screen_reader" BOOLEAN NOT NULL DEFAULT false,
    "closed_captions" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "learning_preferences_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "learning_stats" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "total_courses_enrolled" INTEGER NOT NULL DEFAULT 0,
    "courses_completed" INTEGER NOT NULL DEFAULT 0,
    "courses_in_progress" INTEGER NOT NULL DEFAULT 0,
    "total_learning_time" INTEGER NOT NULL DEFAULT 0,
    "this_week_learning_time" INTEGER NOT NULL DEFAULT 0,
    "this_month_learning_time" INTEGER NOT NULL DEFAULT 0,
    "average_score" DOUBLE PRECISION,
    "highest_score" DOUBLE PRECISION,
    "total_assessments_taken" INTEGER NOT NULL DEFAULT 0,
    "assessments_passed" INTEGER NOT NULL DEFAULT 0,
    "login_streak" INTEGER NOT NULL DEFAULT 0,
    "longest_login_streak" INTEGER NOT NULL DEFAULT 0,
    "total_logins" INTEGER NOT NULL DEFAULT 0,
    "certificates_earned" INTEGER NOT NULL DEFAULT 0,
    "badges_earned" INTEGER NOT NULL DEFAULT 0,
    "points_earned" INTEGER NOT NULL DEFAULT 0,
    "last_activity" TIMESTAMP(3),
    "last_course_accessed" UUID,
    "last_lesson_completed" UUID,
    "week_start_date" DATE,
    "month_start_date" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "learning_stats_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_invitations" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "organization_id" UUID NOT NULL,
    "invited_by" UUID NOT NULL,
    "role" "user_role" NOT NULL DEFAULT 'LEARNER',
    "temporary_password" TEXT,
    "invitation_token" TEXT NOT NULL,
    "status" "invitation_status" NOT NULL DEFAULT 'PENDING',
    "expires_at" TIMESTAMP(3) NOT NULL,
    "accepted_at" TIMESTAMP(3),
    "sent_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reminder_sent_at" TIMESTAMP(3),
    "reminder_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "user_id" UUID,

    CONSTRAINT "user_invitations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_skills" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "skill_name" TEXT NOT NULL,
    "skill_category" TEXT NOT NULL,
    "proficiency_level" "proficiency_level" NOT NULL,
    "self_assessed" BOOLEAN NOT NULL DEFAULT true,
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "verified_by" UUID,
    "verified_at" TIMESTAMP(3),
    "evidence_type" TEXT,
    "evidence_url" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_skills_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_goals" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "goal_type" "goal_type" NOT NULL,
    "target_value" DOUBLE PRECISION,
    "current_value" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "unit" TEXT,
    "start_date" DATE NOT NULL,
    "target_date" DATE NOT NULL,
    "completed_at" TIMESTAMP(3),
    "status" "goal_status" NOT NULL DEFAULT 'ACTIVE',
    "priority" "priority" NOT NULL DEFAULT 'MEDIUM',
    "progress_percentage" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "last_progress_update" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_goals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_activities" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "activity_type" "activity_type" NOT NULL,
    "activity_data" JSONB,
    "ip_address" TEXT,
    "user_agent" TEXT,
    "device_type" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,

    CONSTRAINT "user_activities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_credentials" (
    "user_id" UUID NOT NULL,
    "password_hash" TEXT NOT NULL,
    "must_change_password" BOOLEAN NOT NULL DEFAULT false,
    "password_changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "failed_attempts" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_credentials_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "learning_events" (
    "id" UUID NOT NULL,
    "event_id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "event_type" "learning_event_type" NOT NULL,
    "occurred_at" TIMESTAMP(3) NOT NULL,
    "course_id" UUID,
    "lesson_id" UUID,
    "minutes" INTEGER,
    "score" DOUBLE PRECISION,
    "passed" BOOLEAN,
    "points" INTEGER,
    "payload" JSONB,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "learning_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_keys" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "scopes" TEXT[],
    "organization_id" UUID,
    "created_by" UUID,
    "last_used_at" TIMESTAMP(3),
    "expires_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organizations_slug_key" ON "organizations"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "users_username_key" ON "users"("username");

-- CreateIndex
CREATE INDEX "users_organization_id_idx" ON "users"("organization_id");

-- CreateIndex
CREATE INDEX "users_role_idx" ON "users"("role");

-- CreateIndex
CREATE INDEX "users_status_idx" ON "users"("status");

-- CreateIndex
CREATE INDEX "users_email_idx" ON "users"("email");

-- CreateIndex
CREATE INDEX "users_organization_id_created_at_id_idx" ON "users"("organization_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "users_organization_id_status_role_idx" ON "users"("organization_id", "status", "role");

-- CreateIndex
CREATE INDEX "users_organization_id_last_name_id_idx" ON "users"("organization_id", "last_name", "id");

-- CreateIndex
CREATE UNIQUE INDEX "user_profiles_user_id_key" ON "user_profiles"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "learning_preferences_user_id_key" ON "learning_preferences"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "learning_stats_user_id_key" ON "learning_stats"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "user_invitations_invitation_token_key" ON "user_invitations"("invitation_token");

-- CreateIndex
CREATE INDEX "user_invitations_organization_id_idx" ON "user_invitations"("organization_id");

-- CreateIndex
CREATE INDEX "user_invitations_email_idx" ON "user_invitations"("email");

-- CreateIndex
CREATE INDEX "user_invitations_status_idx" ON "user_invitations"("status");

-- CreateIndex
CREATE INDEX "user_invitations_expires_at_idx" ON "user_invitations"("expires_at");

-- CreateIndex
CREATE INDEX "user_invitations_user_id_idx" ON "user_invitations"("user_id");

-- CreateIndex
CREATE INDEX "user_skills_user_id_idx" ON "user_skills"("user_id");

-- CreateIndex
CREATE INDEX "user_skills_skill_category_idx" ON "user_skills"("skill_category");

-- CreateIndex
CREATE UNIQUE INDEX "user_skills_user_id_skill_name_key" ON "user_skills"("user_id", "skill_name");

-- CreateIndex
CREATE INDEX "user_goals_user_id_idx" ON "user_goals"("user_id");

-- CreateIndex
CREATE INDEX "user_goals_status_idx" ON "user_goals"("status");

-- CreateIndex
CREATE INDEX "user_goals_target_date_idx" ON "user_goals"("target_date");

-- CreateIndex
CREATE INDEX "user_activities_user_id_idx" ON "user_activities"("user_id");

-- CreateIndex
CREATE INDEX "user_activities_activity_type_idx" ON "user_activities"("activity_type");

-- CreateIndex
CREATE INDEX "user_activities_created_at_idx" ON "user_activities"("created_at");

-- CreateIndex
CREATE INDEX "user_activities_user_id_created_at_idx" ON "user_activities"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "user_activities_actor_id_idx" ON "user_activities"("actor_id");

-- CreateIndex
CREATE INDEX "learning_events_user_id_occurred_at_idx" ON "learning_events"("user_id", "occurred_at");

-- CreateIndex
CREATE INDEX "learning_events_organization_id_occurred_at_idx" ON "learning_events"("organization_id", "occurred_at");

-- CreateIndex
CREATE UNIQUE INDEX "learning_events_source_event_id_key" ON "learning_events"("source", "event_id");

-- CreateIndex
CREATE UNIQUE INDEX "api_keys_prefix_key" ON "api_keys"("prefix");

-- CreateIndex
CREATE UNIQUE INDEX "api_keys_key_hash_key" ON "api_keys"("key_hash");

-- CreateIndex
CREATE INDEX "api_keys_organization_id_idx" ON "api_keys"("organization_id");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_profiles" ADD CONSTRAINT "user_profiles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "learning_preferences" ADD CONSTRAINT "learning_preferences_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "learning_stats" ADD CONSTRAINT "learning_stats_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_invitations" ADD CONSTRAINT "user_invitations_invited_by_fkey" FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_invitations" ADD CONSTRAINT "user_invitations_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_invitations" ADD CONSTRAINT "user_invitations_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_skills" ADD CONSTRAINT "user_skills_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_skills" ADD CONSTRAINT "user_skills_verified_by_fkey" FOREIGN KEY ("verified_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_goals" ADD CONSTRAINT "user_goals_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_activities" ADD CONSTRAINT "user_activities_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_activities" ADD CONSTRAINT "user_activities_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_credentials" ADD CONSTRAINT "user_credentials_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "learning_events" ADD CONSTRAINT "learning_events_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- What Prisma's schema language cannot express (see the header of schema.prisma).
-- The schema engine leaves expression and partial indexes it did not create alone when diffing.

-- Trigram search over name, e-mail and username for the admin user list:
-- `WHERE <the same expression> LIKE '%term%'` is answered from this index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "users_search_trgm_idx" ON "users" USING GIN (
    lower("first_name" || ' ' || "last_name" || ' ' || "email" || ' ' || coalesce("username", '')) gin_trgm_ops
);

-- At most one PENDING invitation per organization and e-mail; accepted, expired and cancelled ones may pile up.
CREATE UNIQUE INDEX "user_invitations_one_pending_per_org_email_key"
    ON "user_invitations" ("organization_id", lower("email"))
    WHERE "status" = 'PENDING';
