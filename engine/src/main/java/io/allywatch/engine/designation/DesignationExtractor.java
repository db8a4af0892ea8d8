package io.allywatch.engine.designation;

import static io.allywatch.engine.designation.StageReader.HOLDERS;
import static io.allywatch.engine.designation.StageReader.TAKEN_BACK;
import static io.allywatch.engine.designation.TokenSpans.boundaryBetween;
import static io.allywatch.engine.designation.TokenSpans.dateWords;
import static io.allywatch.engine.designation.TokenSpans.tokenAt;
import static io.allywatch.engine.designation.TokenSpans.words;

import io.allywatch.contract.DesignationStage;
import io.allywatch.engine.dates.DateFinder;
import io.allywatch.engine.dates.DateMention;
import io.allywatch.engine.designation.Predicates.Cue;
import io.allywatch.engine.designation.StageReader.Reading;
import io.allywatch.engine.designation.StatusTerms.Term;
import io.allywatch.engine.gazetteer.CountryGazetteer;
import io.allywatch.engine.gazetteer.CountryMention;
import io.allywatch.engine.lang.PerLanguage;
import io.allywatch.engine.text.Folding;
import io.allywatch.engine.text.Sentence;
import io.allywatch.engine.text.Token;
import io.allywatch.engine.text.Tokenizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads US Major Non-NATO Ally designation steps from the sentences of an article.
 *
 * <p>A sentence counts when it names the status ({@link StatusTerms}: a small grammar per
 * language, or a reference to the status once the article has named it). Each country it names
 * (or, when it names none, the country "the country" refers back to) is tied to the cue word that
 * governs it: the nearest verb or noun of giving, getting, holding or taking away the status
 * ({@link Predicates}, matched by Snowball stem so that every inflection counts). The stage follows
 * from that cue's role, its tense ({@link Tense}) and the words that govern it: an intent, a
 * notification, a bill or a consideration, a negation or a hypothesis (which take the claim back).
 * A list of countries with no cue of its own is a list of holders: designated, as background. Each
 * step is dated from the text, and is background (historical) when the text puts it in the past:
 * a date well before publication, "since", the pluperfect, a list of holders.
 *
 * <p>Stateless and thread-safe.
 */
public final class DesignationExtractor {
    /** The United States designates; it is never the designated country. */
    static final String DESIGNATOR = "USA";

    static final double EXPLICIT_CONFIDENCE = 0.9;
    static final double ANAPHORA_PENALTY = 0.2;
    static final double HEADLINE_PENALTY = 0.15;
    static final double LIST_PENALTY = 0.05;
    static final double WEAK_CUE_PENALTY = 0.05;
    static final double COUNTRY_ANAPHORA_PENALTY = 0.15;

    /** An article names the status in a handful of sentences; text that names it in hundreds is not read further. */
    private static final int MAX_STATUS_SENTENCES = 100;
    /** Real sentences name a few dozen countries at most (a list of holders); junk that names more is cut there. */
    private static final int MAX_COUNTRIES_PER_SENTENCE = 40;
    /** How far (in words) a cue may stand before the country or the status it governs, and after. */
    private static final int REACH_BEFORE = 12;
    private static final int REACH_AFTER = 8;
    static final int GERMAN_REACH = 20;
    /** How far before its cue a governing word (intent, bill, negation) may stand. */
    static final int GOVERNOR_REACH = 9;
    static final int NEGATION_REACH = 4;
    /** A step dated this long before publication is background, not the article's news. */
    private static final int NEWS_DAYS = 40;
    /** How many sentences after one about the status a list of its holders may come. */
    private static final int LIST_AFTER_STATUS = 2;
    /** How far a list that a word opens ("among them", "darunter") may stand after the status: "… enters a small club … Its members, among them …". */
    private static final int INTRODUCED_LIST_AFTER_STATUS = 3;
    /** A list this long, right after the status, needs no word to introduce it. */
    private static final int BARE_LIST = 3;
    private static final int BARE_LIST_FURTHER = 5;
    /** Holders enough after the status, where a verb of belonging and a word that opens a list name them members. */
    private static final int MEMBERS_NAMED = 2;
    /** Verbs of belonging to a group, folded ("zählen … dazu", "gehören zu"), not of having ("tiene lazos con"). */
    private static final Set<String> MEMBERSHIP = Set.of("zahlen", "zahlt", "zahlten", "gehoren", "gehort", "gehorten", "include", "includes",
            "figurent", "comptent", "figuran", "incluyen", "figuram", "incluem");
    /** How far (in words) a country may stand from the cue and status that take it: before them, after them. */
    private static final int SUBJECT_REACH = 8;
    private static final int GERMAN_SUBJECT_REACH = 14;
    private static final int RECIPIENT_REACH = 2;
    /** How far after a status a country may stand as its genitive ("the designation of Afghanistan"). */
    private static final int GENITIVE_REACH = 3;
    /** How far a list of holders may stand from the status it holds. */
    private static final int LIST_REACH = 10;
    /** How close after its country a date is that country's own ("Brazil in 2019"). */
    private static final int OWN_DATE_CHARS = 12;
    /** How many sentences back "the country" may find its country. */
    private static final int SALIENCE_REACH = 4;

