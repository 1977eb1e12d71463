-- The trigram index gains the organization as a leading key (btree_gin gives uuid a GIN operator
-- class). A searched list sorted by last name or e-mail reads the term's matches through this
-- index (see searchSortedPage in packages/api): with the trigrams alone, PostgreSQL either ANDed
-- them with a bitmap of the organization's 500,000 entries (~25 ms of the 50-90 ms a common
-- surname took at 1,000,000 users) or walked the whole organization (150-180 ms, "tanaka");
-- keyed by organization, the index hands over that organization's matches only (~30 ms).
-- Searches across every organization (super admins) still read the trigram keys alone.
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- DropIndex
DROP INDEX "users_search_trgm_idx";

-- CreateIndex
CREATE INDEX "users_search_trgm_idx" ON "users" USING GIN ("organization_id" uuid_ops, "search_text" gin_trgm_ops);
