-- Feeds polled by several replicas: a poll claims its feed's row first (a lease until claimed_until,
-- taken by the replica whose conditional UPDATE matched), so each due feed is fetched by one only.
ALTER TABLE feed_state ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE feed_state ADD COLUMN claimed_by VARCHAR(64);
