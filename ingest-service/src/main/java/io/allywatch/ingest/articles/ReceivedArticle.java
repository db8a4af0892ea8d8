package io.allywatch.ingest.articles;

import io.allywatch.contract.Article;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An article this service accepted; its id (from the normalized text) is the dedupe key. */
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

    static ReceivedArticle of(Article a, Long simhash, String nearDuplicateOf) {
        ReceivedArticle r = new ReceivedArticle();
        r.articleId = a.articleId();
        r.url = a.url();
        r.source = a.source();
        r.title = a.title();
        r.publishedAt = a.publishedAt();
        r.lang = a.lang();
        r.text = a.text();
        r.receivedAt = a.receivedAt();
        r.simhash = simhash;
        r.nearDuplicateOf = nearDuplicateOf;
        return r;
    }

    Article toArticle() {
        return new Article(articleId, url, source, title, publishedAt, lang, text, receivedAt);
    }
}
