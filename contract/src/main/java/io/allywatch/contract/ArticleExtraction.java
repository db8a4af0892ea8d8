package io.allywatch.contract;

import java.time.Instant;
import java.util.List;

/**
 * What one extractor version read from one article, all of it (topic {@code articles.extracted},
 * key {@code articleId}, {@code ce_type} {@code io.allywatch.extraction.v1}; added to contract v1).
 *
 * <p>An event record says what an article reports; this record also says what it no longer
 * reports. A read model that keeps, per article, only the mentions of the newest extractor version
 * that read it ({@code mentionIds}) drops the events an older version found and the newer one does
 * not, which no event record could tell it. Written once per article read, live and on re-extraction,
 * after the article's event records.
 *
 * @param mentionIds every mention this version found in the article (empty when none)
 * @param outcome    EVENTS, NO_EVENTS or UNREADABLE
 * @param reason     why there are no events, or null
 */
public record ArticleExtraction(String articleId, String extractorVersion, Instant extractedAt, String outcome, List<String> mentionIds,
                                String reason) {

    public ArticleExtraction {
        mentionIds = mentionIds == null ? List.of() : List.copyOf(mentionIds);
    }
}
