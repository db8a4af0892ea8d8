package io.allywatch.engine.aid;

import io.allywatch.contract.AidEvent.AidPurpose;
import io.allywatch.contract.AidEvent.AidStatus;
import io.allywatch.engine.dates.DateFinder;
import io.allywatch.engine.dates.DateMention;
import io.allywatch.engine.gazetteer.CountryGazetteer;
import io.allywatch.engine.gazetteer.CountryMention;
import io.allywatch.engine.money.MoneyFinder;
import io.allywatch.engine.money.MoneyMention;
import io.allywatch.engine.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads aid from sentences: an amount of money in a sentence that speaks of aid (or refers back
 * to aid read just before: "The budget is expected to drop to $74 million next year"), a
 * recipient country, and a donor (another country in the sentence, else the United States when
 * the article is about it). Every amount of a breakdown is its own finding, its purpose read from
 * the words that follow it. Stateless and thread-safe.
 */
public final class AidExtractor {
    static final String DEFAULT_DONOR = "USA";
    /**
     * The US government by the names of its branches and presidents, in the five languages: an
     * article that speaks of them ("The Senate defeated a move to block ... aid", "President
     * Reagan") has the United States as its default donor even where it never names the country.
     */
    public static final Pattern US_GOVERNMENT = Pattern.compile(
            "\\b(?:Congress|Kongress|Congrès|Congreso\\s+(?:de\\s+)?(?:EE\\.?\\s*UU\\.?|estadounidense)|Congresso\\s+americano"
                    + "|(?:U\\.S\\.|US)\\s+Senate|[Tt]he\\s+Senate|[Tt]he\\s+House(?!\\s+of\\s+(?:Commons|Lords))|US-Senat|House\\s+of\\s+Representatives|Repräsentantenhaus|State\\s+Department"
                    + "|Pentagon|Pentagone|Pentágono|White\\s+House|Maison\\s+Blanche|Casa\\s+Blanca|Casa\\s+Branca|Weißen?\\s+Haus"
                    + "|(?:President|Präsident|président|presidente)\\s+(?:Ronald\\s+)?(?:Reagan|Clinton|Bush|Obama|Trump|Biden))\\b");
    /** How many sentences an aid anaphor ("the budget") may reach back. */
    private static final int ANAPHOR_REACH = 2;
    /** Words after an amount that say what it is for: "$29 million going toward the fight against drug trafficking". */
    private static final int PURPOSE_WINDOW = 90;
    private static final int NOT_AID_WINDOW = 40;
    private static final int MAX_AMOUNTS_PER_SENTENCE = 12;
    /** How far before a country its recipient preposition may start ("of military aid to the"). */
    private static final int RECIPIENT_LEAD = 40;
    /** A country named within this many characters of the sentence start is its subject ("Die USA", "Le Japon"). */
    private static final int SUBJECT_AT_START = 4;
    private static final Pattern ORG_NAME = Pattern.compile(
            "((?:U\\.S\\.\\s+|US\\s+)?\\p{Lu}[\\p{L}.'’&-]*(?:\\s+(?:of|for|on|and|the|de|du|des|de\\s+la|del|da|do|für|der|des|\\p{Lu}[\\p{L}.'’&-]*|\\([A-Z]{2,8}\\))){0,7})");

    private final AidLexicon lexicon;
    private final CountryGazetteer gazetteer;
    private final MoneyFinder money;
    private final DateFinder dates;

    private AidExtractor(String lang) {
        this.lexicon = AidLexicon.forLanguage(lang);
        this.gazetteer = CountryGazetteer.forLanguage(lexicon.lang());
        this.money = new MoneyFinder(lexicon.lang());
        this.dates = new DateFinder(lexicon.lang());
    }

    public static AidExtractor forLanguage(String lang) {
        return new AidExtractor(lang);
    }

