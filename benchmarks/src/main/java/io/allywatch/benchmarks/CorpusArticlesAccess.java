package io.allywatch.benchmarks;

import io.allywatch.contract.Article;
import java.nio.file.Path;
import java.util.List;

/** The corpus loader for the benchmarks of other packages (the peer's). */
public final class CorpusArticlesAccess {
    private CorpusArticlesAccess() {
    }

    /** The corpus's English articles, their language declared. */
    public static List<Article> english(Path corpus) {
        return CorpusArticles.load(corpus, true).stream().filter(a -> "en".equals(a.lang())).toList();
    }

    public static long utf8Bytes(List<Article> articles) {
        return CorpusArticles.utf8Bytes(articles);
    }
}
