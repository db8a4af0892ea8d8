-- One row per real-world event (eventId), rebuilt from its mentions on every change.
CREATE TABLE event_record (
    event_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
    event_type     VARCHAR(16)  NOT NULL,
    country        VARCHAR(3),
    stage          VARCHAR(16),
    event_date     VARCHAR(10),
    historical     BOOLEAN      NOT NULL,
    confidence     DOUBLE PRECISION NOT NULL,
    mention_count  INTEGER      NOT NULL,
    source_count   INTEGER      NOT NULL,
    first_seen     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen      TIMESTAMP WITH TIME ZONE NOT NULL,
    payload        VARCHAR(20000) NOT NULL
);
CREATE INDEX event_record_type_country ON event_record (event_type, country);

-- One row per mention (event, article): the evidence. mention_id as key makes redelivery a no-op.
CREATE TABLE event_mention (
    mention_id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    event_id          VARCHAR(64)  NOT NULL,
    article_id        VARCHAR(64)  NOT NULL,
    published_at      TIMESTAMP WITH TIME ZONE,
    extracted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    extractor_version VARCHAR(32)  NOT NULL,
    confidence        DOUBLE PRECISION NOT NULL,
    event_date        VARCHAR(10),
    historical        BOOLEAN      NOT NULL,
    evidence_text     VARCHAR(8000) NOT NULL,
    evidence_start    INTEGER      NOT NULL,
    evidence_end      INTEGER      NOT NULL,
    evidence_lang     VARCHAR(8)   NOT NULL,
    payload           VARCHAR(20000) NOT NULL
);
CREATE INDEX event_mention_event ON event_mention (event_id);
