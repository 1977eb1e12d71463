-- The planner's estimate of how many users a search term matches comes from the statistics of
-- the trigram index's expression. At the default target (100 histogram entries) any term rarer
-- than about 1% is guessed at 0.01% of the table, so a common surname ("smith": 6,400 of the
-- largest organization's 500,000 users) was read through the trigram index and all its matches
-- sorted (150 ms), where walking the organization's (created_at, id) index and stopping at the
-- page size takes 10 ms. A 1,000-entry histogram tells common terms from rare ones.
ALTER INDEX "users_search_trgm_idx" ALTER COLUMN 1 SET STATISTICS 1000;
ANALYZE "users";
