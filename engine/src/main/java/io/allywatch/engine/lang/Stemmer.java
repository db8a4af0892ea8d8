package io.allywatch.engine.lang;

import java.util.Locale;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The Snowball stemmer of a language (Lucene's {@code org.tartarus.snowball}): "designó",
 * "designará" and "designado" all stem to "design". A Snowball stemmer keeps state, so each thread
 * has its own; this class is thread-safe.
 */
public final class Stemmer {
    private final ThreadLocal<SnowballStemmer> stemmer;

    private Stemmer(Supplier<SnowballStemmer> factory) {
        this.stemmer = ThreadLocal.withInitial(factory);
    }

    /** For en, fr, es, pt, de; English for any other. */
    public static Stemmer forLanguage(String lang) {
        return new Stemmer(PerLanguage.<Supplier<SnowballStemmer>>pick(lang, EnglishStemmer::new, FrenchStemmer::new,
                SpanishStemmer::new, PortugueseStemmer::new, GermanStemmer::new));
    }

    /** The stem of one word, lower-cased first. */
    public String stem(String word) {
        SnowballStemmer s = stemmer.get();
        s.setCurrent(word.toLowerCase(Locale.ROOT));
        s.stem();
        return s.getCurrent();
    }
}
