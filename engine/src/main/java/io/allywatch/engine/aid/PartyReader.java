package io.allywatch.engine.aid;

import io.allywatch.engine.gazetteer.CountryGazetteer;
import io.allywatch.engine.gazetteer.Leaders;
import io.allywatch.engine.money.MoneyMention;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who gives and who gets an amount in one sentence: the countries and institutions it names
 * ({@link #parties}), the recipient (led by "to", "an", "para", the one that receives or asks, the
 * dative object of a verb of giving) and the donor where the text states it (the one aid comes
 * from, the aid's own adjective or genitive, the subject of a verb of giving). German word order
 * is read apart: its subject may follow the finite verb. Stateless and thread-safe, one per language.
 *
 * <p>Split by job: {@link PartyFinder} finds the parties, {@link RecipientReader} reads the recipient,
 * {@link GermanWordOrder} the German word order, {@link NounPhraseReader} what a country's name or adjective
 * belongs to (the aid, another noun, its forces, an agreement's partner); the donor, the subject of a verb of
 * giving and what the readers share are read here.
 */
final class PartyReader {
    static final String USA = "USA";
    /** How far before a country its recipient or donor preposition may start. */
    static final int LEAD = 50;
    /** How many words may stand between a donor and the aid word it qualifies ("US military aid", "ayuda militar estadounidense"). */
    static final int ADJECTIVE_REACH = 2;
    /** How many words a giving verb may follow its subject. */
    static final int SUBJECT_REACH = 10;
    static final int GERMAN_SUBJECT_REACH = 18;
    /** A clause boundary or a contrast, past which a party is no longer a verb's subject: "..., Guatemala and Costa Rica while another ...". */
    private static final Pattern CLAUSE_OR_CONTRAST = Pattern.compile("\\s--|[;,\\u2013\\u2014]|\\b(?:while|whereas|but|mientras|alors\\s+que|tandis\\s+que|enquanto|während|aber)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** An auxiliary right before a verb of giving makes it passive: "Senegal was given", "foi concedido", "wurde gewährt". */
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:was|were|is|are|be|been|being|fue|fueron|ha\\s+sido|foi|foram|tem\\s+sido|a\\s+été|ont\\s+été|été|wurde|wurden|worden|s['’]est\\s+(?:\\p{Ll}+\\s+)?vue?|se\\s+sont\\s+(?:\\p{Ll}+\\s+)?vue?s?)\\s+(?:\\p{L}+\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "displaced from Mozambique", "imports from Japan": where people or goods come from, no donor. */
    private static final Pattern FROM_PLACE = Pattern.compile("\\b(?:displaced|fled|fleeing|refugees|returned|returning|arriving|coming|imported|imports?|exports?|smuggled|deported"
            + "|Flüchtling\\p{L}*|geflohen\\p{L}*|geflüchtet\\p{L}*|Vertriebene\\p{L}*|Migrant\\p{L}*|Import\\p{L}*|Einfuhr\\p{L}*|stammend\\p{L}*|Menschen|Familien)\\s+\\S+\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d'’.-]+");

    private final String lang;
    private final AidCues cues;
    private final PartyFinder finder;
    private final GermanWordOrder german;
    private final NounPhraseReader phrases;
    private final RecipientReader recipients;

    PartyReader(String lang, AidCues cues, CountryGazetteer gazetteer) {
        this.lang = lang;
        this.cues = cues;
        this.finder = new PartyFinder(cues, gazetteer);
        this.german = new GermanWordOrder(cues, gazetteer, this);
        this.phrases = new NounPhraseReader(lang, cues, this);
        this.recipients = new RecipientReader(lang, cues, this, german, phrases);
    }

    /**
     * Who a rule found, and how surely: strong where the grammar says it ("to Peru", "Japan will
     * lend", "US aid"), weak where only elimination does (the one country left, the one named first).
     */
    record Pick(String code, boolean strong) {
        static Pick strong(String code) {
            return new Pick(code, true);
        }

        static Pick weak(String code) {
            return new Pick(code, false);
        }
    }

    /**
     * A party to aid named in a sentence: a country (ISO alpha-3) or an institution (its donor code).
     *
     * @param government the US government by one of its branches (Congress, the State Department)
     * @param official   a state named by its government, a minister or a leader ("le gouvernement suédois", "die britische
     *                   Premierministerin", "Starmer"): one that acts, so the giver where no other is stated
     */
    record Party(String code, int start, int end, boolean institution, boolean government, boolean official) {
        Party(String code, int start, int end, boolean institution) {
            this(code, start, end, institution, false, false);
        }

        Party(String code, int start, int end, boolean institution, boolean government) {
            this(code, start, end, institution, government, false);
        }
    }

    /** The last sentence's parties, per thread: the rules ask for them many times over one sentence. */
    private final ThreadLocal<Object[]> lastParties = ThreadLocal.withInitial(() -> new Object[2]);

    /** The countries and institutions a sentence names, left to right. */
    List<Party> parties(String text) {
        Object[] last = lastParties.get();
        if (last[0] == text) {
            @SuppressWarnings("unchecked")
            List<Party> cached = (List<Party>) last[1];
            return cached;
        }
        List<Party> found = finder.find(text);
        last[0] = text;
        last[1] = found;
        return found;
    }

    /** Whom an amount goes to ({@link RecipientReader#recipient}). */
    Pick recipient(String text, List<Party> parties, MoneyMention m, int segmentStart, int segmentEnd) {
        return recipients.recipient(text, parties, m, segmentStart, segmentEnd);
    }

    /**
     * Who gives an amount, only where the text states it: the one aid comes from ("from Japan"), the
     * aid's own adjective or genitive ("US aid", "Japan's loans", "ayuda militar estadounidense"),
     * the subject of a verb of giving ("Japan will lend ...", "L'UE a débloqué ..."), an institution
     * that gives, or the US government by its branches.
     */
    Pick donor(String text, List<Party> parties, String recipient, MoneyMention m) {
        for (int k = 0; k < parties.size(); k++) {
            Party p = parties.get(k);
            if (!p.code().equals(recipient) && led(text, p, 0, cues.from())
                    && !FROM_PLACE.matcher(text.substring(Math.max(0, p.start() - LEAD), p.start())).find()) {
                // "from Japan and the World Bank": two givers of one amount, neither is its donor
                boolean shared = k + 1 < parties.size() && SHARED.matcher(text.substring(p.end(), Math.max(p.end(), parties.get(k + 1).start()))).matches();
                return shared ? null : Pick.strong(p.code());
            }
        }
        for (Party p : parties) {
            if (!p.code().equals(recipient) && possesses(text, p, m)) {
                return Pick.strong(p.code()); // "the UK's additional 10 million pounds"
            }
            if (p.institution() && p.start() >= m.end() && INSTITUTION_GENITIVE.matcher(text.substring(m.end(), p.start())).matches()) {
                return Pick.strong(p.code()); // "une aide de 300 millions d'euros de l'Union européenne": a bank or union gives, it is no place
            }
        }
        Matcher aid = cues.aid().matcher(text);
        while (aid.find()) {
            for (Party p : parties) {
                if (p.code().equals(recipient)) {
                    continue;
                }
                boolean before = p.end() <= aid.start() && words(text, p.end(), aid.start()) <= ADJECTIVE_REACH
                        && !led(text, p, 0, cues.to()) && !led(text, p, 0, cues.place()); // "rubricado em Maputo prevê um financiamento": where, not who
                boolean after = p.start() >= aid.end() && words(text, aid.end(), p.start()) <= ADJECTIVE_REACH
                        && !led(text, p, aid.end(), cues.to()) && !"en".equals(lang) && !"de".equals(lang);
                if (before || after) {
                    return Pick.strong(p.code());
                }
            }
        }
        for (Party p : parties) {
            if (!p.code().equals(recipient) && givesAsSubject(text, p)) {
                return Pick.strong(p.code());
            }
        }
        Party first = parties.stream().filter(p -> !led(text, p, 0, cues.place())).findFirst().orElse(null);
        if (first != null && !first.code().equals(recipient) && AGREES.matcher(text).find()
                && parties.stream().noneMatch(o -> o.code().equals(first.code()) && led(text, o, 0, cues.to()))
                && parties.stream().anyMatch(r -> r.code().equals(recipient) && r.start() > first.end() && phrases.partnerOfAid(text, r))) {
            return Pick.strong(first.code()); // "The Japanese Embassy ... concluded two development assistance agreements with the Philippines"
        }
        for (Party p : parties) {
            if (p.institution() && p.start() < m.start()) {
                return Pick.weak(p.code()); // named before the amount, but not said to give it
            }
        }
        // a state named by its government or a minister, or a leader named alone ("Starmer avait déjà promis de verser ..."), who asks for nothing
        List<String> officials = java.util.stream.Stream.concat(
                        parties.stream().filter(p -> p.official() && !asks(text, p.end())).map(Party::code),
                        Leaders.find(text).stream().filter(l -> !asks(text, l.end())).map(Leaders.Named::iso3))
                .filter(code -> !code.equals(recipient)).distinct().toList();
        if (officials.size() == 1) {
            return Pick.strong(officials.get(0)); // "le gouvernement suédois a décidé de relever ... son aide humanitaire à la Syrie"
        }
        if (!USA.equals(recipient) && parties.stream().anyMatch(p -> p.code().equals(USA))) {
            // Congress, the State Department, the Pentagon: a branch of government that deals in aid, not a mere mention of the country
            return parties.stream().anyMatch(Party::government) ? Pick.strong(USA) : Pick.weak(USA);
        }
        return null;
    }

    /** The country is the one given to: "der Ukraine" as a German dative object, or right after a verb of giving ("pledged Kyiv"). */
    boolean objectOfGiving(String text, Party p) {
        Matcher with = WITH_AMOUNT.matcher(text).region(p.end(), text.length());
        if (with.lookingAt() && with.end() < text.length() && MONEY_START.matcher(text.substring(with.end(), Math.min(text.length(), with.end() + 4))).lookingAt()) {
            return true;
        }
        return "de".equals(lang) ? german.dativeDe(text, p) : rightAfterGiving(text, p);
    }

    /** "pledged Kyiv $2 billion", "to give Israel $38 billion": a verb of giving right before the country. */
    boolean rightAfterGiving(String text, Party p) {
        String lead = text.substring(Math.max(0, p.start() - 25), p.start());
        Matcher give = cues.give().matcher(lead);
        boolean right = false;
        while (give.find()) {
            right = words(lead, give.end(), lead.length()) <= 1;
        }
        return right;
    }

    /**
     * A country gives by a verb it is the subject of, and another country is named that is no
     * mere place: "China will allocate 50 million yuan ... between the two countries" does not
     * count, "Washington has pledged Kyiv $2 billion" does.
     */
    boolean givenBySubject(String text, List<Party> named) {
        for (Party giver : named) {
            if (!givesAsSubject(text, giver)) {
                continue;
            }
            for (Party other : named) {
                if (!other.institution() && !other.code().equals(giver.code()) && !led(text, other, 0, cues.place())
                        && !led(text, other, 0, cues.from())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What stands between a country and the amount it is supported with: "mit über", "with", "con", "com", "avec", "à hauteur de". */
    static final Pattern WITH_AMOUNT = Pattern.compile("\\s*(?:with|mit|con|com|avec|à\\s+hauteur\\s+de)\\s+(?:(?:über|rund|knapp|fast|insgesamt|umgerechnet|more\\s+than|over|upwards\\s+of|about|some|plus\\s+de|près\\s+de|más\\s+de|cerca\\s+de|mais\\s+de|quase)\\s+)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONEY_START = Pattern.compile("(?:US)?[$€£¥]|\\d");
    static final Pattern SHARED = Pattern.compile("\\s*(?:,|and|et|y|e|und|sowie)\\s*(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern GENITIVE = Pattern.compile("^\\s*['’]s\\b");

    /** "the UK's additional 10 million pounds", "Japan's yen loans": the amount, or its aid, is the party's. */
    boolean possesses(String text, Party p, MoneyMention m) {
        if (!GENITIVE.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + 3))).find()) {
            return false;
        }
        int after = p.end() + 2;
        Matcher aid = cues.aid().matcher(text).region(after, text.length());
        boolean aidNext = aid.find() && words(text, after, aid.start()) <= ADJECTIVE_REACH;
        return aidNext || m.start() >= after && words(text, after, m.start()) <= ADJECTIVE_REACH + 1;
    }

    /** A bare genitive right after an amount: "de l'", "de la", "del", "da", "do", "von der", "der". */
    private static final Pattern INSTITUTION_GENITIVE = Pattern.compile("\\s*(?:de\\s+l['’]\\s*|de\\s+la\\s+|del\\s+|da\\s+|do\\s+|von\\s+der\\s+|der\\s+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A verb of asking or receiving soon after: "the Philippine government has asked to buy", "el gobierno colombiano solicitó". */
    private boolean asks(String text, int from) {
        Matcher receive = cues.receive().matcher(text).region(from, text.length());
        return receive.find() && words(text, from, receive.start()) <= SUBJECT_REACH;
    }

    /** Whether a party is the subject of a verb of giving: the verb follows it within a few words, nothing else named between. */
    boolean givesAsSubject(String text, Party p) {
        if (led(text, p, 0, cues.place())) {
            return false; // "O entendimento rubricado em Maputo prevê um financiamento": where it was signed, not who gives
        }
        if ("de".equals(lang)) {
            Boolean v2 = german.germanSubject(text, p);
            if (v2 != null) {
                return v2;
            }
        }
        Matcher give = cues.give().matcher(text).region(p.end(), text.length());
        // German puts the participle last: "Deutschland hat der Ukraine im Jahr 2024 Militärhilfe in Höhe von 7,1 Mrd. Euro zugesagt"
        if (!give.find() || words(text, p.end(), give.start()) > ("de".equals(lang) ? GERMAN_SUBJECT_REACH : SUBJECT_REACH)) {
            return false;
        }
        // "when Russian forces annexed Crimea, Washington has pledged ...": a party of a later clause is the subject
        int verb = give.start();
        if (text.substring(p.end(), verb).contains(",") && ANNOUNCING.matcher(text.substring(verb, give.end())).matches()
                && INVERTED_SUBJECT.matcher(text).region(give.end(), text.length()).lookingAt()) {
            return false; // "… de las fuerzas armadas bolivianas, anunció el ministro": the verb's subject follows it
        }
        if (PASSIVE.matcher(text.substring(Math.max(p.end(), verb - 30), verb)).find() && !text.startsWith("ing", wordEnd(text, verb) - 3)) {
            return false; // "Senegal was given a 5.5 mln dlrs loan": the one who gets it
        }
        int boundary = -1;
        Matcher clause = CLAUSE_OR_CONTRAST.matcher(text).region(p.end(), verb);
        while (clause.find()) {
            boundary = clause.end();
        }
        int after = boundary;
        if (after >= 0 && parties(text).stream().anyMatch(o -> o.start() >= after && o.end() <= verb && !o.code().equals(p.code()))) {
            return false;
        }
        return !led(text, p, 0, cues.to());
    }

    /**
     * An article right after a verb of announcing: its subject comes after it ("anunció el ministro", "a annoncé le ministre",
     * "anunció la UE"); Romance word order only, and only after "announce", which both gives and reports.
     */
    private static final Pattern ANNOUNCING = Pattern.compile("(?:anunci|annonc)\\p{L}*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern INVERTED_SUBJECT = Pattern.compile("\\s+(?:el|la|los|las|le|les|o|os)\\s", Pattern.CASE_INSENSITIVE);

    /** A country named by its forces, not as their giver ({@link NounPhraseReader#forcesOf}). */
    boolean forcesOf(String text, Party p) {
        return phrases.forcesOf(text, p);
    }

    /** Verbs of concluding an agreement, whose partner the giver's aid goes to. */
    static final Pattern AGREES = Pattern.compile("\\b(?:conclu\\p{L}*|sign\\p{L}*|firm\\p{L}*|assin\\p{L}*|unterzeichn\\p{L}*|rubric\\p{L}*|agreements?|accords?|acuerdos?|acordos?|convenios?|convênios?|Abkommen|Vereinbarung\\p{L}*)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static boolean endsWith(Pattern pattern, String lead) {
        Matcher m = pattern.matcher(lead);
        while (m.find()) {
            if (m.end() == lead.length()) {
                return true;
            }
        }
        return false;
    }

    /** "... of aid to [Peru]": a preposition ends right at the party, read from {@code floor} on. */
    boolean led(String text, Party p, int floor, Pattern preposition) {
        String lead = text.substring(Math.max(floor, p.start() - LEAD), p.start());
        return endsWith(preposition, lead) && !portugueseSubject(text, p, lead);
    }

    /** The Portuguese article "a" (not the preposition) before a country its verb follows: "a Austrália anuncia 35 milhões". */
    private static final Pattern PORTUGUESE_ARTICLE_A = Pattern.compile("(?:^|[\\s,;(])a\\s+$");
    private static final Pattern VERB_RIGHT_AFTER = Pattern.compile("\\s+(?:(?:também|já|ainda|não)\\s+)?");

    private boolean portugueseSubject(String text, Party p, String lead) {
        if (!"pt".equals(lang) || !PORTUGUESE_ARTICLE_A.matcher(lead).find()) {
            return false;
        }
        Matcher gap = VERB_RIGHT_AFTER.matcher(text).region(p.end(), text.length());
        if (!gap.lookingAt()) {
            return false;
        }
        Matcher verb = cues.give().matcher(text).region(gap.end(), text.length());
        return verb.lookingAt();
    }

    /** Where the word that starts at {@code at} ends. */
    private static int wordEnd(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** How many words stand between {@code from} and {@code to}. */
    static int words(String text, int from, int to) {
        if (to <= from) {
            return 0;
        }
        Matcher w = WORD.matcher(text).region(from, to);
        int n = 0;
        while (w.find()) {
            n++;
        }
        return n;
    }
}
