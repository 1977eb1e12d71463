-- CreateIndex
CREATE INDEX "users_organization_id_last_login_id_idx" ON "users"("organization_id", "last_login", "id");

-- CreateIndex
CREATE INDEX "users_created_at_id_idx" ON "users"("created_at", "id");

-- CreateIndex
CREATE INDEX "users_last_name_id_idx" ON "users"("last_name", "id");

-- CreateIndex
CREATE INDEX "users_last_login_id_idx" ON "users"("last_login", "id");
