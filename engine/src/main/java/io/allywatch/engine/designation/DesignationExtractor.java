package io.allywatch.engine.designation;

import io.allywatch.contract.DesignationStage;
import io.allywatch.engine.dates.DateFinder;
import io.allywatch.engine.dates.DateMention;
import io.allywatch.engine.designation.MnnaTriggers.Trigger;
import io.allywatch.engine.gazetteer.CountryGazetteer;
import io.allywatch.engine.gazetteer.CountryMention;
import io.allywatch.engine.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads US Major Non-NATO Ally designation steps from sentences with hand-written rules, in the
 * wording of one language's {@link DesignationLexicon}:
 * a sentence that names the status (or refers back to it), a cue that tells the stage, and the
 * country in the slot that cue defines. No cue, no event: a sentence that merely discusses the
 * status ("The designation of Peru as a major non-NATO ally signals ...") reports no step.
 * Stateless and thread-safe.
 */
public final class DesignationExtractor {
    /** The United States designates; it is never the designated country. */
    static final String DESIGNATOR = "USA";

    static final double EXPLICIT_CONFIDENCE = 0.9;
    static final double WEAK_CUE_PENALTY = 0.05;
    static final double HEADLINE_PENALTY = 0.15;
    static final double ANAPHORA_PENALTY = 0.2;
    static final double LIST_PENALTY = 0.05;

