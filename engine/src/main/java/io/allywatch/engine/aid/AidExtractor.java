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
    /** How many sentences an aid anaphor ("the budget") may reach back. */
    private static final int ANAPHOR_REACH = 2;
    /** Words after an amount that say what it is for: "$29 million going toward the fight against drug trafficking". */
    private static final int PURPOSE_WINDOW = 90;
    private static final int NOT_AID_WINDOW = 40;
    private static final int MAX_AMOUNTS_PER_SENTENCE = 12;
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
     * @param usaInArticle  the article names the United States somewhere: the default donor
     */
    public List<AidFinding> extract(List<Sentence> sentences, LocalDate published, boolean usaInArticle) {
        Map<String, AidFinding> best = new LinkedHashMap<>();
        AidContext last = null;
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
            String donor = donor(countries, recipient, usaInArticle);
            if (anaphor) {
                String own = recipient != null ? recipient : last.recipient();
                donor = countries.stream().anyMatch(c -> !c.iso3().equals(own)) ? donor : last.donor();
                recipient = own;
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
                    DateMention d = nearestDate(sentenceDates, m);
                    year = d == null ? null : d.year();
                }
                AidStatus status = sentenceStatus;
                if (status == AidStatus.ACTUAL && year != null && published != null && year > published.getYear()) {
                    status = AidStatus.PLANNED;
                }
                AidPurpose purpose = purpose(around);
                double confidence = confidence(sentence, anaphor, countries, recipient);
                AidFinding f = new AidFinding(donor, recipient, m.amount(), m.currency(), year, fiscal, status, purpose, program,
                        attributedTo, sentence, confidence);
                String key = donor + "|" + recipient + "|" + m.amount().toPlainString() + "|" + m.currency() + "|" + year + "|" + status;
                AidFinding kept = best.get(key);
                if (kept == null || f.confidence() > kept.confidence()) {
                    best.put(key, f);
                }
            }
            last = new AidContext(donor, recipient);
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

    /** "... of aid to [Peru]", else the one country other than the United States, else none. */
    private String recipient(String text, List<CountryMention> countries, List<MoneyMention> amounts) {
        for (CountryMention c : countries) {
            int before = Math.max(0, c.start() - 40);
            String lead = text.substring(before, c.start());
            Matcher to = lexicon.toRecipient().matcher(lead);
            // the preposition must end right at the country
            while (to.find()) {
                if (to.end() == lead.length() && !c.iso3().equals(DEFAULT_DONOR)) {
                    return c.iso3();
                }
            }
        }
        List<String> others = countries.stream().map(CountryMention::iso3).filter(c -> !c.equals(DEFAULT_DONOR)).distinct().toList();
        if (others.size() == 1) {
            return others.get(0);
        }
        return null;
    }

    private static String donor(List<CountryMention> countries, String recipient, boolean usaInArticle) {
        if (countries.stream().anyMatch(c -> c.iso3().equals(DEFAULT_DONOR)) && !DEFAULT_DONOR.equals(recipient)) {
            return DEFAULT_DONOR;
        }
        for (CountryMention c : countries) {
            if (!c.iso3().equals(recipient)) {
                return c.iso3();
            }
        }
        return usaInArticle ? DEFAULT_DONOR : null;
    }

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
    private static DateMention nearestDate(List<DateMention> all, MoneyMention m) {
        List<DateMention> years = all.stream().filter(d -> d.value().length() == 4).toList();
        List<DateMention> dates = years.isEmpty() ? all : years;
        DateMention before = null;
        for (DateMention d : dates) {
            if (d.end() <= m.start()) {
                before = d;
            } else if (before == null && d.start() >= m.end()) {
                return d;
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
