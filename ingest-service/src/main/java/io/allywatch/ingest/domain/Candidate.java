package io.allywatch.ingest.domain;

import io.allywatch.contract.Article;
import java.util.OptionalLong;

/** An article ready to store: language filled in where it could be, fingerprint if long enough. */
record Candidate(Article article, OptionalLong fingerprint) {
    String id() {
        return article.articleId();
    }
}