    /** How far a cue may stand from the status it governs. */
    private static final int OBJECT_REACH = 150;
    private static final int SUBJECT_REACH = 100;
    /** Real sentences hold a handful of cues; junk that holds more is not read further. */
    private static final int MAX_CUES_PER_SENTENCE = 32;
    /** An article names the status in a handful of sentences; text that names it in hundreds is not read further. */
    private static final int MAX_STATUS_SENTENCES = 100;
    /** Clause context searched for negation or hedging before a cue. */
    private static final int HEDGE_WINDOW = 60;

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\u2014\\u2013]");
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ARTICLE_AT_END = Pattern.compile("(?:\\bl['’]\\s*|\\b(?:la|le|les|el|los|las|o|os|a|as|à|ao)\\s+)$", CI);
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final CountryGazetteer gazetteer;
    private final DesignationLexicon lexicon;
    private final DateFinder dates;

    /** English. */
    public DesignationExtractor(CountryGazetteer gazetteer) {
        this(gazetteer, DesignationLexicon.ENGLISH);
    }

    private DesignationExtractor(CountryGazetteer gazetteer, DesignationLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.dates = new DateFinder(lexicon.lang());
    }

    /** For text in {@code lang} (en, fr, es, pt, de; English rules for any other). */
    public static DesignationExtractor forLanguage(String lang) {
        DesignationLexicon lexicon = DesignationLexicon.forLanguage(lang);
        return new DesignationExtractor(CountryGazetteer.forLanguage(lexicon.lang()), lexicon);
    }

    /**
     * @param published     publication date, for relative dates; may be null
     * @param referenceYear a designation dated before this year is past background (historical)
     */
    public DesignationScan extract(List<Sentence> sentences, LocalDate published, int referenceYear) {
        Map<String, DesignationFinding> best = new LinkedHashMap<>();
        boolean mnnaSeen = false;
        int statusSentences = 0;
        for (Sentence sentence : sentences) {
            boolean explicit = MnnaTriggers.hasExplicit(lexicon, sentence.text());
            if (!explicit && !mnnaSeen) {
                continue;
            }
            List<Trigger> triggers = MnnaTriggers.find(lexicon, sentence.text(), true);
            mnnaSeen |= explicit;
            if (triggers.isEmpty()) {
                continue;
            }
            if (++statusSentences > MAX_STATUS_SENTENCES) {
                break; // junk, not news: reading it all would take seconds (RobustnessTest)
            }
            for (DesignationFinding finding : readSentence(sentence, triggers, !explicit, published, referenceYear)) {
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
        return new DesignationScan(List.copyOf(findings), mnnaSeen);
    }

    private List<DesignationFinding> readSentence(Sentence sentence, List<Trigger> triggers, boolean anaphoric,
                                                  LocalDate published, int referenceYear) {
        String text = sentence.text();
        List<CountryMention> countries = gazetteer.find(text);
        if (countries.isEmpty()) {
            return List.of();
        }
        List<DateMention> sentenceDates = dates.find(text, published);
        List<DesignationFinding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CountryMention listed : joinedList(text, triggers, countries)) {
            if (!listed.iso3().equals(DESIGNATOR) && seen.add(listed.iso3())) {
                findings.add(new DesignationFinding(listed.iso3(), DesignationStage.DESIGNATED, sentence,
                        confidence(JOINED, sentence, anaphoric, true), dateFor(listed, sentenceDates), true));
            }
        }
        for (CueMatch cue : cueMatches(text)) {
            if (isHedgedOrNegated(text, cue.start())) {
                continue;
            }
            for (Slotted slotted : resolveCountries(text, cue, triggers, countries)) {
                String iso3 = slotted.country().iso3();
                if (iso3.equals(DESIGNATOR) || !seen.add(iso3)) {
                    continue; // one stage per country per sentence: the first cue speaks for it
                }
                String date = dateFor(slotted.country(), sentenceDates);
                boolean historical = date != null && Integer.parseInt(date.substring(0, 4)) < referenceYear;
                findings.add(new DesignationFinding(iso3, cue.cue().stage(), sentence,
                        confidence(cue.cue(), sentence, anaphoric, slotted.listed()), date, historical));
            }
        }
        return findings;
    }

    private record CueMatch(StageCue cue, int start, int end, int priority) {
    }

    /** The cue behind a joined list: not a wording of its own in {@link StageCue#ALL}, so never matched there. */
    private static final StageCue JOINED = new StageCue("joined-list", Pattern.compile("(?!)"), DesignationStage.DESIGNATED,
            StageCue.Slot.OBJECT, false, false);

    /** The countries of a "join A, B and C as [holders of the status]" list; none if the status does not follow. */
    private List<CountryMention> joinedList(String text, List<Trigger> triggers, List<CountryMention> countries) {
        if (lexicon.joinVerb() == null) {
            return List.of();
        }
        Matcher verb = lexicon.joinVerb().matcher(text);
        while (verb.find()) {
            int position = verb.end();
            List<CountryMention> listed = new ArrayList<>();
            for (CountryMention c : countries) {
                if (c.start() < position) {
                    continue;
                }
                // "l'Argentine, la Colombie et le Brésil": the article before a name belongs to the gap
                String gap = ARTICLE_AT_END.matcher(text.substring(position, c.start())).replaceFirst("");
                boolean adjacent = listed.isEmpty() ? gap.isEmpty() : lexicon.listGap().matcher(gap).matches();
                if (!adjacent) {
                    break;
                }
                listed.add(c);
                position = c.end();
            }
            if (listed.size() < 2) {
                continue; // "join Peru as ..." is a single country: the ordinary cues read it
            }
            Matcher close = lexicon.joinEnd().matcher(text).region(position, text.length());
            if (close.lookingAt() && statusAfter(close.end(), triggers) != null) {
                return listed;
            }
        }
        return List.of();
    }

    private record Slotted(CountryMention country, boolean listed) {
    }

    /** All cue matches, earliest first; where two overlap, the earlier (then the higher-priority) one stands. */
    private List<CueMatch> cueMatches(String text) {
        List<CueMatch> all = new ArrayList<>();
        List<StageCue> cues = lexicon.cues();
        for (int p = 0; p < cues.size(); p++) {
            StageCue cue = cues.get(p);
            Matcher m = cue.pattern().matcher(text);
            while (m.find()) {
                all.add(new CueMatch(cue, m.start(), m.end(), p));
            }
        }
        all.sort(Comparator.comparingInt(CueMatch::start).thenComparingInt(CueMatch::priority));
        List<CueMatch> accepted = new ArrayList<>();
        int coveredUntil = -1;
        for (CueMatch match : all) {
            if (accepted.size() == MAX_CUES_PER_SENTENCE) {
                break;
            }
            if (match.start() >= coveredUntil) {
                accepted.add(match);
                coveredUntil = match.end();
            }
        }
        return accepted;
    }

    /** "no plans to designate", "could become": the clause before the cue takes the claim back. */
    private boolean isHedgedOrNegated(String text, int cueStart) {
        int from = Math.max(0, cueStart - HEDGE_WINDOW);
        Matcher breaks = CLAUSE_BREAK.matcher(text).region(from, cueStart);
        while (breaks.find()) {
            from = breaks.end();
        }
        String window = text.substring(from, cueStart);
        return lexicon.negation().matcher(window).find() || lexicon.hedge().matcher(window).find();
    }

    private List<Slotted> resolveCountries(String text, CueMatch cue, List<Trigger> triggers, List<CountryMention> countries) {
        List<Slotted> result = switch (cue.cue().slot()) {
            case OBJECT -> objectOf(text, cue, triggers, countries);
            case SUBJECT -> subjectOf(text, cue, triggers, countries);
        };
        if (result.isEmpty() && cue.cue().recipient()) {
            result = recipientOf(text, cue, triggers, countries);
        }
        return result;
    }

    /** "designate [Peru] as a major non-NATO ally": countries between cue and status, with nothing else between. */
    private List<Slotted> objectOf(String text, CueMatch cue, List<Trigger> triggers, List<CountryMention> countries) {
        Trigger status = statusAfter(cue.end(), triggers);
        if (status == null) {
            return List.of();
        }
        List<CountryMention> between = countries.stream()
                .filter(c -> c.start() >= cue.end() && c.end() <= status.start())
                .toList();
        if (between.isEmpty() || nonFillerWords(text, cue.end(), status.start(), between) > 0) {
            return List.of();
        }
        return between.stream().map(c -> new Slotted(c, false)).toList();
    }

    /** "[Argentina] gained this status in 1998 and [Brazil] in 2019". */
    private List<Slotted> subjectOf(String text, CueMatch cue, List<Trigger> triggers, List<CountryMention> countries) {
        boolean statusNear = triggers.stream().anyMatch(t -> t.end() > cue.start() - SUBJECT_REACH && t.start() < cue.end() + SUBJECT_REACH);
        if (!statusNear) {
            return List.of();
        }
        CountryMention subject = null;
        int index = -1;
        for (int i = countries.size() - 1; i >= 0; i--) {
            if (countries.get(i).end() <= cue.start()) {
                subject = countries.get(i);
                index = i;
                break;
            }
        }
        if (subject == null || cue.start() - subject.end() > SUBJECT_REACH
                || text.substring(subject.end(), cue.start()).matches("(?s).*[;:].*")
                || nonFillerWords(text, subject.end(), cue.start(), List.of(), triggers) > 2) {
            return List.of();
        }
        List<Slotted> result = new ArrayList<>();
        // Coordinated subjects before: "Argentina and Brazil gained ..."
        int first = index;
        while (first > 0 && lexicon.listGap().matcher(text.substring(countries.get(first - 1).end(), countries.get(first).start())).matches()) {
            first--;
        }
        for (int i = first; i <= index; i++) {
            result.add(new Slotted(countries.get(i), false));
        }
        // Elliptical continuation after: "... in 1998 and Brazil in 2019".
        Trigger status = statusAfter(cue.end(), triggers);
        int position = status != null && nonFillerWords(text, cue.end(), status.start(), List.of()) == 0 ? status.end() : cue.end();
        for (CountryMention next : countries) {
            if (next.start() < position) {
                continue;
            }
            if (!lexicon.listGap().matcher(text.substring(position, next.start())).matches()) {
                break;
            }
            result.add(new Slotted(next, true));
            position = next.end();
        }
        return result;
    }

    /** "affording the same status [to Saudi Arabia]", "status was granted [to Colombia]". */
    private List<Slotted> recipientOf(String text, CueMatch cue, List<Trigger> triggers, List<CountryMention> countries) {
        Trigger status = statusAfter(cue.end(), triggers);
        int anchor = cue.end();
        if (status != null && nonFillerWords(text, cue.end(), status.start(), List.of()) == 0) {
            anchor = status.end();
        } else if (triggers.stream().noneMatch(t -> t.end() <= cue.start() && cue.start() - t.end() <= SUBJECT_REACH)) {
            return List.of(); // no status on either side: "granted to" something else
        }
        Matcher to = lexicon.toRecipient().matcher(text).region(anchor, text.length());
        if (!to.lookingAt()) {
            return List.of();
        }
        int at = to.end();
        return countries.stream().filter(c -> c.start() == at).map(c -> new Slotted(c, false)).toList();
    }

    private static Trigger statusAfter(int position, List<Trigger> triggers) {
        for (Trigger t : triggers) {
            if (t.start() >= position) {
                return t.start() - position <= OBJECT_REACH ? t : null;
            }
        }
        return null;
    }

    /** Words in {@code text[from, to)} that are neither filler nor part of one of {@code skip}. */
    private int nonFillerWords(String text, int from, int to, List<CountryMention> skip) {
        return nonFillerWords(text, from, to, skip, List.of());
    }

    /** As above, also skipping the words of the status itself ("Peru's major non-NATO ally status was revoked"). */
    private int nonFillerWords(String text, int from, int to, List<CountryMention> skip, List<Trigger> statuses) {
        int count = 0;
        Matcher words = WORD.matcher(text).region(from, to);
        while (words.find()) {
            int s = words.start();
            if (skip.stream().anyMatch(c -> c.start() <= s && s < c.end())
                    || statuses.stream().anyMatch(t -> t.start() <= s && s < t.end())) {
                continue;
            }
            if (!lexicon.filler().contains(words.group().toLowerCase(Locale.ROOT))) {
                count++;
            }
        }
        return count;
    }

    /** The nearest date after the country ("Argentina ... in 1998"), else the nearest before ("on Thursday he plans to designate Colombia"). */
    private static String dateFor(CountryMention country, List<DateMention> sentenceDates) {
        DateMention before = null;
        for (DateMention d : sentenceDates) {
            if (d.start() >= country.end()) {
                return d.value();
            }
            if (d.end() <= country.start()) {
                before = d;
            }
        }
        return before == null ? null : before.value();
    }

    /** Monotone in the strength of the evidence: explicit body sentence > headline > anaphora. */
    static double confidence(StageCue cue, Sentence sentence, boolean anaphoric, boolean listed) {
        double c = EXPLICIT_CONFIDENCE;
        if (cue.weak()) {
            c -= WEAK_CUE_PENALTY;
        }
        if (sentence.headlineLike()) {
            c -= HEADLINE_PENALTY;
        }
        if (anaphoric) {
            c -= ANAPHORA_PENALTY;
        }
        if (listed) {
            c -= LIST_PENALTY;
        }
        return Math.round(Math.max(0.3, Math.min(0.95, c)) * 100) / 100.0;
    }
}
