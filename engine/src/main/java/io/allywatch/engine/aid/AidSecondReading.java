package io.allywatch.engine.aid;

import io.allywatch.engine.money.MoneyMention;
import io.allywatch.engine.text.Sentence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second reading of aid, after the rules (ADR 5): in an article where the rules read aid, the
 * amounts they left unread (no word of aid in the sentence, no recipient they trusted, a weak reading) are
 * weighed with each country that may have got them, by a {@link AidRanker} trained on the
 * development split. The best candidate above the ranker's threshold is read as aid, with the donor
 * the article stated for aid to it; where it states none, nothing is read (never a default donor).
 * Amounts the rules refused outright (a price, a sale, a hedge, commercial finance, no donor) are not
 * read again, nor is a country that gives or owns the amount a candidate.
 */
final class AidSecondReading {
    /** Sentences either side in which the rules' reading of a recipient makes it "nearby". */
    private static final int NEARBY_SENTENCES = 2;
    /** Words between amount and country for "near", and for "mid". */
    private static final int NEAR_WORDS = 3;
    private static final int MID_WORDS = 10;

    /**
     * An amount the rules left, or a whole sentence they passed over ({@code amount} null).
     *
     * @param amounts  the sentence's amounts as the rules read them (null for a sentence passed over)
     * @param rulePick the recipient the rules had picked before they dropped the amount as too weak
     */
    record Unread(int sentence, MoneyMention amount, List<MoneyMention> amounts, String rulePick, AidFeature reason) {
        static Unread sentence(int i) {
            return new Unread(i, null, null, null, AidFeature.UNREAD_NO_AID_WORDS);
        }
    }

    /** Prints each amount's likeliest candidate with its probability: {@code -Dallywatch.debug.aid=true}. */
    private static final boolean DEBUG = Boolean.getBoolean("allywatch.debug.aid");

    private final AidExtractor rules;
    private final AidRanker ranker;

    AidSecondReading(AidExtractor rules, AidRanker ranker) {
        this.rules = rules;
        this.ranker = ranker;
    }

    /** The findings the ranker accepts: per amount its likeliest candidate, where the article states a donor for it. */
    List<AidFinding> findings(List<Sentence> sentences, LocalDate published, AidExtractor.Reading reading) {
        Map<String, AidFinding> kept = new LinkedHashMap<>();
        Map<String, Double> keptProbability = new HashMap<>();
        Map<Integer, List<MoneyMention>> amountsOf = new HashMap<>(); // per sentence, its amounts as read
        Map<String, AidCandidate> bestPerAmount = new LinkedHashMap<>();
        Map<String, Double> bestProbability = new HashMap<>();
        for (AidCandidate c : candidates(rules, sentences, reading, amountsOf)) {
            double p = ranker.probability(c);
            String amountKey = c.sentence() + "@" + c.amount().start();
            if (p > bestProbability.getOrDefault(amountKey, -1.0)) {
                bestPerAmount.put(amountKey, c);
                bestProbability.put(amountKey, p);
            }
        }
        for (Map.Entry<String, AidCandidate> e : bestPerAmount.entrySet()) {
            AidCandidate c = e.getValue();
            double p = bestProbability.get(e.getKey());
            if (DEBUG) {
                System.err.printf(java.util.Locale.ROOT, "aid, second reading: %s %s p=%.2f %s: %s%n", c.recipient(), c.value().toPlainString(), p,
                        c.features(), sentences.get(c.sentence()).text());
            }
            if (!ranker.accepts(p)) {
                continue;
            }
            String donor = donorFor(c.recipient(), reading);
            if (donor == null) {
                continue; // no donor stated for it: no aid event, never a default donor
            }
            AidFinding f = rules.finding(donor, c.recipient(), sentences.get(c.sentence()), c.amount(), amountsOf.get(c.sentence()), published,
                    Math.round(p * 100) / 100.0);
            String key = f.eventId(); // the same money twice: one event, the likelier reading
            if (p > keptProbability.getOrDefault(key, -1.0)) {
                kept.put(key, f);
                keptProbability.put(key, p);
            }
        }
        return List.copyOf(kept.values());
    }

    /**
     * The one donor the article stated for aid to this recipient; null if none or several. Not the
     * article's one donor of aid to others: on the corpus that read commercial loans and other
     * donors' lending as that donor's aid.
     */
    private static String donorFor(String recipient, AidExtractor.Reading reading) {
        String stated = reading.donors().get(recipient);
        return stated == null || stated.equals(AidExtractor.AMBIGUOUS) ? null : stated;
    }

