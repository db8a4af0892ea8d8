package io.allywatch.engine.eval;

import io.allywatch.contract.Article;
import java.util.List;

/** One annotated document of the gold set: the article as the engine sees it, and what it truly reports. */
public record GoldDocument(String doc, String lang, Article article, List<GoldEvent> events) {
}