    /**
     * @param published     publication date, for "next year"; may be null
     * @param usaNamed      whether the article names the United States somewhere (the default donor);
     *                      asked only when a donor is missing, and at most once
     */
    public List<AidFinding> extract(List<Sentence> sentences, LocalDate published, BooleanSupplier usaNamed) {
        Boolean[] known = new Boolean[1];
        BooleanSupplier usaInArticle = () -> known[0] != null ? known[0] : (known[0] = usaNamed.getAsBoolean());
        Map<String, AidFinding> best = new LinkedHashMap<>();
        AidContext last = null;
        AidContext articleContext = null;
        int lastIndex = -10;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            String text = sentence.text();
            List<MoneyMention> amounts = hasDigit(text) ? money.find(text) : List.of();
            if (amounts.isEmpty()) {
                continue;
            }
            boolean aidWords = lexicon.aid().matcher(text).find();
            boolean anaphor = !aidWords && last != null && i - lastIndex <= ANAPHOR_REACH && lexicon.aidAnaphor().matcher(text).find();
            if (!aidWords && !anaphor) {
                continue;
            }
            List<CountryMention> countries = gazetteer.find(text);
            String recipient = recipient(text, countries, amounts);
            String donor = donor(text, countries, recipient, usaInArticle);
            if (anaphor) {
                String own = recipient != null ? recipient : last.recipient();
                donor = countries.stream().anyMatch(c -> !c.iso3().equals(own)) ? donor : last.donor();
                recipient = own;
            }
            // "... a battle over 105 mln dlrs in new aid Reagan is requesting": aid with no country at
            // all goes to the recipient the article has been speaking of.
            boolean carried = false;
            if (recipient == null && articleContext != null && countries.stream().allMatch(c -> c.iso3().equals(DEFAULT_DONOR))) {
                recipient = articleContext.recipient();
                donor = articleContext.donor();
                carried = true;
            }
            if (recipient == null || donor == null || donor.equals(recipient)) {
                continue;
            }
            if (lexicon.hedge().matcher(text.substring(0, amounts.get(0).start())).find()) {
                continue;
            }
            List<DateMention> sentenceDates = dates.find(text, published);
            AidStatus sentenceStatus = status(text);
            String program = program(text);
            String attributedTo = attribution(text);
            int n = Math.min(amounts.size(), MAX_AMOUNTS_PER_SENTENCE);
            for (int k = 0; k < n; k++) {
                MoneyMention m = amounts.get(k);
                if (nearNotAid(text, m)) {
                    continue;
                }
                int segmentEnd = k + 1 < amounts.size() ? amounts.get(k + 1).start() : text.length();
                String amountRecipient = amounts.size() == 1 ? recipient : amountRecipient(text, countries, m, segmentEnd, recipient);
                if (amountRecipient == null || amountRecipient.equals(donor)) {
                    continue; // "300 mln dlrs in economic aid for four Central American states, ... 50 mln dlrs ... for the Philippines"
                }
                int windowEnd = Math.min(k + 1 < amounts.size() ? amounts.get(k + 1).start() : text.length(), m.end() + PURPOSE_WINDOW);
                String after = text.substring(m.end(), windowEnd);
                // Words before count only for the first amount: later ones are preceded by the previous one's purpose.
                String around = k == 0 ? text.substring(Math.max(0, m.start() - 30), m.start()) + " " + after : after;
                Integer year = null;
                boolean fiscal = false;
                Matcher fy = lexicon.fiscalYear().matcher(text);
                if (fy.find()) {
                    year = fiscalYear(fy.group(1));
                    fiscal = true;
                } else {
                    DateMention d = nearestDate(sentenceDates, m, amounts);
                    year = d == null ? null : d.year();
                }
                String clause = CLAUSE_END.split(after, 2)[0];
                AidStatus status = amountStatus(k == 0 ? text.substring(Math.max(0, m.start() - 30), m.start()) + " " + clause : clause, sentenceStatus);
                if (status == AidStatus.ACTUAL && year != null && published != null && year > published.getYear()) {
                    status = AidStatus.PLANNED;
                }
                AidPurpose purpose = purpose(around);
                double confidence = confidence(sentence, anaphor || carried, countries, amountRecipient);
                AidFinding f = new AidFinding(donor, amountRecipient, m.amount(), m.currency(), year, fiscal, status, purpose, program,
                        attributedTo, sentence, confidence);
                String key = donor + "|" + amountRecipient + "|" + m.amount().toPlainString() + "|" + m.currency() + "|" + year + "|" + status;
                AidFinding kept = best.get(key);
                if (kept == null || f.confidence() > kept.confidence()) {
                    best.put(key, f);
                }
            }
            last = new AidContext(donor, recipient);
            articleContext = last;
            lastIndex = i;
        }
        return List.copyOf(best.values());
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private record AidContext(String donor, String recipient) {
    }

