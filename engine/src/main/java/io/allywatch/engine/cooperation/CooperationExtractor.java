package io.allywatch.engine.cooperation;

import io.allywatch.engine.lang.PerLanguage;

import io.allywatch.engine.text.Prefiltered;
import io.allywatch.contract.CooperationEvent.CooperationKind;
import io.allywatch.engine.dates.DateFinder;
import io.allywatch.engine.dates.DateMention;
import io.allywatch.engine.gazetteer.Aggressors;
import io.allywatch.engine.gazetteer.CountryGazetteer;
import io.allywatch.engine.gazetteer.CountryMention;
import io.allywatch.engine.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads defence cooperation from sentences: a wording of one kind (agreement, exercise, training,
 * intelligence sharing, defence meeting, arms or technology transfer) and the countries taking
 * part. A sentence that names fewer than two countries ("the two sides agreed on joint military
 * manoeuvres") takes the article's two main countries. Hedged, negated, ended and recommended
 * cooperation, and items of bulleted lists (programmes, wishes), report nothing. Stateless and
 * thread-safe.
 */
public final class CooperationExtractor {
    private static final int NEGATION_WINDOW = 60;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\u2014\\u2013]");
    /** A country must be named this often to count as one of the article's main countries. */
    private static final int MAIN_COUNTRY_MENTIONS = 2;
    private static final int MAX_ACTORS = 12;
    private static final Pattern INTERNAL_MEETING = Pattern.compile(
            "\\bmeeting\\s+of\\s+(?:his|her|its|their|the\\s+country['’]s)\\s+(?:own\\s+)?(?:top\\s+|senior\\s+)?(?:military\\s+)?"
                    + "(?:commanders|generals|officers|chiefs|cabinet|advisers|aides|staff)\\b", Pattern.CASE_INSENSITIVE);
    /** Sentences that speak of a scandal or inquiry for the article to be about one. */
    private static final int AFFAIR_ARTICLE = 2;
    private static final int DEFINITE_REACH = 25;
    private static final Pattern DEFINITE_BEFORE = Pattern.compile("\\b(?:the|der|die|das|den|le|la|les|el|los|las|o|a|os|as)\\b", Pattern.CASE_INSENSITIVE);
    /** How many sentences back "the two sides" may look for its parties. */
    private static final int BOTH_SIDES_REACH = 3;
    /** Characters before and after a country read to tell a topic, a critic or a place. */
    private static final int LOOK_AROUND = 40;

    private final CooperationLexicon lexicon;
    /** Weapons and military equipment by name, for aid that gives them. */
    private final Pattern materiel;
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern MATERIEL_EN = Pattern.compile("\\b(?:weapons|arms|ammunition|munitions|missiles|rockets|artillery|howitzers|tanks|armou?red\\s+vehicles|"
            + "drones|helicopters|(?:military|combat|fighter)\\s+(?:aircraft|jets|planes)|(?:military|defen[cs]e)\\s+equipment|rifles|air[\\s-]+defen[cs]e|patrol\\s+(?:boats|vessels))\\b", CI);
    private static final Pattern MATERIEL_FR = Pattern.compile("\\b(?:armes|armements?|munitions|missiles|obus|canons|chars|blindés|drones|hélicoptères|avions\\s+de\\s+(?:combat|chasse)|"
            + "(?:équipements?|matériels?)\\s+militaires?|défense\\s+aérienne|défense\\s+anti-?aérienne|vedettes|patrouilleurs)\\b", CI);
    private static final Pattern MATERIEL_ES = Pattern.compile("\\b(?:armas|armamentos?|municiones|misiles|cohetes|artillería|tanques|blindados|drones|helicópteros|aviones\\s+(?:de\\s+combate|militares)|"
            + "(?:equipos?|equipamientos?|material(?:es)?)\\s+militar(?:es)?|defensa\\s+aérea|antiaére\\p{L}*|lanchas|patrulleras?)\\b", CI);
    private static final Pattern MATERIEL_PT = Pattern.compile("\\b(?:armas|armamentos?|munições|mísseis|foguetes|artilharia|tanques|blindados|drones|helicópteros|aviões\\s+(?:de\\s+combate|militares)|"
            + "(?:equipamentos?|materia(?:l|is))\\s+militar(?:es)?|defesa\\s+aérea|antiaére\\p{L}*|lanchas|embarcaç\\p{L}*\\s+de\\s+patrulha)\\b", CI);
    private static final Pattern MATERIEL_DE = Pattern.compile("\\b(?:\\p{L}*[Ww]affen\\p{L}*|\\p{L}*[Mm]unition\\p{L}*|\\p{L}*[Rr]aketen\\p{L}*|\\p{L}*[Pp]anzer\\p{L}*|Haubitze\\p{L}*|Artillerie\\p{L}*|Drohnen|"
            + "Hubschrauber|Kampfflugzeuge|Kampfjets|Militärausrüstung|Rüstungsgüter\\p{L}*|Luftabwehr\\p{L}*|Militärfahrzeuge|Patrouillenboote)\\b", CI);
    private final Pattern defenceOfficial;
    private final CountryGazetteer gazetteer;
    private final DateFinder dates;
    private final ActorCues actorCues;
    private final MeetingReader meetings;
    private final KindCues kindCues;
    /** Whether a sentence may hold a kind's wording at all: every kind pattern's beginnings and this language's action words. */
    private final io.allywatch.engine.text.StemFilter stemFilter;
    private final io.allywatch.engine.text.Tokenizer tokenizer;

    private CooperationExtractor(String lang) {
        this.lexicon = CooperationLexicon.forLanguage(lang);
        this.materiel = PerLanguage.pick(lang, MATERIEL_EN, MATERIEL_FR, MATERIEL_ES, MATERIEL_PT, MATERIEL_DE);
        this.defenceOfficial = CooperationLexicon.defenceOfficial(lexicon.lang());
        this.gazetteer = CountryGazetteer.forLanguage(lexicon.lang());
        this.dates = new DateFinder(lexicon.lang());
        this.actorCues = ActorCues.forLanguage(lexicon.lang());
        this.meetings = new MeetingReader(lexicon.lang());
        this.kindCues = KindCues.forLanguage(lexicon.lang());
        // English keeps the curated list: its short stems ("ship", "tank") also begin the tanker and shipping news of the wires
        this.stemFilter = "en".equals(lexicon.lang()) ? STEM_FILTER : new io.allywatch.engine.text.StemFilter(
                java.util.stream.Stream.concat(STEMS.stream(), kindCues.actionBeginnings().stream()).distinct().toList());
        this.tokenizer = new io.allywatch.engine.text.Tokenizer(lexicon.lang());
    }

    public static CooperationExtractor forLanguage(String lang) {
        return new CooperationExtractor(lang);
    }

    /** The article's two most named countries (each at least twice), most named first. */
    public List<String> mainCountries(List<Sentence> sentences) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            for (CountryMention c : gazetteer.find(s.text())) {
                counts.merge(c.iso3(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= MAIN_COUNTRY_MENTIONS)
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .limit(2).map(Map.Entry::getKey).toList();
    }

    public List<CooperationFinding> extract(List<Sentence> sentences, LocalDate published) {
        return extract(sentences, published, false);
    }

    /** @param aboutStatus whether the article names the Major Non-NATO Ally status: a meeting in it is about defence */
    public List<CooperationFinding> extract(List<Sentence> sentences, LocalDate published, boolean aboutStatus) {
        List<String> main = null;
        int affairSentences = -1;
        Map<String, CooperationFinding> best = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            String text = sentence.text();
            if (text.startsWith("-") || text.startsWith("•") || text.startsWith("*")) {
                continue; // list items: programmes, recommendations, wishes
            }
            Map<CooperationKind, Integer> found = kinds(text);
            if (found.isEmpty()) {
                continue;
            }
            Integer arms = found.get(CooperationKind.ARMS_TRANSFER);
            if (arms != null) {
                if (affairSentences < 0) {
                    affairSentences = (int) sentences.stream().filter(x -> actorCues.affair().matcher(x.text()).find()).count();
                }
                // "the Iran arms deal" in an article about an inquiry: the affair itself, told again
                boolean definite = DEFINITE_BEFORE.matcher(text.substring(Math.max(0, arms - DEFINITE_REACH), arms)).find();
                if (actorCues.affair().matcher(text).find() || affairSentences >= AFFAIR_ARTICLE && definite) {
                    found.remove(CooperationKind.ARMS_TRANSFER);
                }
            }
            if (STATUS.matcher(text).find()) {
                // "Com o status, fica mais simples adquirir dos EUA tecnologia militar": what the status brings, not what happened
                found.keySet().removeIf(k -> k != CooperationKind.MEETING);
            }
            if (found.containsKey(CooperationKind.EXERCISE) && !JOINTLY.matcher(text).find()) {
                found.remove(CooperationKind.EXERCISE); // "manœuvres militaires lancées par la Chine": one country's own exercise
            }
            if (found.isEmpty()) {
                continue;
            }
            int firstCue = found.values().stream().min(Integer::compare).orElse(0);
            // The sentence's countries, found once for every reading of them below
            List<CountryMention> named = gazetteer.find(text);
            Set<String> actors = nearest(text, named, participants(text, named), firstCue);
            boolean filled = false;
            if (actors.size() < 2 && actorCues.bothSides().matcher(text).find()) {
                // "The two sides also signed ...": the parties of a sentence just before
                for (int back = i - 1; back >= Math.max(0, i - BOTH_SIDES_REACH); back--) {
                    Set<String> earlier = participants(sentences.get(back).text());
                    if (earlier.size() > 2) {
                        // "both" are two: of more named there, the two named most ("Saudi-Arabien und Pakistan …, nachdem Israel
                        // … Katar angegriffen hat, sucht Saudi-Arabien Rückhalt bei … Pakistan. … setzten beide Länder …")
                        earlier = twoNamedMost(sentences.get(back).text(), earlier);
                    }
                    if (earlier.size() >= 2) {
                        filled |= actors.addAll(earlier);
                        break;
                    }
                }
            }
            // "presided over a meeting of his top military commanders": a country meeting itself
            if (found.containsKey(CooperationKind.MEETING) && INTERNAL_MEETING.matcher(text).find()) {
                found.remove(CooperationKind.MEETING);
                if (found.isEmpty()) {
                    continue;
                }
            }
            if (found.containsKey(CooperationKind.ARMS_TRANSFER) && INTO_A_FUND.matcher(text).find()) {
                found.remove(CooperationKind.ARMS_TRANSFER); // money into a mechanism that buys weapons: no state hands any over here
                if (found.isEmpty()) {
                    continue;
                }
            }
            if (found.containsKey(CooperationKind.ARMS_TRANSFER) && onlyDestinations(text, named, actors)) {
                // "le Rafale a déjà été vendu à l'Égypte, au Qatar": buyers of a company's weapons, no supplying state
                found.remove(CooperationKind.ARMS_TRANSFER);
                if (found.isEmpty()) {
                    continue;
                }
            }
            if (actors.size() < 2) {
                // an arms transfer needs both sides named in its sentence: the article's other country is a guess
                found.remove(CooperationKind.ARMS_TRANSFER);
                if (found.isEmpty()) {
                    continue;
                }
            }
            if (actors.size() < 2) {
                if (main == null) {
                    main = mainCountries(sentences);
                }
                for (String c : main) {
                    if (actors.size() < 2 && actors.add(c)) {
                        filled = true;
                    }
                }
            }
            if (actors.size() < 2) {
                continue;
            }
            List<String> sorted = actors.stream().sorted().limit(MAX_ACTORS).toList();
            List<DateMention> sentenceDates = dates.find(text, published);
            String date = sentenceDates.isEmpty() ? null : sentenceDates.get(0).value();
            for (Map.Entry<CooperationKind, Integer> e : found.entrySet()) {
                double confidence = confidence(sentence, filled, sorted.size());
                CooperationFinding f = new CooperationFinding(sorted, e.getKey(), date, sentence, confidence);
                String key = String.join(",", sorted) + "|" + e.getKey();
                CooperationFinding kept = best.get(key);
                if (kept == null || f.confidence() > kept.confidence() || kept.date() == null && f.date() != null && f.confidence() == kept.confidence()) {
                    best.put(key, f);
                }
            }
        }
        boolean reported = !best.isEmpty();
        // Both read the whole article: only once a sentence holds a meeting word.
        java.util.function.BooleanSupplier aboutDefence = () -> aboutStatus || reported
                || sentences.stream().filter(x -> Prefiltered.of(lexicon.defence()).find(x.text())).limit(DEFENCE_ARTICLE).count() >= DEFENCE_ARTICLE;
        List<String> known = main;
        java.util.function.Supplier<List<String>> mainCountries = () -> known != null ? known : mainCountries(sentences);
        for (MeetingReader.Meeting m : meetings.read(sentences, aboutDefence, aboutStatus, mainCountries)) {
            String key = String.join(",", m.actors()) + "|" + CooperationKind.MEETING;
            if (!best.containsKey(key)) {
                List<DateMention> sentenceDates = dates.find(m.sentence().text(), published);
                best.put(key, new CooperationFinding(m.actors(), CooperationKind.MEETING, sentenceDates.isEmpty() ? null : sentenceDates.get(0).value(),
                        m.sentence(), confidence(m.sentence(), m.filled(), m.actors().size())));
            }
        }
        return List.copyOf(best.values());
    }

    /**
     * Weapons or military equipment given as aid are an arms transfer from its donor to its recipient
     * (eval/GUIDELINES.md: "delivered or donated"): for each military aid amount whose sentence names
     * weapons or equipment, the transfer between the two states, unless the sentence tells of a sale
     * or delivery of its own (read by the rules above, between the countries next to it).
     *
     * The package's contents told in the sentences just after its amount count too ("Dazu gehören etwa Munition für
     * Mehrfachraketenwerfer des Typs Himars", "el Pentágono enumeró el armamento que forma parte del paquete") when they
     * name no other country.
     *
     * @param aid       the aid read from the same sentences: donor, recipient and the sentence of each
     * @param sentences the article's sentences, in which the aid's own sentences are looked up
     */
    public List<CooperationFinding> withArmsGivenAsAid(List<CooperationFinding> found, List<ArmsGiven> aid, List<Sentence> sentences) {
        Map<String, CooperationFinding> out = new LinkedHashMap<>();
        for (CooperationFinding f : found) {
            out.put(String.join(",", f.actors()) + "|" + f.kind(), f);
        }
        for (ArmsGiven a : aid) {
            if (!STATES.contains(a.donor()) || !STATES.contains(a.recipient()) || a.donor().equals(a.recipient())) {
                continue;
            }
            Sentence told = materiel.matcher(a.sentence().text()).find() ? a.sentence() : contentsAfter(a, sentences);
            if (told == null) {
                continue;
            }
            if (kinds(told.text()).containsKey(CooperationKind.ARMS_TRANSFER)) {
                continue; // a sale or delivery of its own, read above between the countries next to it ("the U.S. sale of arms to Iran")
            }
            List<String> actors = java.util.stream.Stream.of(a.donor(), a.recipient()).sorted().toList();
            out.putIfAbsent(String.join(",", actors) + "|" + CooperationKind.ARMS_TRANSFER,
                    new CooperationFinding(actors, CooperationKind.ARMS_TRANSFER, null, told, a.confidence()));
        }
        return List.copyOf(out.values());
    }

    /** How many sentences after an aid amount may tell what the package holds. */
    private static final int CONTENTS_REACH = 3;

    /** The first sentence just after the aid's own that names weapons or equipment and no country but its donor and recipient. */
    private Sentence contentsAfter(ArmsGiven a, List<Sentence> sentences) {
        int at = sentences.indexOf(a.sentence());
        if (at < 0) {
            return null;
        }
        for (int i = at + 1; i < Math.min(sentences.size(), at + 1 + CONTENTS_REACH); i++) {
            Sentence next = sentences.get(i);
            if (!materiel.matcher(next.text()).find()) {
                continue;
            }
            boolean others = gazetteer.find(next.text()).stream().anyMatch(c -> !c.iso3().equals(a.donor()) && !c.iso3().equals(a.recipient()));
            return others ? null : next;
        }
        return null;
    }

    /** The states (ISO 3166 alpha-3): cooperation is between them, not with the EU or a bank that pays for it. */
    private static final Set<String> STATES = java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA3);

    /** Military aid as the cooperation reader needs it. */
    public record ArmsGiven(String donor, String recipient, io.allywatch.engine.text.Sentence sentence, double confidence) {
    }

    /** Sentences with a defence word that make an article about defence. */
    private static final int DEFENCE_ARTICLE = 2;

    /**
     * The countries a sentence names as taking part: not those of its dateline, not the topic of
     * talks, not a critic; places ("in Germany") only when fewer than two others are named.
     */
    /** The two of {@code among} the text names most often; empty where the second place is shared. */
    private Set<String> twoNamedMost(String text, Set<String> among) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (CountryMention c : gazetteer.find(text)) {
            if (among.contains(c.iso3())) {
                counts.merge(c.iso3(), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.size() < 2 || ranked.size() > 2 && ranked.get(2).getValue().equals(ranked.get(1).getValue())) {
            return Set.of();
        }
        return new LinkedHashSet<>(List.of(ranked.get(0).getKey(), ranked.get(1).getKey()));
    }

    /** Money put into a fund or a mechanism ("iraient à un mécanisme de l'Otan", "para a iniciativa que compra armamento", "se adhirió al PURL"). */
    private static final Pattern INTO_A_FUND = Pattern.compile("\\b(?:to|into|à|au|a|al|ao|para|in|an|zu|adhirió|aderiu|joined|rejoint)\\s+"
            + "(?:(?:the|a|an|un|une|um|uma|una|la|le|el|o|den|einen|die|das)\\s+)?(?:(?:nuevo|novo|nouveau|new|neuen?)\\s+)?"
            + "(?:mécanisme|mecanismo|mechanism|Mechanismus|PURL|fonds|fund|fondo|fundo|Fonds|coalition|coligação|coalición|Koalition|iniciativa|initiative|Initiative)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A preposition that ends right before a country weapons go to: "à l'Égypte", "au Qatar", "pour la Grèce", "to India", "an Katar". */
    private static final Pattern DESTINATION = Pattern.compile("\\b(?:to|à|au|aux|a|al|ao|para|pour|an|nach|für)\\s+"
            + "(?:(?:the|la|le|les|el|los|las|o|os|as|die|den|dem|das)\\s+|l['’]\\s*)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Whether every actor is named only as where weapons go, none as who supplies them. */
    private boolean onlyDestinations(String text, List<CountryMention> named, Set<String> actors) {
        Map<String, Boolean> destination = new HashMap<>();
        for (CountryMention c : named) {
            if (actors.contains(c.iso3())) {
                boolean led = DESTINATION.matcher(text.substring(Math.max(0, c.start() - LOOK_AROUND), c.start())).find();
                destination.merge(c.iso3(), led, Boolean::logicalAnd);
            }
        }
        return destination.size() == actors.size() && destination.values().stream().allMatch(Boolean::booleanValue);
    }

    Set<String> participants(String text) {
        return participants(text, gazetteer.find(text));
    }

    private Set<String> participants(String text, List<CountryMention> named) {
        Matcher dateline = ActorCues.DATELINE.matcher(text);
        int from = dateline.lookingAt() ? dateline.end() : 0;
        Set<String> actors = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        for (CountryMention c : named) {
            if (c.start() < from) {
                continue;
            }
            String before = text.substring(Math.max(from, c.start() - LOOK_AROUND), c.start());
            String after = text.substring(c.end(), Math.min(text.length(), c.end() + LOOK_AROUND));
            if (actorCues.topicBefore().matcher(before).find() || actorCues.bystanderAfter().matcher(after).find() || NON_STATE.matcher(after).lookingAt()) {
                continue; // "Nicaraguan contra rebels": fighters against a state, not the state
            }
            if (Aggressors.isAggressor(text, c.start(), c.end())) {
                continue; // "depuis l'invasion russe", "des russischen Angriffskriegs": the war's background, no party
            }
            (actorCues.locativeBefore().matcher(before).find() ? places : actors).add(c.iso3());
        }
        if (actorCues.impliedUsa() != null && actorCues.impliedUsa().matcher(text).find()) {
            actors.add("USA");
        }
        if (actors.size() < 2) {
            actors.addAll(places);
        }
        return actors;
    }

    private static final Pattern LAW_NAMES = Pattern.compile("(?i)\\bArms\\s+Export\\s+Control\\s+Act\\b|\\bForeign\\s+Assistance\\s+Act\\b"
            + "|\\bLey\\s+de\\s+Control\\s+de\\s+(?:la\\s+)?Exportaci\\p{L}+\\s+de\\s+Armas\\b|\\bloi\\s+sur\\s+le\\s+contr\\p{L}+\\s+des\\s+exportations\\s+d['’]armes\\b"
            + "|\\bLei\\s+de\\s+Controle\\s+de\\s+Exporta\\p{L}+\\s+de\\s+Armas\\b|\\bWaffenexportkontrollgesetz\\p{L}*|\\bR\\p{L}+stungsexportkontrollgesetz\\p{L}*");
    /** What stands right before a country the cooperation is against or aimed at, never a party: "against", "around Taiwan", "tensions with Russia". */
    private static final Pattern AGAINST = Pattern.compile("\\b(?:against|contre|contra|gegen|versus|vs\\.?|around|autour\\s+de|em\\s+torno\\s+d[eoa]|alrededor\\s+de|rund\\s+um"
            + "|tensions?\\s+(?:with|between|avec|entre|con|com|mit|zwischen)|backlash\\s+from|threats?\\s+(?:from|by|de)|aggression\\s+(?:against|by|of)"
            + "|invasion\\s+(?:of|by)|invasión\\s+de|invasão\\s+d[eoa]|riposte|en\\s+réponse|in\\s+response|em\\s+resposta|en\\s+respuesta|als\\s+Reaktion)"
            + "\\s+(?:[\\p{L}'’-]+\\s+){0,6}?(?:the\\s+|la\\s+|le\\s+|l['’]|el\\s+|o\\s+|a\\s+|die\\s+|den\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int AGAINST_REACH = 60;
    /** After a country's adjective: armed groups and companies that are not its state. */
    private static final Pattern NON_STATE = Pattern.compile("^\\s+(?:\\p{L}+\\s+)?(?:rebels?|insurgents?|guerrillas?|contras?|dissidents?|opposition|militants?|separatists?|"
            + "rebelles|insurgés|guérilla|rebeldes|insurgentes|guerrilla|guerrilheiros|Rebellen|Aufständische\\p{L}*|firms?|compan(?:y|ies)|Corp\\.?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A word of the Major Non-NATO Ally status: what a sentence about it says it allows is no cooperation reported. */
    private static final Pattern STATUS = Pattern.compile("\\b(?:status|statut|estatus|estatuto|Status|designation|désignation|designación|designação|Einstufung)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** An exercise is cooperation when it is held jointly or with someone: "joint drills", "manœuvres avec", "Übung mit". */
    private static final Pattern JOINTLY = Pattern.compile("\\b(?:joint|combined|bilateral|multinational|together|alongside|with|conjoint\\p{L}*|commun\\p{L}*|avec|conjunt\\p{L}*|combinad\\p{L}*"
            + "|con|com|junto|gemeinsam\\p{L}*|mit|zusammen|multinational\\p{L}*|bilateral\\p{L}*"
            + "|take\\s+part|taking\\s+part|participat\\p{L}*|particip\\p{L}*|teilnehm\\p{L}*|teilnahm\\p{L}*|beteilig\\p{L}*)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The two countries nearest the cue, when a sentence names more: a third is most often a
     * bystander ("as tensions with Russia rose"); never one the cooperation is against.
     */
    private Set<String> nearest(String text, List<CountryMention> named, Set<String> actors, int cue) {
        Map<String, Integer> distance = new LinkedHashMap<>();
        for (CountryMention c : named) {
            if (!actors.contains(c.iso3())) {
                continue;
            }
            if (AGAINST.matcher(text.substring(Math.max(0, c.start() - AGAINST_REACH), c.start())).find()) {
                continue;
            }
            distance.merge(c.iso3(), Math.abs(c.start() - cue), Math::min);
        }
        if (actors.contains("USA") && !distance.containsKey("USA")) {
            distance.put("USA", 0); // a US office named without the country: "the Pentagon"
        }
        if (distance.size() <= 2) {
            return new LinkedHashSet<>(distance.keySet());
        }
        Set<String> two = new LinkedHashSet<>();
        distance.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(2).forEach(e -> two.add(e.getKey()));
        // "haben China, Russland und Iran ein gemeinsames Marinemanöver begonnen": the two nearest are of one list, so is the third
        for (List<String> list : lists(text, named)) {
            if (list.containsAll(two)) {
                return new LinkedHashSet<>(list.stream().filter(distance::containsKey).toList());
            }
        }
        return two;
    }

    /** "China, Russland und Iran", "Egypt, Jordan, Saudi Arabia and the UAE": three or more countries with only commas and "and" between. */
    private static final Pattern LIST_JOIN = Pattern.compile("\\s*(?:,\\s*(?:and|et|y|e|und|sowie)?|and|et|y|e|und|sowie)\\s*"
            + "(?:(?:the|la|le|les|l['’]|el|los|las|o|a|os|as|die|der|das)\\s*)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private List<List<String>> lists(String text, List<CountryMention> named) {
        List<List<String>> lists = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int end = -1;
        for (CountryMention c : named) {
            if (end >= 0 && c.start() >= end && LIST_JOIN.matcher(text.substring(end, c.start())).matches()) {
                if (!current.contains(c.iso3())) {
                    current.add(c.iso3());
                }
            } else {
                if (current.size() > 2) {
                    lists.add(current);
                }
                current = new ArrayList<>(List.of(c.iso3()));
            }
            end = c.end();
        }
        if (current.size() > 2) {
            lists.add(current);
        }
        return lists;
    }

    /** Each kind the sentence reports, with where its wording starts; hedged or negated wordings left out. */
    private Map<CooperationKind, Integer> kinds(String text) {
        if (!mayReport(text)) {
            return Map.of();
        }
        Map<CooperationKind, Integer> found = new HashMap<>();
        for (Map.Entry<CooperationKind, Pattern> e : lexicon.kinds().entrySet()) {
            if (!Prefiltered.of(e.getValue()).mayFind(text)) {
                continue; // none of the kind's beginnings in the sentence: the expression cannot match
            }
            Matcher m = e.getValue().matcher(text);
            if (m.find() && !takenBack(text, m.start())) {
                found.put(e.getKey(), m.start());
            }
        }
        // The same kinds by an action and its object near each other, in any inflection ("delivered 2,000 more anti-tank missiles");
        // not in the names of laws ("the Arms Export Control Act", "la Ley de Control de Exportación de Armas")
        List<io.allywatch.engine.text.Token> tokens = tokenizer.tokens(LAW_NAMES.matcher(text).replaceAll(m -> " ".repeat(m.group().length())));
        for (Map.Entry<CooperationKind, Integer> e : kindCues.find(tokens).entrySet()) {
            int at = tokens.get(e.getValue()).start();
            if (!found.containsKey(e.getKey()) && !takenBack(text, at)) {
                found.put(e.getKey(), at);
            }
        }
        // Technology and information are defence matters only in a defence sentence.
        for (CooperationKind k : List.of(CooperationKind.TECH_TRANSFER, CooperationKind.INTEL_SHARING)) {
            if (found.containsKey(k) && !Prefiltered.of(lexicon.defence()).find(text)) {
                found.remove(k);
            }
        }
        Map<CooperationKind, Integer> ordered = new LinkedHashMap<>();
        found.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /** A cheap first look (one Aho-Corasick pass for all stems), so the regular expressions run on few sentences; German compounds hold them inside words. */
    private boolean mayReport(String text) {
        return ("de".equals(lexicon.lang()) ? stemFilter.anywhere(text) : stemFilter.atWordStart(text)) && DOMAIN_FILTER.anywhere(text);
    }

    /** Every kind pattern also needs a word of the military domain: troops, weapons, defence, security, intelligence, exercises. */
    static final io.allywatch.engine.text.StemFilter DOMAIN_FILTER = new io.allywatch.engine.text.StemFilter(List.of(
            "militar", "militai", "militär", "defen", "armada", "bélic", "belic", "helicóp", "hélicop", "canhõe", "cañon", "tanque", "polizist", "policial", "policiais", "defes", "défense", "verteidig", "armed", "army", "armée", "ejército", "exército", "armee", "navy", "naval",
            "marine", "troop", "troupe", "tropa", "truppe", "soldier", "soldat", "soldad", "securit", "sécurit", "segurid", "seguran", "sicherheit",
            "intelligence", "renseign", "inteligen", "geheimdienst", "nachrichtendienst", "arms", "armes", "armas", "waffe", "rüstung", "weapon",
            "missile", "míssil", "mísse", "misil", "rakete", "jet", "fighter", "aircraft", "avion", "avião", "avión", "kampf", "tank", "chars", "panzer",
            "helicop", "hubschrauber", "drone", "dron", "frigate", "frégate", "fragata", "fregatte", "submarin", "sous-marin", "u-boot",
            "howitzer", "haubitze", "obus", "ammunition", "munition", "munición", "munição", "exercise", "exercice", "ejercicio", "exercício",
            "übung", "manöver", "manoeuv", "manœuv", "maneuv", "maniobra", "manobra", "drill", "police", "policía", "polícia", "polizei",
            "forces", "fuerzas", "forças", "streitkräfte", "f-16", "f-35", "f-15", "f-5", "rafale", "mirage", "leopard", "patriot", "cazas", "caças",
            "blindé", "canon", "rifle", "fusil", "officer", "officier", "oficial", "offizier", "pilot", "cadet", "brigad", "bundeswehr", "pentagon",
            "pentágono", "pentagone", "nato", "otan", "combat", "combate", "guerr", "war", "krieg", "terror", "narco", "drog"));

    /** Every kind pattern of every language contains one of these (meetings have their own in MeetingReader). */
    private static final List<String> STEMS = List.of(
            "agree", "accord", "arrang", "pact", "treat", "memorand", "exerci", "drill", "maneuv", "manoeuv", "manœuv", "train", "formation",
            "entraîn", "intelligence", "information", "arms", "sold", "sell", "sale", "deliver", "suppl", "transfer", "technolog",
            "renseign", "armes", "livr", "vend", "don",
            "fourn", "transfert", "acuerdo", "convenio", "ejercicio", "maniobra", "entrena", "capacit", "adiestra", "instruc",
            "intercambio", "compartir", "inteligencia", "armas", "entreg", "suministr", "transferencia", "tecnolog",
            "acordo", "exercício", "manobra", "treina", "treino", "formação", "capacitação", "intercâmbio", "troca",
            "partilha", "inteligência", "fornec", "transferência", "cheg", "abkommen", "pakt", "vertrag", "vereinbarung", "übung",
            "manöver", "ausbild", "bilde", "geheimdienst", "nachrichtendienst", "austausch", "waffen", "rüstung", "liefer", "verkauf");

    private static final io.allywatch.engine.text.StemFilter STEM_FILTER = new io.allywatch.engine.text.StemFilter(STEMS);

    private boolean takenBack(String text, int cueStart) {
        // "approved a possible sale" is the approval itself (the wording of US arms-sale notices), no hedge
        String before = APPROVED_POSSIBLE.matcher(text.substring(0, cueStart)).replaceAll("approved");
        if (lexicon.hedge().matcher(before).find()) {
            return true;
        }
        int from = Math.max(0, cueStart - NEGATION_WINDOW);
        Matcher breaks = CLAUSE_BREAK.matcher(text).region(from, cueStart);
        while (breaks.find()) {
            from = breaks.end();
        }
        if (lexicon.negation().matcher(text.substring(from, cueStart)).find()) {
            return true;
        }
        // Called off after it is named: "wurde eine geplante gemeinsame Militärübung abgesagt", "the delivery was postponed"
        int to = Math.min(text.length(), cueStart + CANCELLED_WINDOW);
        int semicolon = text.indexOf(';', cueStart);
        return CANCELLED_AFTER.matcher(text).region(cueStart, semicolon < 0 ? to : Math.min(to, semicolon)).find();
    }

    /** An approval of a "possible" or "potential" sale: the approval is done, the sale its object. */
    private static final Pattern APPROVED_POSSIBLE = Pattern.compile("\\b(?:approved|approves|aprovou|aprova|aprobó|aprueba|approuvé|approuve|genehmigt\\p{L}*)\\s+"
            + "(?:(?:a|an|the|uma|um|una|un|une|la|le|einen|eine|den|die)\\s+)?(?:possible|potential|potencial|posible|possível|éventuel(?:le)?|potentiel(?:le)?|mögliche[nr]?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Characters after a cue in which its cancellation may follow (German puts the participle last). */
    private static final int CANCELLED_WINDOW = 90;
    /** A participle that calls the cooperation off, in the five languages. */
    private static final Pattern CANCELLED_AFTER = Pattern.compile("\\b(?:cancell?ed|postponed|called\\s+off|suspended|halted|frozen"
            + "|annul[ée]e?s?|report[ée]e?s?|suspendu(?:e|s|es)?|gel[ée]e?s?"
            + "|cancelad[oa]s?|suspendid[oa]s?|aplazad[oa]s?|postergad[oa]s?|congelad[oa]s?|suspens[oa]s?|adiad[oa]s?"
            + "|abgesagt|verschoben|gestoppt|ausgesetzt|eingefroren|gestrichen|auf\\s+Eis\\s+gelegt)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Two actors named in the sentence is the clear case; a third is often a bystander ("China criticised the exercise"). */
    private static double confidence(Sentence sentence, boolean filled, int actors) {
        double c = 0.85;
        if (actors > 2) {
            c -= 0.15;
        }
        if (filled) {
            c -= 0.15;
        }
        if (sentence.headlineLike()) {
            c -= 0.1;
        }
        return Math.round(c * 100) / 100.0;
    }
}
