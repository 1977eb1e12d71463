-- A person has a skill once, whatever its letter case ("TypeScript" and "typescript" are the same
-- skill). Prisma cannot express an index on lower(); the exact-name unique key stays as the
-- specification has it. See the header of schema.prisma.
CREATE UNIQUE INDEX "user_skills_user_id_lower_skill_name_key"
    ON "user_skills" ("user_id", lower("skill_name"));
