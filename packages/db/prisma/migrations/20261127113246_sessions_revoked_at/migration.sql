-- Web sessions and bearer tokens issued before this instant are refused (set on deactivation and
-- suspension), so reactivating a user does not bring their old sessions back.
-- Additive and nullable: no session of an existing user is revoked.
-- AlterTable
ALTER TABLE "users" ADD COLUMN     "sessions_revoked_at" TIMESTAMP(3);
