package io.allywatch.engine;

import io.allywatch.contract.AidEvent;
import io.allywatch.contract.Article;
import io.allywatch.contract.ArticleIds;
import io.allywatch.contract.AidEvent.AidScope;
import io.allywatch.contract.CooperationEvent;
import io.allywatch.contract.DesignationEvent;
import io.allywatch.contract.Event;
import io.allywatch.contract.EventType;
import io.allywatch.contract.Evidence;
import io.allywatch.engine.aid.AidCandidate;
import io.allywatch.engine.aid.AidExtractor;
import io.allywatch.engine.aid.AidFinding;
import io.allywatch.engine.aid.AidRanker;
import io.allywatch.engine.cooperation.CooperationExtractor;
import io.allywatch.engine.cooperation.CooperationFinding;
import io.allywatch.engine.designation.DesignationExtractor;
import io.allywatch.engine.designation.DesignationFinding;
import io.allywatch.engine.designation.DesignationScan;
import io.allywatch.engine.gazetteer.CountryGazetteer;
import io.allywatch.engine.identity.EventIds;
import io.allywatch.engine.lang.LanguageCodes;
import io.allywatch.engine.lang.LanguageIdentifier;
import io.allywatch.engine.text.Sentence;
import io.allywatch.engine.text.TextSegmenter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The extractor as a pure function: an {@link Article} in, event mentions out. This version reads
 * US Major Non-NATO Ally designations, aid and defence cooperation from English, French, Spanish,
 * Portuguese and German text.
 *
 * <p>Thread-safe: all state is immutable after construction (the language model is loaded once,
 * here). {@link #extract} never throws; whatever goes wrong inside becomes an empty result whose
 * reason says so.
 */
public final class ExtractionEngine {

    public static final String VERSION = "0.19.2";
    /** Longer texts are read only this far: no news article is longer, and the work stays bounded. */
    public static final int DEFAULT_MAX_TEXT_CHARS = 2_000_000;
    static final Set<String> SUPPORTED_LANGUAGES = Set.of("en", "fr", "es", "pt", "de");
    private static final String SUPPORTED_LIST = String.join(", ", new TreeSet<>(SUPPORTED_LANGUAGES));

    private static final System.Logger LOG = System.getLogger(ExtractionEngine.class.getName());

    private final Clock clock;
    private final int maxTextChars;
    /**
     * Loaded on the first article whose language is not declared. ingest-service declares it for every
     * article it publishes, so extract-service mostly never loads the model: about 40 MB of heap
     * (docs/BENCHMARKS.md, memory).
     */
    private volatile LanguageIdentifier languages;
    private final TextSegmenter segmenter = new TextSegmenter();
    private final Map<String, LanguageReaders> readers;

    /** The extractors of one language, built once. */
    private record LanguageReaders(DesignationExtractor designations, AidExtractor aid, CooperationExtractor cooperation,
                                   CountryGazetteer gazetteer) {
        static LanguageReaders of(String lang, AidRanker aidRanker) {
            return new LanguageReaders(DesignationExtractor.forLanguage(lang), AidExtractor.forLanguage(lang, aidRanker),
                    CooperationExtractor.forLanguage(lang), CountryGazetteer.forLanguage(lang));
        }
    }

    /** Stamps {@code extractedAt} from the system clock, in UTC. */
    public ExtractionEngine() {
        this(Clock.systemUTC());
    }

    /** Stamps {@code extractedAt} from {@code clock}. */
    public ExtractionEngine(Clock clock) {
        this(clock, DEFAULT_MAX_TEXT_CHARS);
    }

    /** As {@link #ExtractionEngine(Clock)}, reading at most {@code maxTextChars} characters of each text. */
    public ExtractionEngine(Clock clock, int maxTextChars) {
        this(clock, maxTextChars, AidRanker.bundled().orElse(null));
    }

    /**
     * An engine whose second reading of aid weighs by {@code aidRanker}, or that reads aid by the rules
     * alone where it is null: for training the ranker and for scoring it side by side with the rules.
     */
    public static ExtractionEngine withAidRanker(Clock clock, AidRanker aidRanker) {
        return new ExtractionEngine(clock, DEFAULT_MAX_TEXT_CHARS, aidRanker);
    }

    private ExtractionEngine(Clock clock, int maxTextChars, AidRanker aidRanker) {
        if (clock == null) {
            throw new IllegalArgumentException("clock is required");
        }
        if (maxTextChars < 1) {
            throw new IllegalArgumentException("maxTextChars must be positive, was " + maxTextChars);
        }
        this.clock = clock;
        this.maxTextChars = maxTextChars;
        this.readers = Map.of("en", LanguageReaders.of("en", aidRanker), "fr", LanguageReaders.of("fr", aidRanker),
                "es", LanguageReaders.of("es", aidRanker), "pt", LanguageReaders.of("pt", aidRanker), "de", LanguageReaders.of("de", aidRanker));
    }

    /**
     * The candidates of the second reading of aid in an article, with their features: the training
     * data of {@link AidRanker}. The language is identified as {@link #extract} does; an article in no
     * supported language has none.
     */
    public List<AidCandidate> aidCandidates(Article article) {
        String text = article.text();
        if (isBlank(text)) {
            return List.of();
        }
        String lang = article.lang() != null ? LanguageCodes.normalize(article.lang()) : languages().identify(text).orElse(null);
        if (lang == null || !SUPPORTED_LANGUAGES.contains(lang)) {
            return List.of();
        }
        List<Sentence> sentences = segmenter.contentSentences(text, Math.min(text.length(), maxTextChars));
        Instant published = article.publishedAt();
        return readers.get(lang).aid().candidates(sentences, published == null ? null : LocalDate.ofInstant(published, ZoneOffset.UTC));
    }

    /** The events the article reports; never throws, whatever the input. */
    public ExtractionResult extract(Article article) {
        if (article == null) {
            return ExtractionResult.unreadable(null, null, "no article");
        }
        String articleId = article.articleId();
        String lang = null;
        try {
            String text = article.text();
            if (isBlank(text)) {
                return ExtractionResult.unreadable(articleId, LanguageCodes.normalize(article.lang()), "empty text");
            }
            if (articleId == null || articleId.isBlank()) {
                articleId = ArticleIds.forText(text);
            }
            lang = article.lang() != null ? LanguageCodes.normalize(article.lang()) : null;
            if (lang == null) {
                Optional<String> detected = languages().identify(text);
                if (detected.isEmpty()) {
                    return ExtractionResult.unreadable(articleId, null,
                            "language could not be identified (supported by extractor " + VERSION + ": " + SUPPORTED_LIST + ")");
                }
                lang = detected.get();
            }
            if (!SUPPORTED_LANGUAGES.contains(lang)) {
                return ExtractionResult.unreadable(articleId, lang,
                        "language " + lang + " is not supported by extractor " + VERSION + " (supported: " + SUPPORTED_LIST + ")");
            }
            return extractSupported(article, articleId, lang, text);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(System.Logger.Level.WARNING, "extraction failed for article " + articleId, e);
            return ExtractionResult.unreadable(articleId, lang, "extraction failed: " + e);
        }
    }

    /** Whether the language model has been loaded (for tests of {@link #languages}' laziness). */
    boolean languageModelLoaded() {
        return languages != null;
    }

    private LanguageIdentifier languages() {
        LanguageIdentifier loaded = languages;
        if (loaded == null) {
            synchronized (this) {
                loaded = languages;
                if (loaded == null) {
                    loaded = new LanguageIdentifier();
                    languages = loaded;
                }
            }
        }
        return loaded;
    }

    /** Blank in the wider sense: no-break and other Unicode spaces count as space too. */
    private static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!TextSegmenter.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private ExtractionResult extractSupported(Article article, String articleId, String lang, String text) {
        LanguageReaders read = readers.get(lang);
        int limit = Math.min(text.length(), maxTextChars);
        List<Sentence> sentences = segmenter.contentSentences(text, limit);
        Instant published = article.publishedAt();
        Instant now = clock.instant();
        LocalDate publishedDate = published == null ? null : LocalDate.ofInstant(published, ZoneOffset.UTC);
        int referenceYear = (publishedDate != null ? publishedDate : LocalDate.ofInstant(now, ZoneOffset.UTC)).getYear();

        DesignationScan scan = read.designations().extract(sentences, publishedDate, referenceYear);
        List<Event> events = new ArrayList<>();
        for (DesignationFinding finding : scan.findings()) {
            events.add(toEvent(finding, articleId, lang, published, now));
        }
        Map<AidFinding, String> aidIds = new java.util.IdentityHashMap<>();
        List<AidFinding> aid = read.aid().extract(sentences, publishedDate);
        for (AidFinding finding : aid) {
            aidIds.put(finding, aidEventId(finding));
        }
        for (AidFinding finding : aid) {
            String total = finding.partOf() == null ? null : aidIds.computeIfAbsent(finding.partOf(), ExtractionEngine::aidEventId);
            events.add(toEvent(finding, articleId, lang, published, now, total));
        }
        String publishedMonth = publishedDate == null ? null : publishedDate.toString().substring(0, 7);
        List<CooperationFinding> cooperation = read.cooperation().withArmsGivenAsAid(read.cooperation().extract(sentences, publishedDate, scan.mnnaMentioned()),
                aid.stream().filter(a -> a.scope() == AidScope.MILITARY_SECURITY)
                        .map(a -> new CooperationExtractor.ArmsGiven(a.donor(), a.recipient(), a.sentence(), a.confidence())).toList(), sentences);
        for (CooperationFinding finding : cooperation) {
            events.add(toEvent(finding, articleId, lang, published, now, publishedMonth));
        }
        if (!events.isEmpty()) {
            events.sort(java.util.Comparator.comparingInt((Event e) -> e.evidence().start()).thenComparing(e -> e.type().name()));
            return ExtractionResult.events(articleId, lang, events);
        }
        String reason = sentences.isEmpty() ? "no article content (only boilerplate)"
                : scan.mnnaMentioned() ? "MNNA status is mentioned but no designation step with its country was found"
                : "no MNNA mention";
        if (!sentences.isEmpty()) {
            reason += ", no aid amount with its recipient, no defence cooperation";
        }
        if (limit < text.length()) {
            reason += "; text truncated to the first " + limit + " of " + text.length() + " characters";
        }
        return ExtractionResult.none(articleId, lang, reason);
    }

    private static DesignationEvent toEvent(DesignationFinding f, String articleId, String lang, Instant published, Instant now) {
        String eventId = EventIds.designation(f.country(), f.stage());
        Sentence s = f.sentence();
        return new DesignationEvent(
                eventId,
                EventIds.mention(eventId, articleId),
                EventType.DESIGNATION,
                articleId,
                published,
                now,
                VERSION,
                f.confidence(),
                new Evidence(s.text(), s.start(), s.end(), lang),
                f.country(),
                DesignationEvent.STATUS_MNNA,
                f.stage(),
                f.historical(),
                f.date());
    }

    private static String aidEventId(AidFinding f) {
        return f.eventId();
    }

    private static AidEvent toEvent(AidFinding f, String articleId, String lang, Instant published, Instant now, String partOf) {
        String eventId = aidEventId(f);
        Sentence s = f.sentence();
        return new AidEvent(eventId, EventIds.mention(eventId, articleId), EventType.AID, articleId, published, now, VERSION,
                f.confidence(), new Evidence(s.text(), s.start(), s.end(), lang), f.donor(), f.recipient(), f.amount(), f.currency(),
                "USD".equals(f.currency()) ? f.amount() : null, f.year(), f.fiscalYear(), f.status(), f.purpose(), f.program(),
                f.attributedTo(), f.scope(), partOf, f.cumulative(), f.sinceYear());
    }

    private static CooperationEvent toEvent(CooperationFinding f, String articleId, String lang, Instant published, Instant now,
                                            String publishedMonth) {
        String period = f.date() != null ? f.date().substring(0, Math.min(7, f.date().length())) : publishedMonth;
        String eventId = EventIds.cooperation(f.actors(), f.kind(), period);
        Sentence s = f.sentence();
        return new CooperationEvent(eventId, EventIds.mention(eventId, articleId), EventType.COOPERATION, articleId, published, now,
                VERSION, f.confidence(), new Evidence(s.text(), s.start(), s.end(), lang), f.actors(), f.kind(), f.date());
    }
}