    private static final Set<Role> CORE = EnumSet.of(Role.GIVE, Role.OBTAIN, Role.JOIN, Role.HOLD, Role.COPULA, Role.NOUN, Role.FORMALIZE,
            Role.REVOKE, Role.NOTIFY, Role.ANNOUNCE, Role.INTEND, Role.PROPOSE, Role.CONSIDER);
    static final Set<Role> GOVERNORS = EnumSet.of(Role.INTEND, Role.NOTIFY, Role.PROPOSE, Role.CONSIDER, Role.REVOKE, Role.NEGATION,
            Role.HEDGE, Role.THREAT, Role.FUTURE, Role.PLUPERFECT, Role.ANNOUNCE, Role.FORMALIZE);

    /** The plain verbs of giving: with the status before them as their subject, they tell what it brings the country, not a step. */
    private static final Set<String> BENEFIT_GIVE = Set.of("give", "gives", "gave", "giving", "bring", "brings", "brought",
            "da", "dan", "dio", "dara", "daran", "daria", "darian", "dariam", "darao", "deu", "trae", "traera", "traeria", "traz", "trara", "traria",
            "donne", "donnera", "donnerait", "donneraient", "apporte", "apportera", "apporterait", "gibt", "geben", "bringt", "brachte");
    private static final boolean DEBUG = Boolean.getBoolean("allywatch.debug.designation");
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** What may stand between two countries of one list: commas, "and", articles, a year in brackets. */
    private static final Pattern LIST_GAP = Pattern.compile(
            "\\s*(?:\\((?:[^()]{0,30})\\)\\s*)?(?:(?:in|en|em|im|since|desde|depuis|seit)\\s+\\d{4}\\s*)?"
                    + "(?:[,;/]\\s*|\\s+)?"
                    // one item the gazetteer does not know does not break the list: "..., Japão, Coréia do Sul, Jordânia, ..."
                    + "(?:(?-i:\\p{Lu})[\\p{L}'’.-]+(?:\\s+(?:do|da|de|del|du|of|the)?\\s*(?-i:\\p{Lu})[\\p{L}'’.-]+){0,2}\\s*,\\s*)?"
                    + "(?:(?:and|et|y|e|und|sowie|or|ou|o|oder|as\\s+well\\s+as|ainsi\\s+que|asi\\s+como|bem\\s+como)\\s+)?"
                    + "(?:(?:encore|aussi|also|tambien|ademas|tambem|ainda|auch)\\s+)?"
                    + "(?:(?:the|la|le|les|l'|el|los|las|o|os|a|as|die|der|das|den|dem)\\s*)?", CI);
    private static final Map<String, Pattern> COUNTRY_ANAPHOR = Map.of(
            "en", Pattern.compile("\\b(?:the|this|that)\\s+(?:[a-z-]+\\s+){0,3}?(?:country|nation|kingdom|emirate|monarchy)\\b"),
            "fr", Pattern.compile("\\b(?:le|au|du|ce|cet)\\s+(?:[a-z-]+\\s+){0,3}?(?:pays|royaume|emirat)\\b|\\b(?:la|cette)\\s+(?:[a-z-]+\\s+){0,3}?(?:nation|monarchie)\\b"),
            "es", Pattern.compile("\\b(?:el|al|del|este|ese|dicho)\\s+(?:[a-z-]+\\s+){0,3}?(?:pais|reino|emirato)\\b|\\b(?:la|esta|dicha)\\s+(?:[a-z-]+\\s+){0,3}?(?:nacion|monarquia)\\b"),
            "pt", Pattern.compile("\\b(?:o|ao|do|no|pelo|este|esse|deste|desse)\\s+(?:[a-z-]+\\s+){0,3}?(?:pais|reino|emirado)\\b|\\b(?:a|esta|essa)\\s+(?:[a-z-]+\\s+){0,3}?(?:nacao|monarquia)\\b"),
            "de", Pattern.compile("\\b(?:das|dem|dieses|diesem)\\s+(?:[a-z-]+\\s+){0,3}?(?:land|konigreich|emirat)\\b"));

    private final String lang;
    private final CountryGazetteer gazetteer;
    private final StatusTerms terms;
    private final Predicates predicates;
    private final Tokenizer tokenizer;
    private final DateFinder dates;
    private final Pattern countryAnaphor;
    /** The stage a cue tells, once what governs it is read. */
    private final StageReader stages;

    /** English. */
    public DesignationExtractor(CountryGazetteer gazetteer) {
        this("en", gazetteer);
    }

    private DesignationExtractor(String lang, CountryGazetteer gazetteer) {
        this.lang = lang;
        this.gazetteer = gazetteer;
        this.terms = StatusTerms.forLanguage(lang);
        this.predicates = Predicates.forLanguage(lang);
        this.tokenizer = new Tokenizer(lang);
        this.dates = new DateFinder(lang);
        this.countryAnaphor = COUNTRY_ANAPHOR.get(lang);
        this.stages = new StageReader(lang);
    }

    /** For text in {@code lang} (en, fr, es, pt, de; English rules for any other). */
    public static DesignationExtractor forLanguage(String lang) {
        String known = PerLanguage.pick(lang, "en", "fr", "es", "pt", "de");
        return new DesignationExtractor(known, CountryGazetteer.forLanguage(known));
    }

