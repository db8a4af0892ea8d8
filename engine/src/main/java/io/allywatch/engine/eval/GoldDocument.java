package io.allywatch.engine.eval;

import io.allywatch.contract.Article;
import java.util.List;

/**
 * One annotated document: the article as the engine sees it, and what it truly reports.
 *
 * @param set   which line of the report it is scored in ({@link EvalSet})
 * @param batch the batch it arrived with (real documents), or null
 */
public record GoldDocument(String doc, String lang, Article article, List<GoldEvent> events, EvalSet set, String batch) {

    public GoldDocument(String doc, String lang, Article article, List<GoldEvent> events) {
        this(doc, lang, article, events, EvalSet.LEGACY, null);
    }
}
