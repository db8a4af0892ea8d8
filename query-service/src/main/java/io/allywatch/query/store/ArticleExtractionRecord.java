package io.allywatch.query.store;

import io.allywatch.contract.ArticleExtraction;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The newest extractor version that read an article, as its extraction record said. */
@Entity
@Table(name = "article_extraction")
public class ArticleExtractionRecord extends PanacheEntityBase {
    @Id
    @Column(name = "article_id")
    public String articleId;
    @Column(name = "extractor_version")
    public String extractorVersion;
    @Column(name = "extracted_at")
    public Instant extractedAt;
    public String outcome;
    @Column(name = "mention_count")
    public int mentionCount;

    /** Takes what the extraction record says. */
    public void fill(ArticleExtraction extraction) {
        extractorVersion = extraction.extractorVersion();
        extractedAt = extraction.extractedAt();
        outcome = extraction.outcome();
        mentionCount = extraction.mentionIds().size();
    }
}