    static List<AidCandidate> candidates(AidExtractor rules, List<Sentence> sentences, AidExtractor.Reading reading) {
        return candidates(rules, sentences, reading, new HashMap<>());
    }

    private static List<AidCandidate> candidates(AidExtractor rules, List<Sentence> sentences, AidExtractor.Reading reading,
                                                 Map<Integer, List<MoneyMention>> amountsOf) {
        ArticleFacts facts = new ArticleFacts(sentences, reading.findings(), rules.countries().mostNamed(sentences, List.of()));
        String[] currencies = null;
        List<AidCandidate> out = new ArrayList<>();
        for (Unread u : reading.unread()) {
            Sentence sentence = sentences.get(u.sentence());
            String text = sentence.text();
            List<MoneyMention> amounts = u.amounts();
            if (amounts == null) {
                if (currencies == null) {
                    currencies = rules.amountReader().currencySpoken(sentences);
                }
                amounts = rules.amountReader().unreadAmounts(text, currencies[u.sentence()]);
            }
            List<MoneyMention> sentenceAmounts = amounts;
            List<MoneyMention> toRead = u.amount() == null ? amounts : List.of(u.amount());
            if (toRead.isEmpty()) {
                continue;
            }
            List<PartyReader.Party> parties = rules.who().parties(text).stream()
                    .filter(p -> !p.institution() && sentenceAmounts.stream().noneMatch(a -> a.start() < p.end() && p.start() < a.end()))
                    .toList();
            EnumSet<AidFeature> sentenceFeatures = sentenceFeatures(rules, sentence, sentenceAmounts, u);
            for (MoneyMention m : toRead) {
                if (facts.readAmount(m)) {
                    continue; // the rules read this money already, maybe from another sentence
                }
                amountsOf.put(u.sentence(), sentenceAmounts);
                Set<String> codes = new LinkedHashSet<>();
                parties.forEach(p -> codes.add(p.code()));
                codes.addAll(facts.recipients);
                if (u.rulePick() != null) {
                    codes.add(u.rulePick());
                }
                for (String code : codes) {
                    EnumSet<AidFeature> f = EnumSet.copyOf(sentenceFeatures);
                    PartyReader.Party nearest = nearest(parties, code, m);
                    if (nearest != null && (rules.who().givesAsSubject(text, nearest) || rules.who().possesses(text, nearest, m))) {
                        continue; // the one who gives the amount, or owns it, is not the one who gets it
                    }
                    if (nearest != null) {
                        partyFeatures(rules, text, nearest, m, f);
                        if (joined(text, parties, nearest)) {
                            f.add(AidFeature.JOINED_WITH_ANOTHER);
                        }
                        if (parties.stream().map(PartyReader.Party::code).distinct().count() == 1) {
                            f.add(AidFeature.ONLY_COUNTRY);
                        } else {
                            f.add(AidFeature.OTHER_COUNTRIES);
                        }
                    } else if (!parties.isEmpty()) {
                        f.add(AidFeature.OTHER_COUNTRIES);
                    }
                    facts.features(code, u.sentence(), m, f);
                    if (code.equals(u.rulePick())) {
                        f.add(AidFeature.RULES_PICK);
                    }
                    out.add(new AidCandidate(u.sentence(), m, code, f));
                }
            }
        }
        return out;
    }

    private static EnumSet<AidFeature> sentenceFeatures(AidExtractor rules, Sentence sentence, List<MoneyMention> amounts, Unread u) {
        String text = sentence.text();
        EnumSet<AidFeature> f = EnumSet.of(u.reason());
        if (rules.aidCue(text)) {
            f.add(AidFeature.AID_WORDS);
        }
        if (rules.giveWord(text)) {
            f.add(AidFeature.GIVE_WORD);
        }
        if (rules.receiveWord(text)) {
            f.add(AidFeature.RECEIVE_WORD);
        }
        if (!rules.fields().scopes(text).isEmpty()) {
            f.add(AidFeature.PURPOSE_WORD);
        }
        if (sentence.headlineLike()) {
            f.add(AidFeature.HEADLINE);
        }
        if (amounts.size() > 1) {
            f.add(AidFeature.SEVERAL_AMOUNTS);
        }
        switch (rules.lang()) {
            case "de" -> f.add(AidFeature.LANG_DE);
            case "es" -> f.add(AidFeature.LANG_ES);
            case "fr" -> f.add(AidFeature.LANG_FR);
            case "pt" -> f.add(AidFeature.LANG_PT);
            default -> {
            }
        }
        return f;
    }