    /** What the reading of one article carries from sentence to sentence. */
    private static final class ArticleContext {
        final LocalDate published;
        final int referenceYear;
        /** The last countries named, with the index of the sentence that named them. */
        String salient;
        int salientAt = -100;
        /** Sentences since the last one about the status (a list of its holders may follow it). */
        int sinceStatus = 100;

        ArticleContext(LocalDate published, int referenceYear) {
            this.published = published;
            this.referenceYear = referenceYear;
        }
    }

    /**
     * @param published     publication date, for relative dates and for telling news from background; may be null
     * @param referenceYear a step dated before this year is background (historical) when there is no publication date
     */
    public DesignationScan extract(List<Sentence> sentences, LocalDate published, int referenceYear) {
        boolean named = false;
        for (Sentence s : sentences) {
            if (StatusTerms.mentionsNato(s.text()) && terms.hasExplicit(s.text(), Folding.fold(s.text()))) {
                named = true;
                break;
            }
        }
        if (!named) {
            return new DesignationScan(List.of(), false);
        }
        ArticleContext context = new ArticleContext(published, referenceYear);
        Map<String, DesignationFinding> best = new LinkedHashMap<>();
        int statusSentences = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            String folded = Folding.fold(sentence.text());
            List<Term> found = terms.find(sentence.text(), folded, true);
            List<DesignationFinding> findings;
            if (!found.isEmpty()) {
                if (++statusSentences > MAX_STATUS_SENTENCES) {
                    break; // junk, not news: reading it all would take seconds (RobustnessTest)
                }
                findings = readSentence(sentence, folded, found, context, i);
                context.sinceStatus = 0;
            } else {
                context.sinceStatus++;
                findings = context.sinceStatus <= INTRODUCED_LIST_AFTER_STATUS ? listAfterStatus(sentence, context.sinceStatus) : List.of();
                remember(sentence.text(), context, i);
            }
            for (DesignationFinding finding : findings) {
                String key = finding.country() + "|" + finding.stage();
                DesignationFinding kept = best.get(key);
                // Highest confidence wins; on a tie the earliest sentence stays.
                if (kept == null || finding.confidence() > kept.confidence()) {
                    best.put(key, finding);
                }
            }
        }
        List<DesignationFinding> findings = new ArrayList<>(best.values());
        findings.sort(Comparator.comparingInt((DesignationFinding f) -> f.sentence().start()).thenComparing(DesignationFinding::country));
        return new DesignationScan(List.copyOf(findings), true);
    }

    /** The last country other than the United States a sentence names: what "the country" may refer back to. */
    private void remember(String text, ArticleContext context, int index) {
        List<CountryMention> countries = gazetteer.find(text);
        for (int k = countries.size() - 1; k >= 0; k--) {
            if (!countries.get(k).iso3().equals(DESIGNATOR)) {
                context.salient = countries.get(k).iso3();
                context.salientAt = index;
                return;
            }
        }
    }

    /** A country named in the sentence, by the tokens it covers. */
    private record Named(String iso3, int start, int end, int token, boolean byAnaphor) {
    }

    private List<DesignationFinding> readSentence(Sentence sentence, String folded, List<Term> found, ArticleContext context, int index) {
        String text = sentence.text();
        List<Token> tokens = tokenizer.tokens(text);
        List<Named> countries = new ArrayList<>();
        for (CountryMention c : gazetteer.find(text)) {
            if (countries.size() == MAX_COUNTRIES_PER_SENTENCE) {
                break;
            }
            if (!c.iso3().equals(DESIGNATOR)) {
                countries.add(new Named(c.iso3(), c.start(), c.end(), tokenAt(tokens, c.start()), false));
            }
        }
        if (countryAnaphor != null) {
            // "ce riche émirat gazier", "el país andino": the last country named before, in this sentence or just before it
            Matcher m = countryAnaphor.matcher(folded);
            if (m.find()) {
                String referent = null;
                for (Named c : countries) {
                    if (c.end() <= m.start()) {
                        referent = c.iso3();
                    }
                }
                if (referent == null && context.salient != null && index - context.salientAt <= SALIENCE_REACH) {
                    referent = context.salient;
                }
                if (referent != null) {
                    int at = 0;
                    while (at < countries.size() && countries.get(at).start() < m.start()) {
                        at++;
                    }
                    countries.add(at, new Named(referent, m.start(), m.end(), tokenAt(tokens, m.start()), true));
                }
            }
        }
        remember(text, context, index);
        if (countries.isEmpty()) {
            return List.of();
        }
        // Words inside the status's own name ("no miembro de la OTAN", "não pertencentes") are no cues.
        List<Cue> cues = predicates.find(tokens).stream()
                .filter(c -> c.role() == Role.NOUN
                        || found.stream().noneMatch(t -> tokens.get(c.first()).start() < t.end() && t.start() < tokens.get(c.last()).end()))
                .filter(c -> !adverbBack(tokens, c))
                .toList();
        List<int[]> lists = lists(text, countries);
        List<DateMention> sentenceDates = dates.find(text, context.published);
        boolean anaphoricOnly = found.stream().allMatch(Term::anaphoric);
        // Per country, the reading of its best-linked mention: the one nearest its cue.
        Map<String, DesignationFinding> byCountry = new LinkedHashMap<>();
        Map<String, Integer> closeness = new java.util.HashMap<>();
        for (int n = 0; n < countries.size(); n++) {
            Named country = countries.get(n);
            if (deFacto(text, country) || setApart(text, country)) {
                continue;
            }
            int[] list = listOf(lists, n);
            boolean listed = list != null;
            Term term = nearestTerm(found, country);
            int termToken = tokenAt(tokens, term.start());
            Span span = new Span(termToken, Math.max(termToken, tokenAt(tokens, term.end() - 1)));
            Cue core = core(tokens, cues, country.token(), span);
            if (core != null && !linked(tokens, countries, n, list, core, span)) {
                core = null;
            }
            if (core != null && core.role() == Role.GIVE && span.last() < core.first() && BENEFIT_GIVE.contains(tokens.get(core.first()).folded())) {
                core = null; // "el estatus, lo que dará al país ventajas", "o status daria ao Brasil acesso": what the status gives, no step
            }
            if (core != null && core.role() == Role.OBTAIN && span.last() < core.first() && byMeansOfStatus(tokens, span.first())
                    && benefitAfter(tokens, core.last())) {
                core = null; // "Mit dem Status erhält das Königreich leichteren Zugang": what the status brings, no step
            }
            Reading reading = core == null ? null : stages.read(tokens, cues, core, sentence.headlineLike());
            if (reading != null && apposition(text, country, term)) {
                // "Afghanistan, a major non-NATO ally at the time": a description, not the step the verb tells
                reading = cues.stream().anyMatch(c -> c.role() == Role.SINCE) ? HOLDERS : TAKEN_BACK;
            }
            if (DEBUG) {
                System.err.printf("[designation] %s token=%d term=%d core=%s list=%s reading=%s cues=%s%n", country.iso3(), country.token(),
                        termToken, core, list == null ? "-" : list[0] + ".." + list[1], reading, cues);
            }
            if (reading != null && listed && core.role() == Role.JOIN && country.token() > core.first()) {
                reading = HOLDERS; // "join A, B and C": they hold it already
            }
            if (listed && introduced(tokens, cues, countries.get(list[0]).token(), countries.get(list[1]).token())
                    && !blocked(tokens, cues, countries.get(list[0]).token())) {
                reading = HOLDERS; // "..., among them A, B and C"
            } else if (!listed && reading == null && termToken < country.token() && introducedBefore(tokens, cues, country.token())
                    && !blocked(tokens, cues, country.token())) {
                reading = HOLDERS; // "Outros 17 países têm hoje o status ..., entre eles a Argentina (desde 1998)": one named of the holders
            } else if (reading == null && precedent(text, country)) {
                reading = HOLDERS; // "Nach Argentinien wird Brasilien das zweite Land ...": the one before holds it
            }
            if (reading == null) {
                boolean holders = listed && list[1] - list[0] + 1 >= BARE_LIST && near(tokens, countries, list, termToken)
                        && !blocked(tokens, cues, countries.get(list[0]).token())
                        && !AIMED_AT.matcher(text.substring(Math.max(0, countries.get(list[0]).start() - AIMED_REACH), countries.get(list[0]).start())).find();
                if (!holders) {
                    continue;
                }
                reading = HOLDERS;
            }
            int distance = core == null ? REACH_BEFORE : Math.abs(core.first() - country.token());
            Integer before = closeness.get(country.iso3());
            if (before != null && before <= distance) {
                continue;
            }
            closeness.put(country.iso3(), distance);
            if (reading.stage() == null) {
                byCountry.remove(country.iso3()); // taken back (negated, hypothetical)
                continue;
            }
            DateMention date = dateOf(sentenceDates, countries, n, core == null ? country.start() : tokens.get(core.first()).start());
            boolean historical = historical(reading, listed, core, cues, tokens, date, context);
            double confidence = EXPLICIT_CONFIDENCE
                    - (anaphoricOnly ? ANAPHORA_PENALTY : 0)
                    - (sentence.headlineLike() ? HEADLINE_PENALTY : 0)
                    - (listed ? LIST_PENALTY : 0)
                    - (reading.weak() ? WEAK_CUE_PENALTY : 0)
                    - (country.byAnaphor() ? COUNTRY_ANAPHORA_PENALTY : 0);
            byCountry.put(country.iso3(), new DesignationFinding(country.iso3(), reading.stage(), sentence, Math.max(0.3, confidence),
                    date == null ? null : date.value(), historical));
        }
        ellipsis(text, countries, byCountry, found);
        return new ArrayList<>(byCountry.values());
    }

    /** Prepositions of means, folded: "mit dem Status", "con este estatus", "with the status", "avec ce statut", "com o status". */
    private static final Set<String> BY_MEANS_OF = Set.of("mit", "durch", "con", "with", "through", "avec", "com");
    private static final int MEANS_REACH = 3;

    /** Whether the status's name is the object of a preposition of means, a word or two before it. */
    private static boolean byMeansOfStatus(List<Token> tokens, int termFirst) {
        for (int k = termFirst - 1, seen = 0; k >= 0 && seen < MEANS_REACH; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            if (BY_MEANS_OF.contains(t.folded())) {
                return true;
            }
            seen++;
        }
        return false;
    }

    /** What the status brings, folded stems: access, advantages, privileges, priority ("leichteren Zugang", "posição prioritária"). */
    private static final Pattern BENEFIT = Pattern.compile("(?:zugang|vorteil|vorrang|privileg|acces|acess|ventaj|vantag|advantag|avantag|benefi|priori)\\p{L}*");
    private static final int BENEFIT_REACH = 6;

    /** Whether a word of benefit follows the verb closely: "erhält das Königreich unter anderem leichteren Zugang". */
    private static boolean benefitAfter(List<Token> tokens, int verb) {
        for (int k = verb + 1, seen = 0; k < tokens.size() && seen < BENEFIT_REACH; k++) {
            if (tokens.get(k).word()) {
                if (BENEFIT.matcher(tokens.get(k).folded()).matches()) {
                    return true;
                }
                seen++;
            }
        }
        return false;
    }

    /** Words after "back" that make it an adverb ("back then", "back in 2019"), not the verb of support ("backs the status"). */
    private static final Set<String> AFTER_ADVERB_BACK = Set.of("then", "in", "to", "home", "when", "from", "at", "on", "into", "and");

    private boolean adverbBack(List<Token> tokens, Cue c) {
        if (!"en".equals(lang) || c.role() != Role.PROPOSE || !tokens.get(c.first()).folded().equals("back")) {
            return false;
        }
        for (int k = c.last() + 1; k < tokens.size(); k++) {
            if (tokens.get(k).word()) {
                return AFTER_ADVERB_BACK.contains(tokens.get(k).folded());
            }
        }
        return true;
    }

    /** "after", "nach", "tras", "après", "depois de" right before a country. */
    private static final Pattern AFTER_BEFORE = Pattern.compile("\\b(?:after|nach|tras|después\\s+de|après|depois\\s+d[aoe]|após)\\s+(?:(?:la|el|a|o|le|l['’])\\s?)?$", CI);
    /** An ordinal of the holders after the country: "das zweite Land", "el segundo", "the third". */
    private static final Pattern ORDINAL_AFTER = Pattern.compile("^[^.;:]{0,80}?\\b(?:zweite[nrs]?|dritte[nrs]?|vierte[nrs]?|segund[oa]|tercer[oa]?|cuart[oa]|"
            + "second|third|fourth|deuxième|troisième|quatrième|terceir[oa]|quart[oa])\\b", CI);
    private static final int PRECEDENT_LEAD = 20;

    /** A country the sentence names as the holder before another: "tras Argentina, Brasil se convertirá en el segundo". */
    private static boolean precedent(String text, Named country) {
        return !country.byAnaphor() && AFTER_BEFORE.matcher(text.substring(Math.max(0, country.start() - PRECEDENT_LEAD), country.start())).find()
                && ORDINAL_AFTER.matcher(text.substring(country.end())).find();
    }

    /** "die Kooperation werde sich auf Venezuela, den Iran und China richten", "aimed at": a list the cooperation is about, no holders. */
    private static final Pattern AIMED_AT = Pattern.compile("\\b(?:auf|gegen|against|at|toward|towards|contre|vers|contra|hacia)\\s+"
            + "(?:(?:den|die|das|dem|the|le|la|les|l'|el|los|las|o|a|os|as)\\s+)?$", CI);
    private static final int AIMED_REACH = 20;

    private static final Pattern ELLIPSIS_GAP = Pattern.compile(
            "^\\s*(?:(?:in|en|em|im|since|desde|depuis|seit)\\s+\\d{4}\\s*)?,?\\s*(?:and|et|y|e|und)\\s+(?:(?:la|le|l'|el|o|a|die|das)\\s*)?$", CI);

    /**
     * "Argentina gained this status in 1998 and Brazil in 2019": a country that follows the status (and
     * its date) after "and", with no verb of its own, shares the step of the country before it.
     */
    private void ellipsis(String text, List<Named> countries, Map<String, DesignationFinding> byCountry, List<Term> terms) {
        for (int n = 1; n < countries.size(); n++) {
            Named country = countries.get(n);
            if (byCountry.containsKey(country.iso3())) {
                continue;
            }
            DesignationFinding before = null;
            for (int k = n - 1; k >= 0 && before == null; k--) {
                before = byCountry.get(countries.get(k).iso3());
            }
            if (before == null) {
                continue;
            }
            for (Term t : terms) {
                if (t.end() <= country.start() && t.start() > countries.get(n - 1).end()
                        && ELLIPSIS_GAP.matcher(text.substring(t.end(), country.start())).find()) {
                    String own = null;
                    Matcher year = OWN_YEAR.matcher(text.substring(country.end(), Math.min(text.length(), country.end() + OWN_DATE_CHARS)));
                    if (year.find()) {
                        own = year.group(1);
                    }
                    boolean historical = before.historical() || own != null && before.date() != null;
                    byCountry.put(country.iso3(), new DesignationFinding(country.iso3(), before.stage(), before.sentence(),
                            before.confidence() - LIST_PENALTY, own != null ? own : before.date(), historical));
                    break;
                }
            }
        }
    }

    private static final Pattern OWN_YEAR = Pattern.compile("^\\s*(?:in|en|em|im|desde|since|seit|depuis)\\s+((?:19|20)\\d{2})\\b", CI);

    /**
     * A sentence shortly after one about the status that lists countries ("Entre ellos figuran
     * Argentina, Australia, Baréin ...", "Its members, among them ..."): the holders it spoke of. Right
     * after, three countries make a list; a sentence further on needs a word that introduces it, or five.
     */
    private List<DesignationFinding> listAfterStatus(Sentence sentence, int distance) {
        String text = sentence.text();
        List<CountryMention> mentions = gazetteer.find(text);
        if (mentions.size() < MEMBERS_NAMED) {
            return List.of();
        }
        List<Token> tokens = tokenizer.tokens(text);
        List<Named> countries = new ArrayList<>();
        for (CountryMention c : mentions) {
            if (!c.iso3().equals(DESIGNATOR) && countries.size() < MAX_COUNTRIES_PER_SENTENCE) {
                countries.add(new Named(c.iso3(), c.start(), c.end(), tokenAt(tokens, c.start()), false));
            }
        }
        List<Cue> cues = predicates.find(tokens);
        List<DesignationFinding> findings = new ArrayList<>();
        for (int[] list : lists(text, countries)) {
            int first = countries.get(list[0]).token();
            if (cues.stream().anyMatch(c -> c.first() < first && EnumSet.of(Role.NEGATION, Role.HEDGE, Role.PROPOSE, Role.CONSIDER, Role.REVOKE,
                    Role.THREAT).contains(c.role()))) {
                continue;
            }
            int size = list[1] - list[0] + 1;
            boolean intro = introduced(tokens, cues, first, countries.get(list[1]).token());
            // "Zu ihnen gehören … wie Israel und Japan", "zählen derzeit 19 Länder dazu, darunter Israel und Japan": two named
            // as members of the group the sentence before named
            boolean members = intro && size >= MEMBERS_NAMED && cues.stream().anyMatch(c -> c.first() < first && c.role() == Role.HOLD
                    && MEMBERSHIP.contains(tokens.get(c.first()).folded()));
            if (!members && (size < BARE_LIST || distance > 1 && !intro && size < BARE_LIST_FURTHER)
                    || distance > LIST_AFTER_STATUS && !intro) {
                continue;
            }
            for (int k = list[0]; k <= list[1]; k++) {
                if (!deFacto(text, countries.get(k))) {
                    findings.add(new DesignationFinding(countries.get(k).iso3(), DesignationStage.DESIGNATED, sentence,
                            EXPLICIT_CONFIDENCE - ANAPHORA_PENALTY - LIST_PENALTY, null, true));
                }
            }
        }
        return findings;
    }


    private static final Pattern DE_FACTO = Pattern.compile("^\\s*\\(?\\s*(?:de\\s+facto|unofficial|officieu|extraoficial|inoffiziell)", CI);

    /** "Taiwán (de facto)": treated as a holder without the designation, which is no step. */
    private static boolean deFacto(String text, Named country) {
        return !country.byAnaphor() && DE_FACTO.matcher(text.substring(country.end(), Math.min(text.length(), country.end() + 24))).find();
    }

    /** "além da Colômbia,", "aparte de Perú,", "besides Colombia,": a country set apart from what the sentence says of others. */
    private static final Pattern SET_APART = Pattern.compile("(?:\\b(?:al[eé]m|aparte|adem[aá]s|fuera|en\\s+plus|à\\s+part|abgesehen\\s+von)\\s+(?:d[aoe]s?\\s+|del\\s+|d['’]\\s?)?"
            + "|\\b(?:besides|apart\\s+from|in\\s+addition\\s+to|other\\s+than|outre|neben|au(?:ss|ß)er)\\s+)(?:(?:la|le|el|the|l['’])\\s?)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int SET_APART_REACH = 24;

    private static boolean setApart(String text, Named country) {
        return !country.byAnaphor() && country.end() < text.length() && text.charAt(country.end()) == ','
                && SET_APART.matcher(text.substring(Math.max(0, country.start() - SET_APART_REACH), country.start())).find();
    }

    /** Whether a word that introduces a list ("among them", "darunter", "entre ellos") stands just before it, or just after. */
    private static boolean introduced(List<Token> tokens, List<Cue> cues, int firstMember, int lastMember) {
        for (Cue c : cues) {
            if (c.role() == Role.LIST_INTRO && (c.last() < firstMember && words(tokens, c.last(), firstMember) <= 2
                    || c.first() > lastMember && words(tokens, lastMember, c.first()) <= 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word that introduces a list ("entre eles", "among them") stands just before one country. */
    private static boolean introducedBefore(List<Token> tokens, List<Cue> cues, int member) {
        return cues.stream().anyMatch(c -> c.role() == Role.LIST_INTRO && c.last() < member && words(tokens, c.last(), member) <= 2);
    }

    /** Whether the status is named within reach of a list. */
    private static boolean near(List<Token> tokens, List<Named> countries, int[] list, int term) {
        int first = countries.get(list[0]).token();
        int last = countries.get(list[1]).token();
        return term >= first && term <= last || term < first && words(tokens, term, first) <= LIST_REACH
                || term > last && words(tokens, last, term) <= LIST_REACH;
    }

    /**
     * Whether a country is the one a cue and its status speak of: between them; or just before them,
     * with no other country nearer (the subject: "Argentina gained this status"); or just after them
     * ("granted the status to Colombia"). A country's list-mates count as one with it.
     */
    /** The tokens a status term covers. */
    private record Span(int first, int last) {
    }

    private boolean linked(List<Token> tokens, List<Named> countries, int n, int[] list, Cue core, Span term) {
        int a = Math.min(core.first(), term.first());
        int b = Math.max(core.last(), term.last());
        int p = countries.get(n).token();
        if (list != null) {
            // a list is linked by its member nearest the cue and the status
            int first = countries.get(list[0]).token();
            int last = countries.get(list[1]).token();
            p = last < a ? last : first > b ? first : a;
        }
        if (p >= a && p <= b) {
            // "the status of Afghanistan was revoked": between a status and a later cue only a genitive stands
            return !(term.last() < p && p < core.first() && words(tokens, term.last(), p) > GENITIVE_REACH);
        }
        if (p < a && core.role() == Role.GIVE && core.first() < term.first() && !"de".equals(lang) && !passive(tokens, core.first())) {
            return false; // "Peru follows Trump affording the status to ...": before an active giving stands the giver
        }
        int from = p < a ? p : b;
        int to = p < a ? a : p;
        int reach = p < a ? ("de".equals(lang) ? GERMAN_SUBJECT_REACH : SUBJECT_REACH) : RECIPIENT_REACH;
        // "incluyó en 2012 a Afganistán", "designó en julio de 2012 a ...": a date between the verb and the one it names is no distance
        if (words(tokens, from, to) - (p > b ? dateWords(tokens, from, to) : 0) > reach) {
            return false;
        }
        for (int k = 0; k < countries.size(); k++) {
            boolean mate = list != null && k >= list[0] && k <= list[1];
            int q = countries.get(k).token();
            if (k != n && !mate && q > from && q < to) {
                return false; // another country stands nearer: it is the one
            }
        }
        return true;
    }

    private static final Set<String> BE = new HashSet<>(List.of("was", "were", "is", "are", "been", "be", "being", "get", "got", "gets",
            "été", "est", "sont", "était", "étaient", "sera", "seront", "fut", "soit", "être",
            "fue", "fueron", "es", "son", "sido", "será", "serán", "sea", "ser", "era", "fuera",
            "foi", "foram", "é", "são", "serão", "seja", "fosse"));
    private static final Pattern PARTICIPLE = Pattern.compile(".{3,}(?:ado|ada|ados|adas|ido|ida|idos|idas|é|ée|és|ées|ue|ues)$");

    /** Whether a giving verb is passive: "was designated", "fue designado", "a été désigné", "designados por". */
    private static boolean passive(List<Token> tokens, int at) {
        for (int k = at - 1, seen = 0; k >= 0 && seen < 3; k--) {
            if (tokens.get(k).word()) {
                seen++;
                if (BE.contains(tokens.get(k).lower())) {
                    return true;
                }
            }
        }
        String w = tokens.get(at).lower();
        boolean auxiliary = at > 0 && Set.of("has", "have", "had", "a", "ont", "avait", "ha", "han", "había", "tem", "têm", "tinha").contains(tokens.get(at - 1).lower());
        return !auxiliary && PARTICIPLE.matcher(w).matches();
    }

    private static final Pattern APPOSITION = Pattern.compile("^\\s*,\\s*(?:(?:a|an|un|une|uno|una|um|uma|ein|eine|einem|einen)\\s+)?$", CI);

    /** Whether the status stands in apposition right after the country: "Afghanistan, a major non-NATO ally". */
    private static boolean apposition(String text, Named country, Term term) {
        return term.start() >= country.end() && APPOSITION.matcher(text.substring(country.end(), term.start())).matches();
    }

    /** Runs of countries that form one list (index of first, index of last), two or more each. */
    private static List<int[]> lists(String text, List<Named> countries) {
        List<int[]> lists = new ArrayList<>();
        int first = 0;
        for (int k = 1; k <= countries.size(); k++) {
            boolean joined = k < countries.size() && countries.get(k).start() >= countries.get(k - 1).end()
                    && LIST_GAP.matcher(text.substring(countries.get(k - 1).end(), countries.get(k).start())).matches();
            if (!joined) {
                if (k - first >= 2) {
                    lists.add(new int[]{first, k - 1});
                }
                first = k;
            }
        }
        return lists;
    }

    /** The list a country is part of, or null. */
    private static int[] listOf(List<int[]> lists, int n) {
        for (int[] l : lists) {
            if (n >= l[0] && n <= l[1]) {
                return l;
            }
        }
        return null;
    }

    private static Term nearestTerm(List<Term> found, Named country) {
        Term best = found.get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (Term t : found) {
            int d = t.end() <= country.start() ? country.start() - t.end() : Math.max(0, t.start() - country.end());
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Who speaks for a country: its ambassador, minister, government; folded, in the five languages. */
    private static final Set<String> SPEAKERS = Set.of("ambassador", "minister", "spokesman", "spokeswoman", "spokesperson", "envoy", "official",
            "officials", "embassy", "government", "ambassadeur", "ministre", "porte-parole", "gouvernement", "embajador", "ministro", "portavoz",
            "gobierno", "embaixador", "porta-voz", "governo", "botschafter", "sprecher", "sprecherin", "regierung", "aussenminister",
            "verteidigungsminister");

    /** The country stands before a verb of saying as the one who speaks: "Ukraine's ambassador said". */
    private static boolean speaker(List<Token> tokens, int country, int verb) {
        if (country >= verb) {
            return false;
        }
        for (int i = country + 1; i < verb && i <= country + 4 && i < tokens.size(); i++) {
            if (SPEAKERS.contains(tokens.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /** The cue that governs a country and a status term: the nearest one of giving, getting, holding or taking away. */
    private Cue core(List<Token> tokens, List<Cue> cues, int country, Span term) {
        int lo = Math.min(country, term.first());
        int hi = Math.max(country, term.last());
        Cue best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Cue c : cues) {
            if (!CORE.contains(c.role())) {
                continue;
            }
            if (c.role() == Role.ANNOUNCE && speaker(tokens, country, c.first())) {
                continue; // "Ukraine's ambassador said the MNNA status suits ...": the country speaks, nothing is announced of it
            }
            int at = c.first();
            int distance;
            if (at >= lo && at <= hi) {
                distance = 0;
            } else if (at < lo) {
                distance = words(tokens, at, lo);
                if (distance > ("de".equals(lang) ? GERMAN_REACH : REACH_BEFORE)) {
                    continue;
                }
            } else {
                distance = words(tokens, hi, at);
                if (distance > ("de".equals(lang) ? GERMAN_REACH : REACH_AFTER)) {
                    continue;
                }
            }
            int reach = "de".equals(lang) ? GERMAN_REACH : REACH_BEFORE;
            int toTerm = c.last() < term.first() ? words(tokens, c.last(), term.first()) : at > term.last() ? words(tokens, term.last(), at) : 0;
            if (boundaryBetween(tokens, Math.min(at, lo), Math.max(at, hi)) || toTerm > reach) {
                continue;
            }
            int score = distance + switch (c.role()) {
                case HOLD, COPULA, ANNOUNCE -> 3;
                case INTEND, PROPOSE, CONSIDER -> 2;
                case NOUN, NOTIFY, FORMALIZE -> 1;
                default -> 0;
            };
            if (score < bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }







    /** A negation, hypothesis, threat or proposal before a list takes it away from the holders' reading. */
    private static boolean blocked(List<Token> tokens, List<Cue> cues, int at) {
        for (Cue c : cues) {
            if (c.last() < at && words(tokens, c.last(), at) <= GOVERNOR_REACH
                    && EnumSet.of(Role.NEGATION, Role.HEDGE, Role.THREAT, Role.PROPOSE, Role.CONSIDER).contains(c.role())) {
                return true;
            }
        }
        return false;
    }

    private boolean historical(Reading reading, boolean listed, Cue core, List<Cue> cues, List<Token> tokens, DateMention date,
                               ArticleContext context) {
        if (reading.stage() == DesignationStage.DESIGNATED && (listed || reading.listed())) {
            return true;
        }
        if (core != null) {
            if (Tense.of(lang, tokens, core.first()) == Tense.PLUPERFECT) {
                return true;
            }
            boolean since = cues.stream().anyMatch(c -> c.role() == Role.SINCE && Math.abs(c.first() - core.first()) <= GERMAN_REACH);
            if (since && date != null) {
                return true;
            }
        }
        if (date != null) {
            if (context.published != null) {
                if (date.year() < context.published.getYear()) {
                    return true;
                }
                if (date.value().length() >= 7) {
                    LocalDate when = LocalDate.parse(date.value().length() == 7 ? date.value() + "-01" : date.value());
                    if (ChronoUnit.DAYS.between(when, context.published) > NEWS_DAYS + (date.value().length() == 7 ? 30 : 0)) {
                        return true;
                    }
                }
            } else if (date.year() < context.referenceYear) {
                return true;
            }
        }
        if (core != null && (core.role() == Role.HOLD || core.role() == Role.COPULA) && reading.stage() == DesignationStage.DESIGNATED) {
            return cues.stream().noneMatch(c -> c.role() == Role.NOW);
        }
        return false;
    }

    /**
     * The date of a country's step: one right after the country and before the next one ("Argentina
     * in 1998 and Brazil in 2019"), else the one nearest the cue.
     */
    private static DateMention dateOf(List<DateMention> dates, List<Named> countries, int n, int cueAt) {
        Named country = countries.get(n);
        int nextCountry = n + 1 < countries.size() ? countries.get(n + 1).start() : Integer.MAX_VALUE;
        for (DateMention d : dates) {
            if (d.start() >= country.end() && d.start() < nextCountry && d.start() - country.end() <= OWN_DATE_CHARS) {
                return d;
            }
        }
        return nearestDate(dates, cueAt);
    }

    private static DateMention nearestDate(List<DateMention> dates, int at) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : dates) {
            int distance = d.start() >= at ? d.start() - at : at - d.end();
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }







}
