-- When the owner last asked for a verification of the skill (skills.requestVerification).
-- Additive and nullable: existing skills have no pending request.
-- AlterTable
ALTER TABLE "user_skills" ADD COLUMN     "verification_requested_at" TIMESTAMP(3);