    private boolean nearNotAid(String text, MoneyMention m) {
        int from = Math.max(0, m.start() - NOT_AID_WINDOW);
        int to = Math.min(text.length(), m.end() + NOT_AID_WINDOW);
        return lexicon.notAid().matcher(text.substring(from, to)).find();
    }

    /**
     * Whom one amount of a sentence with several goes to: a country introduced by "to"/"for" in the
     * words between it and the next amount; none when those words name another kind of recipient
     * ("for four Central American states"); else the sentence's recipient.
     */
    private String amountRecipient(String text, List<CountryMention> countries, MoneyMention m, int segmentEnd, String sentenceRecipient) {
        for (CountryMention c : countries) {
            if (c.start() >= m.end() && c.end() <= segmentEnd && introducedAsRecipient(text, c, m.end())) {
                return c.iso3();
            }
        }
        if (lexicon.otherRecipient() != null && lexicon.otherRecipient().matcher(text.substring(m.end(), segmentEnd)).lookingAt()) {
            return null;
        }
        return sentenceRecipient;
    }

    /** "... of aid to [Peru]": a preposition of the recipient ends right at the country, read from {@code floor} on. */
    private boolean introducedAsRecipient(String text, CountryMention c, int floor) {
        if (c.iso3().equals(DEFAULT_DONOR)) {
            return false;
        }
        String lead = text.substring(Math.max(floor, c.start() - RECIPIENT_LEAD), c.start());
        Matcher to = lexicon.toRecipient().matcher(lead);
        while (to.find()) {
            if (to.end() == lead.length()) {
                return true;
            }
        }
        return false;
    }

    /** "... of aid to [Peru]", else the one country other than the United States, else none. */
    private String recipient(String text, List<CountryMention> countries, List<MoneyMention> amounts) {
        for (CountryMention c : countries) {
            if (introducedAsRecipient(text, c, 0)) {
                return c.iso3();
            }
        }
        List<String> others = countries.stream().map(CountryMention::iso3).filter(c -> !c.equals(DEFAULT_DONOR)).distinct().toList();
        boolean gives = lexicon.give().matcher(text).find();
        boolean receives = lexicon.receive().matcher(text).find();
        CountryMention first = countries.isEmpty() ? null : countries.get(0);
        boolean subjectFirst = first != null && !first.iso3().equals(DEFAULT_DONOR)
                && (first.start() <= SUBJECT_AT_START || text.startsWith("'s", first.end()) || text.startsWith("’s", first.end()));
        if (others.size() == 1) {
            // "Japan should ... double its development assistance", "The UK's proposal ... aid": the one country gives
            return subjectFirst && gives && !receives ? null : others.get(0);
        }
        // "Deutschland hat der Ukraine ... Militärhilfe zugesagt": the country that opens the sentence gives, the other receives;
        // "Morocco ... is likely to obtain ... aid at a meeting with donors": it receives
        if (others.size() == 2 && subjectFirst && gives != receives) {
            String other = others.get(0).equals(first.iso3()) ? others.get(1) : others.get(0);
            return gives ? other : first.iso3();
        }
        return null;
    }

    private static String donor(String text, List<CountryMention> countries, String recipient, BooleanSupplier usaInArticle) {
        boolean usaHere = countries.stream().anyMatch(c -> c.iso3().equals(DEFAULT_DONOR)) || US_GOVERNMENT.matcher(text).find();
        if (usaHere && !DEFAULT_DONOR.equals(recipient)) {
            return DEFAULT_DONOR;
        }
        for (CountryMention c : countries) {
            if (!c.iso3().equals(recipient)) {
                return c.iso3();
            }
        }
        return usaInArticle.getAsBoolean() ? DEFAULT_DONOR : null;
    }

