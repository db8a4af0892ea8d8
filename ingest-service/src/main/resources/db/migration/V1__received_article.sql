-- Every article accepted once: the row is the dedupe key and the answer to GET /api/articles/{id}.
CREATE TABLE received_article (
    article_id   VARCHAR(64)       NOT NULL PRIMARY KEY,
    url          VARCHAR(2048),
    source       VARCHAR(512),
    title        VARCHAR(2048),
    published_at TIMESTAMP WITH TIME ZONE,
    lang         VARCHAR(16),
    body         VARCHAR(10000000) NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
