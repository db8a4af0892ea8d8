-- The outbox mark: set once Kafka has the article's record. A row left unmarked by a crash between
-- the commit and Kafka's ack is published again (domain.Outbox). Rows from before
-- this column were acknowledged under the old rule: taken as published.
ALTER TABLE received_article ADD COLUMN published BOOLEAN DEFAULT TRUE NOT NULL;
