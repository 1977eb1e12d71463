-- The admin search matched `lower(first_name || ' ' || last_name || ' ' || email || ' ' ||
-- coalesce(username, ''))`, an expression PostgreSQL computed for every row it examined: a
-- common surname in an organization of 500,000 walks ~2,000 rows of the organization's
-- (created_at, id) index to fill a page, and the expression was most of that time. Stored once
-- per write instead, the search reads it. Adding the column rewrites the table (about 15 s per
-- million users, under an exclusive lock).
ALTER TABLE "users" ADD COLUMN "search_text" TEXT NOT NULL
    GENERATED ALWAYS AS (
        lower("first_name" || ' ' || "last_name" || ' ' || "email" || ' ' || coalesce("username", ''))
    ) STORED;

-- The trigram index now reads the column (same name, same answers).
DROP INDEX "users_search_trgm_idx";
CREATE INDEX "users_search_trgm_idx" ON "users" USING GIN ("search_text" gin_trgm_ops);

-- A 1,000-entry histogram, as the expression's had (20261127173000_users_search_statistics):
-- at the default 100 entries any term rarer than ~1% is guessed at 0.01%, and common surnames
-- are read through the trigram index and sorted instead of walked in page order.
ALTER TABLE "users" ALTER COLUMN "search_text" SET STATISTICS 1000;
ANALYZE "users";
