-- Countries an event is about, delimited as ',PER,USA,' so one portable LIKE filters by country
-- (designation: its country; aid: donor and recipient; cooperation: the actors).
ALTER TABLE event_record ADD COLUMN countries VARCHAR(512);
UPDATE event_record SET countries = ',' || country || ',' WHERE country IS NOT NULL;

-- AID events, from their most confident mention. Rows projected before V2 get these on the next replay.
ALTER TABLE event_record ADD COLUMN donor VARCHAR(3);
ALTER TABLE event_record ADD COLUMN recipient VARCHAR(3);
ALTER TABLE event_record ADD COLUMN amount NUMERIC(24, 4);
ALTER TABLE event_record ADD COLUMN currency VARCHAR(3);
ALTER TABLE event_record ADD COLUMN amount_usd NUMERIC(24, 4);
ALTER TABLE event_record ADD COLUMN aid_year INTEGER;
ALTER TABLE event_record ADD COLUMN fiscal_year BOOLEAN;
ALTER TABLE event_record ADD COLUMN aid_status VARCHAR(16);
ALTER TABLE event_record ADD COLUMN purpose VARCHAR(24);
ALTER TABLE event_record ADD COLUMN program VARCHAR(32);
ALTER TABLE event_record ADD COLUMN attributed_to VARCHAR(512);

-- /api/events: newest first by first_seen, keyset paging on (first_seen, event_id).
CREATE INDEX event_record_newest ON event_record (first_seen, event_id);
CREATE INDEX event_record_type_newest ON event_record (event_type, first_seen, event_id);
-- /api/aid filters and summaries.
CREATE INDEX event_record_aid ON event_record (event_type, recipient, aid_year);
