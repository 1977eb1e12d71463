-- CreateEnum
CREATE TYPE "ImportFormat" AS ENUM ('JSONL', 'CSV');

-- CreateEnum
CREATE TYPE "ImportNewUserStatus" AS ENUM ('KEEP', 'ACTIVE', 'PENDING');

-- CreateEnum
CREATE TYPE "ImportRunStatus" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "external_id" TEXT;

-- CreateTable
CREATE TABLE "import_runs" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "created_by" UUID,
    "format" "ImportFormat" NOT NULL,
    "files" JSONB NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "dry_run" BOOLEAN NOT NULL DEFAULT false,
    "new_user_status" "ImportNewUserStatus" NOT NULL DEFAULT 'KEEP',
    "send_invitations" BOOLEAN NOT NULL DEFAULT false,
    "column_mapping" JSONB,
    "status" "ImportRunStatus" NOT NULL DEFAULT 'QUEUED',
    "progress" JSONB NOT NULL DEFAULT '{}',
    "error" TEXT,
    "heartbeat_at" TIMESTAMP(3),
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "import_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_file_chunks" (
    "run_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "import_file_chunks_pkey" PRIMARY KEY ("run_id","kind","seq")
);

-- CreateTable
CREATE TABLE "import_rejections" (
    "id" BIGSERIAL NOT NULL,
    "run_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "email" TEXT,
    "field" TEXT NOT NULL,
    "message" TEXT NOT NULL,

    CONSTRAINT "import_rejections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_references" (
    "id" BIGSERIAL NOT NULL,
    "run_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "target_id" UUID NOT NULL,
    "email" TEXT NOT NULL,

    CONSTRAINT "import_references_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_runs_organization_id_created_at_idx" ON "import_runs"("organization_id", "created_at");

-- CreateIndex
CREATE INDEX "import_runs_status_heartbeat_at_idx" ON "import_runs"("status", "heartbeat_at");

-- CreateIndex
CREATE INDEX "import_runs_organization_id_fingerprint_idx" ON "import_runs"("organization_id", "fingerprint");

-- CreateIndex
CREATE INDEX "import_rejections_run_id_id_idx" ON "import_rejections"("run_id", "id");

-- CreateIndex
CREATE INDEX "import_references_run_id_idx" ON "import_references"("run_id");

-- CreateIndex
CREATE INDEX "users_organization_id_email_idx" ON "users"("organization_id", "email");

-- CreateIndex
CREATE UNIQUE INDEX "users_organization_id_external_id_key" ON "users"("organization_id", "external_id");

-- AddForeignKey
ALTER TABLE "import_runs" ADD CONSTRAINT "import_runs_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_runs" ADD CONSTRAINT "import_runs_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_file_chunks" ADD CONSTRAINT "import_file_chunks_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "import_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_rejections" ADD CONSTRAINT "import_rejections_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "import_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_references" ADD CONSTRAINT "import_references_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "import_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