    private static void partyFeatures(AidExtractor rules, String text, PartyReader.Party p, MoneyMention m, EnumSet<AidFeature> f) {
        f.add(AidFeature.IN_SENTENCE);
        if (rules.who().led(text, p, 0, rules.cues().to())) {
            f.add(AidFeature.LED_BY_TO);
        }
        if (rules.who().led(text, p, 0, rules.cues().from())) {
            f.add(AidFeature.LED_BY_FROM);
        }
        boolean after = p.start() >= m.end();
        if (after) {
            f.add(AidFeature.AFTER_AMOUNT);
        }
        int words = after ? PartyReader.words(text, m.end(), p.start()) : PartyReader.words(text, p.end(), m.start());
        if (words <= NEAR_WORDS) {
            f.add(AidFeature.NEAR_AMOUNT);
        } else if (words <= MID_WORDS) {
            f.add(AidFeature.MID_AMOUNT);
        }
        if (rules.who().forcesOf(text, p)) {
            f.add(AidFeature.FORCES_OF);
        }
        if (rules.who().givesAsSubject(text, p)) {
            f.add(AidFeature.GIVES_AS_SUBJECT);
        }
        if (rules.who().possesses(text, p, m)) {
            f.add(AidFeature.POSSESSES);
        }
        if (p.official() || p.government()) {
            f.add(AidFeature.OFFICIAL);
        }
    }

    /** Whether another country stands right before or after the party, joined by "and" or a comma. */
    private static boolean joined(String text, List<PartyReader.Party> parties, PartyReader.Party p) {
        for (PartyReader.Party q : parties) {
            if (q.code().equals(p.code())) {
                continue;
            }
            String between = q.end() <= p.start() ? text.substring(q.end(), p.start()) : p.end() <= q.start() ? text.substring(p.end(), q.start()) : null;
            if (between != null && PartyReader.SHARED.matcher(between).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The candidate's mention nearest the amount, or null if the sentence does not name it. */
    private static PartyReader.Party nearest(List<PartyReader.Party> parties, String code, MoneyMention m) {
        PartyReader.Party best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PartyReader.Party p : parties) {
            if (p.code().equals(code)) {
                int d = p.start() >= m.end() ? p.start() - m.end() : m.start() - p.end();
                if (d < bestDistance) {
                    best = p;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /** What the rules' findings say of the article, read once per article. */
    private static final class ArticleFacts {
        final Set<String> recipients = new LinkedHashSet<>();
        final Set<String> donors = new LinkedHashSet<>();
        final Map<String, BigDecimal> largest = new HashMap<>();
        final Map<String, List<Integer>> sentencesOf = new HashMap<>();
        final Set<String> currencies = new LinkedHashSet<>();
        final List<AidFinding> findings;
        final String first;
        final String mostNamed;

        ArticleFacts(List<Sentence> sentences, List<AidFinding> findings, String mostNamed) {
            this.findings = findings;
            this.mostNamed = mostNamed;
            this.first = findings.isEmpty() ? null : findings.get(0).recipient();
            for (AidFinding a : findings) {
                recipients.add(a.recipient());
                donors.add(a.donor());
                largest.merge(a.recipient(), a.amount(), BigDecimal::max);
                currencies.add(a.currency());
                sentencesOf.computeIfAbsent(a.recipient(), k -> new ArrayList<>()).add(sentences.indexOf(a.sentence()));
            }
        }

        /** Whether the rules read this money already (the same amount, said twice). */
        boolean readAmount(MoneyMention m) {
            return findings.stream().anyMatch(a -> a.amount().compareTo(m.amount()) == 0 && a.currency().equals(m.currency()));
        }

        void features(String code, int sentence, MoneyMention m, EnumSet<AidFeature> f) {
            if (recipients.contains(code)) {
                f.add(AidFeature.RULES_RECIPIENT);
            }
            if (code.equals(first)) {
                f.add(AidFeature.FIRST_RECIPIENT);
            }
            if (sentencesOf.getOrDefault(code, List.of()).stream().anyMatch(s -> Math.abs(s - sentence) <= NEARBY_SENTENCES)) {
                f.add(AidFeature.RECIPIENT_NEARBY);
            }
            if (donors.contains(code)) {
                f.add(AidFeature.RULES_DONOR);
            }
            if (code.equals(mostNamed)) {
                f.add(AidFeature.MOST_NAMED);
            }
            BigDecimal top = largest.get(code);
            if (top != null && m.amount().compareTo(top) < 0) {
                f.add(AidFeature.BELOW_READ_AMOUNT);
            }
            if (currencies.contains(m.currency())) {
                f.add(AidFeature.CURRENCY_OF_READ_AID);
            }
        }
    }
}
