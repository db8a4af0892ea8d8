-- Per article, the newest extractor version that read it (articles.extracted): mentions an older
-- version found and that version does not are deleted; older mentions arriving later are ignored.
CREATE TABLE article_extraction (
    article_id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    extractor_version VARCHAR(32)  NOT NULL,
    extracted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome           VARCHAR(16)  NOT NULL,
    mention_count     INTEGER      NOT NULL
);
CREATE INDEX event_mention_article ON event_mention (article_id);

-- AID, contract v1.1: scope, the total a part belongs to, and amounts summed over years.
ALTER TABLE event_record ADD COLUMN aid_scope VARCHAR(24);
ALTER TABLE event_record ADD COLUMN part_of VARCHAR(64);
ALTER TABLE event_record ADD COLUMN cumulative BOOLEAN;
ALTER TABLE event_record ADD COLUMN since_year INTEGER;
