package io.allywatch.ingest.store;

import io.allywatch.contract.Article;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An article this service accepted; its id (from the normalized text) is the dedupe key. Read here
 * (GET); {@link ReceivedArticleStore} writes the rows with plain JDBC batches.
 */
@Entity
@Table(name = "received_article")
public class ReceivedArticle extends PanacheEntityBase {
    @Id
    @Column(name = "article_id")
    public String articleId;
    public String url;
    public String source;
    public String title;
    @Column(name = "published_at")
    public Instant publishedAt;
    public String lang;
    @Column(name = "body")
    public String text;
    @Column(name = "received_at")
    public Instant receivedAt;
    /** SimHash of the text, null when the text is too short to fingerprint. */
    public Long simhash;
    /** The earlier article this one repeats with small edits, if any. */
    @Column(name = "near_duplicate_of")
    public String nearDuplicateOf;

    public Article toArticle() {
        return new Article(articleId, url, source, title, publishedAt, lang, text, receivedAt);
    }
}
