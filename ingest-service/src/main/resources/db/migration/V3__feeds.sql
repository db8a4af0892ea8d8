-- Feeds: per feed, the validators of its last full fetch (conditional GET) and when it was polled.
CREATE TABLE feed_state (
    feed_name      VARCHAR(200)  NOT NULL PRIMARY KEY,
    url            VARCHAR(2048) NOT NULL,
    etag           VARCHAR(1024),
    last_modified  VARCHAR(256),
    last_polled_at TIMESTAMP WITH TIME ZONE,
    last_error     VARCHAR(2048)
);
-- Every feed item handled once, across restarts: a hash of (feed, guid or link) as the key, so an
-- item whose text is edited later is still not taken again. article_id is null for a rejected item.
CREATE TABLE feed_item (
    item_key   VARCHAR(64)   NOT NULL PRIMARY KEY,
    feed_name  VARCHAR(200)  NOT NULL,
    item_id    VARCHAR(2048) NOT NULL,
    article_id VARCHAR(64),
    seen_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