    /**
     * The status the words around one amount give it, over the sentence's: in "40 mln dlrs -- the
     * final installment of a 100 mln-dlr aid package approved by Congress last year -- would reach
     * the rebels" the 100 million is past, the 40 million is to come.
     */
    private AidStatus amountStatus(String around, AidStatus sentenceStatus) {
        if (lexicon.requested().matcher(around).find()) {
            return AidStatus.REQUESTED;
        }
        if (lexicon.planned().matcher(around).find()) {
            return AidStatus.PLANNED;
        }
        return lexicon.past() != null && lexicon.past().matcher(around).find() ? AidStatus.ACTUAL : sentenceStatus;
    }

    private static final Pattern CLAUSE_END = Pattern.compile("\\s--|[;,\\u2013\\u2014]");

    private AidStatus status(String text) {
        if (lexicon.requested().matcher(text).find()) {
            return AidStatus.REQUESTED;
        }
        if (lexicon.planned().matcher(text).find()) {
            return AidStatus.PLANNED;
        }
        return AidStatus.ACTUAL;
    }

    private AidPurpose purpose(String window) {
        for (Map.Entry<AidPurpose, Pattern> e : lexicon.purposes().entrySet()) {
            if (e.getValue().matcher(window).find()) {
                return e.getKey();
            }
        }
        return AidPurpose.OTHER;
    }

    private static String program(String text) {
        for (Map.Entry<String, Pattern> e : AidLexicon.PROGRAMS.entrySet()) {
            if (e.getValue().matcher(text).find()) {
                return e.getKey();
            }
        }
        return null;
    }

    /** "according to estimates by the Congressional Research Service" → "Congressional Research Service". */
    private String attribution(String text) {
        Matcher m = lexicon.attribution().matcher(text);
        if (!m.find()) {
            return null;
        }
        String rest = text.substring(m.end()).replaceFirst("^(?:the|la|le|l['’]|el|los|las|o|a|os|as|die|der|das|dem|des)\\s*", "");
        Matcher name = ORG_NAME.matcher(rest);
        if (!name.lookingAt()) {
            return null;
        }
        String value = name.group(1).replaceAll("(?:\\s+(?:of|for|on|and|the|de|du|des|de la|del|da|do|für|der))+$", "").strip();
        return value.length() < 2 ? null : value;
    }

    private static Integer fiscalYear(String digits) {
        int y = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + y : y;
    }

    /**
     * The year said before the amount in its sentence ("In 2012, ... $84 million"), else the nearest
     * after it; a year ("in 2012", "next year") speaks for money before a day does ("on Wednesday").
     */
    private static DateMention nearestDate(List<DateMention> all, MoneyMention m, List<MoneyMention> amounts) {
        List<DateMention> dates = all.stream().filter(d -> d.value().length() == 4).toList();
        DateMention before = null;
        for (DateMention d : dates) {
            if (d.end() <= m.start()) {
                before = d;
            } else if (before == null && d.start() >= m.end()) {
                // "40 mln dlrs -- the final installment of a 100 mln-dlr package approved last year": the year is the other amount's
                boolean otherAmountBetween = amounts.stream().anyMatch(o -> o != m && o.start() >= m.end() && o.end() <= d.start());
                return otherAmountBetween ? null : d;
            }
        }
        return before;
    }

    private static double confidence(Sentence sentence, boolean anaphor, List<CountryMention> countries, String recipient) {
        double c = 0.88;
        if (anaphor) {
            c -= 0.13;
        }
        if (sentence.headlineLike()) {
            c -= 0.15;
        }
        if (countries.stream().noneMatch(x -> x.iso3().equals(recipient))) {
            c -= 0.1;
        }
        return Math.round(c * 100) / 100.0;
    }
}
