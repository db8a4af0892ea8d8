-- Near-duplicates: each article's SimHash (reloaded into memory at start) and the id it repeats.
ALTER TABLE received_article ADD COLUMN simhash BIGINT;
ALTER TABLE received_article ADD COLUMN near_duplicate_of VARCHAR(64);
