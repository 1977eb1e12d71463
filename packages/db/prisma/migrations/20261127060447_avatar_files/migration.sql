-- CreateTable
CREATE TABLE "avatar_files" (
    "key" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "driver" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "format" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "avatar_files_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "avatar_files_user_id_idx" ON "avatar_files"("user_id");

-- AddForeignKey
ALTER TABLE "avatar_files" ADD CONSTRAINT "avatar_files_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
