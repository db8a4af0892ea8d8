package io.allywatch.engine.aid;

import io.allywatch.engine.gazetteer.Aggressors;
import io.allywatch.engine.gazetteer.CountryGazetteer;
import io.allywatch.engine.gazetteer.CountryMention;
import io.allywatch.engine.gazetteer.Leaders;
import io.allywatch.engine.money.MoneyMention;
import io.allywatch.engine.text.Prefiltered;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who gives and who gets an amount in one sentence: the countries and institutions it names
 * ({@link #parties}), the recipient (led by "to", "an", "para", the one that receives or asks, the
 * dative object of a verb of giving) and the donor where the text states it (the one aid comes
 * from, the aid's own adjective or genitive, the subject of a verb of giving). German word order
 * is read apart: its subject may follow the finite verb. Stateless and thread-safe, one per language.
 */
final class PartyReader {
    static final String USA = "USA";
    /** How far before a country its recipient or donor preposition may start. */
    private static final int LEAD = 50;
    /** How many words may stand between a donor and the aid word it qualifies ("US military aid", "ayuda militar estadounidense"). */
    private static final int ADJECTIVE_REACH = 2;
    /** How many words may stand between the country right after a verb of giving and the amount it gets. */
    private static final int DATIVE_REACH = 3;
    /** The same in a German main clause whose subject follows its finite verb of giving. */
    private static final int GERMAN_DATIVE_REACH = 8;
    /** What separates a dative object from its amount in another clause: a comma, colon, bracket or dash. */
    private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:()\u2013\u2014]");
    /** How many words a giving verb may follow its subject. */
    static final int SUBJECT_REACH = 10;
    private static final int GERMAN_SUBJECT_REACH = 18;
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
    /** What stands between two countries that share one lead ("to El Salvador, Honduras and Guatemala"), in this language. */
    private final Pattern sharedLead;
    private final AidCues cues;
    private final CountryGazetteer gazetteer;

    PartyReader(String lang, AidCues cues, CountryGazetteer gazetteer) {
        this.lang = lang;
        this.sharedLead = "en".equals(lang) ? ENGLISH_SHARED_LEAD : SHARED_LEAD;
        this.cues = cues;
        this.gazetteer = gazetteer;
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
     * In a list of shares, the country that opens this amount's item: after the amount before it, a
     * conjunction or comma, the country and at most a verb of receiving or "with" ("und Libanon 13 Millionen Euro",
     * "o Maláui com um milhão", "y Honduras 20 millones").
     */
    private Party listedBefore(String text, List<Party> parties, MoneyMention m, int segmentStart) {
        if (segmentStart == 0) {
            return null; // the first amount of a sentence opens no list
        }
        for (Party p : parties) {
            if (!p.institution() && p.start() >= segmentStart && p.end() <= m.start()
                    && LIST_ITEM_LEAD.matcher(text.substring(segmentStart, p.start())).matches()
                    && LIST_ITEM_TAIL.matcher(text.substring(p.end(), m.start())).matches()) {
                return p;
            }
        }
        return null;
    }

    private static final Pattern LIST_ITEM_LEAD = Pattern.compile("\\s*(?:,\\s*(?:and|et|y|e|und|sowie)?|and|et|y|e|und|sowie|;)\\s*"
            + "(?:(?:the|la|le|el|o|a|die|der|das)\\s+|l['’]\\s*)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LIST_ITEM_TAIL = Pattern.compile("\\s*(?:(?:receives?|gets?|reçoit|recibe|recebe|erhält|bekommt)\\s+|(?:with|avec|con|com|mit)\\s+)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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

    /** A noun of government right before a country's adjective, as the Romance languages write it: "le gouvernement suédois". */
    private static final Pattern OFFICE_BEFORE = Pattern.compile("\\b(?:gouvernement|ministre|ministère|président|présidente|chef\\s+de\\s+la\\s+diplomatie|ambassadeur|ambassadrice|ambassade|"
            + "exécutif|secrétaire\\s+d['’]État|gobierno|ministro|ministra|ministerio|presidente|presidenta|canciller|embajador|embajadora|embajada|Ejecutivo|"
            + "governo|ministério|embaixador|embaixadora|embaixada|primeiro-ministro|primeira-ministra)\\s+(?:fédéral\\s+|federal\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A country's adjective right before a noun of government, as English and German write it: "the British government", "die britische Premierministerin". */
    private static final Pattern OFFICE_AFTER = Pattern.compile("^\\s+(?:(?:Foreign|Defen[cs]e|Prime|Development)\\s+)?(?:government|minister|ministry|embassy|ambassador|president|chancellor|secretary|"
            + "Regierung|Bundesregierung|\\p{L}*[Mm]inister(?:in)?|\\p{L}*[Mm]inisterium|Präsident(?:in)?|Kanzler(?:in)?|Botschaft|Botschafter(?:in)?)\\b",
            Pattern.UNICODE_CASE);

    /** An office that is itself the name ("Bundesverteidigungsministerin", "Auswärtiges Amt", "BMVg"): a state named by its government. */
    private static final Pattern OFFICE_NAMED = Pattern.compile("[\\p{L} ]*(?:[Mm]inister(?:in|ium)?|Amt|Amts|Amtes|BMVg|BMZ|Bundeswehr|Bundesregierung|Entwicklung)");

    /** A country inside a company's name or description: "Royal Bank of Canada", "Nomura Securities Co Ltd of Japan". */
    private static final Pattern COMPANY_BEFORE = Pattern.compile("(?:\\b(?:Bank|Banque|Banco|Corp\\.?|Corporation|Co\\.?|Ltd\\.?|Inc\\.?|Company|Airways|Airlines|Group|Securities|Motors?)\\s+(?:of|du|de|do)\\s+(?:the\\s+)?)$");
    /** "UK-based bank", "Gibraltar-based Menatep Group": where a company sits, no party to aid. */
    private static final Pattern COMPANY_AFTER = Pattern.compile("^(?:-based|\\s+(?:Airways|Airlines|Bank|Telecom|Petroleum|Steel|Motors?)\\b)");

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
        List<Party> found = readParties(text);
        last[0] = text;
        last[1] = found;
        return found;
    }

    /** A dateline, where the news was written: "LA PAZ, Bolivia —", "NIAMEH dpa |", "CARACAS (EuroEFE).-": a place, no party. */
    private static final Pattern DATELINE = Pattern.compile("^\\s*\\p{Lu}[\\p{Lu}\\s.'-]+(?:,\\s*\\p{Lu}[\\p{L}\\s.'-]{1,30}?)?\\s*(?:\\([^)]{1,30}\\)|dpa|AFP|EFE|Reuters|AP)?\\s*(?:[\u2014\u2013|]|\\.-|-\\s)"
            // "Berlin: (hib/VOM) ...": a place, a colon and the agency's mark
            + "|^\\s*\\p{Lu}\\p{L}+:\\s*\\([^)]{1,30}\\)");

    private List<Party> readParties(String text) {
        List<Party> parties = new ArrayList<>();
        Matcher dateline = DATELINE.matcher(text);
        int placeEnd = dateline.lookingAt() ? dateline.end() : 0;
        for (CountryMention c : gazetteer.find(text)) {
            if (c.end() <= placeEnd) {
                continue;
            }
            if (COMPANY_BEFORE.matcher(text.substring(Math.max(0, c.start() - 40), c.start())).find()
                    || COMPANY_AFTER.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 12))).find()
                    || Aggressors.isAggressor(text, c.start(), c.end())) { // "contre l'invasion russe": the war's background
                continue;
            }
            boolean official = OFFICE_BEFORE.matcher(text.substring(Math.max(0, c.start() - LEAD), c.start())).find()
                    || OFFICE_AFTER.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + LEAD))).lookingAt()
                    || OFFICE_NAMED.matcher(text.substring(c.start(), c.end())).matches();
            parties.add(new Party(c.iso3(), c.start(), c.end(), false, false, official));
        }

        for (Map.Entry<Pattern, String> e : cues.institutions().entrySet()) {
            if (!Prefiltered.of(e.getKey()).mayFind(text)) {
                continue;
            }
            Matcher m = e.getKey().matcher(text);
            while (m.find()) {
                int s = m.start();
                int end = m.end();
                if (parties.stream().noneMatch(p -> p.start() < end && s < p.end())) {
                    parties.add(new Party(e.getValue(), s, end, true));
                }
            }
        }
        boolean usGovernmentMay = Prefiltered.of(cues.usGovernment()).mayFind(text);
        Matcher us = cues.usGovernment().matcher(text);
        while (usGovernmentMay && us.find()) {
            int s = us.start();
            int end = us.end();
            // "US-Außenministerium", "Washington": the government, over the country the gazetteer saw in it
            if (parties.stream().allMatch(p -> !(p.start() < end && s < p.end()) || p.code().equals(USA) && !p.institution())) {
                parties.removeIf(p -> p.start() < end && s < p.end());
                parties.add(new Party(USA, s, end, false, true));
            }
        }
        parties.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(parties);
    }

    /**
     * Whom an amount goes to: a country introduced by "to"/"for"/"à"/"para"/"an" in its segment
     * (after it, then before it), the one that receives or asks, else the one country of the
     * sentence that is no donor of it.
     */
    Pick recipient(String text, List<Party> parties, MoneyMention m, int segmentStart, int segmentEnd) {
        for (int k = 0; k < parties.size(); k++) {
            Party p = parties.get(k);
            // (not "weitere 50 Millionen Euro an deutscher Hilfe": the giver's adjective before its aid)
            if (!p.institution() && p.start() >= m.end() && p.end() <= segmentEnd && led(text, p, m.end(), cues.to()) && !qualifiesOther(text, p)
                    && !aidNounNext(text, p) && !peopleGoTo(text, p)) {
                // "will go to El Salvador, Honduras, Guatemala and Costa Rica": shared by several, no one recipient
                boolean shared = k + 1 < parties.size() && !parties.get(k + 1).institution()
                        && sharedLead.matcher(text.substring(p.end(), Math.max(p.end(), parties.get(k + 1).start()))).matches();
                return shared ? null : Pick.strong(p.code());
            }
        }
        for (Party p : parties) {
            // "$52 million in Iraq" in a breakdown by country
            if (!p.institution() && p.start() >= m.end() && p.end() <= segmentEnd && IN_RIGHT_AFTER.matcher(text.substring(m.end(), p.start())).matches()
                    && !aidRightAfter(text, p)) { // "$7.2 million in U.S. aid": the donor's adjective
                return Pick.strong(p.code());
            }
        }
        Party listed = listedBefore(text, parties, m, segmentStart);
        if (listed != null) {
            return Pick.strong(listed.code()); // "Syrien erhält 20 Millionen Euro und Libanon 13 Millionen Euro": each its own amount
        }
        for (int k = parties.size() - 1; k >= 0; k--) {
            Party p = parties.get(k);
            if (!p.institution() && p.end() <= m.start() && p.start() >= segmentStart && led(text, p, segmentStart, cues.to()) && !qualifiesOther(text, p)
                    // "50 Millionen Euro an Gaza …, Syrien erhält 20 Millionen": a country that receives stands between them
                    && !cues.receive().matcher(text.substring(p.end(), m.start())).find()) {
                return Pick.strong(p.code());
            }
        }
        for (Party p : parties) {
            // "pledged Kyiv $2 billion", "to give Israel $38 billion": the country right after a verb of giving, the amount just after it
            // German puts the subject right after the finite verb ("stellt die deutsche Regierung Kolumbien 327 Millionen
            // Euro zur Verfügung"): there the one given to is the country after the subject
            if (!p.institution() && p.end() <= m.start() && p.start() >= segmentStart && words(text, p.end(), m.start()) <= DATIVE_REACH
                    && ("de".equals(lang) ? givenToAfterGermanSubject(text, p) || articled(text, p) && rightAfterGiving(text, p) : rightAfterGiving(text, p))) {
                return Pick.strong(p.code());
            }
            // "stellt das BMZ Jordanien zur Bewältigung der Flüchtlingskrise insgesamt weitere 128 Millionen Euro bereit": German
            // puts the adverbials between the dative object and the amount, in the same clause
            if ("de".equals(lang) && !p.institution() && p.end() <= m.start() && p.start() >= segmentStart
                    && words(text, p.end(), m.start()) <= GERMAN_DATIVE_REACH && !CLAUSE_MARK.matcher(text.substring(p.end(), m.start())).find()
                    // "plant, Tunesien und Malta Militärgerät im Wert von ...": the last one named before the amount, or none
                    && parties.stream().noneMatch(o -> !o.institution() && (o.start() >= p.end() && o.end() <= m.start()
                    || o.end() <= p.start() && sharedLead.matcher(text.substring(o.end(), p.start())).matches()))
                    && givenToAfterGermanSubject(text, p)) {
                return Pick.strong(p.code());
            }
            // "haben die Ukraine mit über 88 Milliarden Euro unterstützt", "supported Kyiv with $2 billion"
            if (!p.institution() && p.end() <= m.start() && p.start() >= segmentStart && WITH_AMOUNT.matcher(text.substring(p.end(), m.start())).matches()
                    && cues.give().matcher(text).find()) {
                return Pick.strong(p.code());
            }
            // "Somalia (€36.5 million), Ethiopia (€31 million)": each country its own amount
            if (!p.institution() && p.end() <= m.start() && text.substring(p.end(), m.start()).matches("\\s*\\(\\s*")
                    && !led(text, p, 0, cues.from()) && !sharesLead(text, parties, p)) {
                return Pick.strong(p.code());
            }
        }
        for (Party p : parties) {
            // "la capacidad logística de las fuerzas armadas bolivianas", "la police nationale haïtienne": the forces of a country
            // (not English: "to the Philippine military" is read by its preposition, and "U.S. military" is mostly the giver's)
            if (p.start() >= segmentStart && p.end() <= segmentEnd && forcesOf(text, p)) {
                return Pick.strong(p.code());
            }
        }
        for (Party p : parties) {
            // German puts the verb last: "Mit weiteren 800 Millionen Dollar will der US-Präsident die Ukraine unterstützen"
            if ("de".equals(lang) && !p.institution() && p.start() >= segmentStart && p.end() <= segmentEnd
                    && GERMAN_HELPED_AFTER.matcher(text.substring(p.end())).lookingAt()) {
                return Pick.strong(p.code());
            }
        }
        for (Party p : parties) {
            // "pour aider l'Ukraine", "para apoyar a Colombia", "to help Jordan": the one helped
            // (not "de ajuda brasileira", "l'aide française": a lower-case adjective right after the noun is the giver's)
            if (!p.institution() && p.start() >= segmentStart && p.end() <= segmentEnd
                    && HELPED.matcher(text.substring(Math.max(0, p.start() - LEAD), p.start())).find()
                    && !Character.isLowerCase(text.charAt(p.start()))) {
                return Pick.strong(p.code());
            }
        }
        for (Party p : parties) {
            // "Japan concluded two development assistance agreements with the Philippines, worth ¥31.1 billion", "Le Japon a conclu
            // avec les Philippines un accord d'assistance de 1,6 milliard de yens": the partner of a giver's aid agreement gets it
            if (!p.institution() && p.start() >= segmentStart && p.end() <= m.start() && partnerOfAid(text, p) && !sharesLead(text, parties, p)
                    // "South Korea signed with Japan for a credit, part of an aid package for South Korea": the other one gets it
                    && parties.stream().noneMatch(o -> !o.code().equals(p.code()) && led(text, o, 0, cues.to()))
                    && parties.stream().anyMatch(q -> q.start() < p.start() && !q.code().equals(p.code())
                    && (AGREES.matcher(text).find() || q.institution() || givesAsSubject(text, q)))) {
                return Pick.strong(p.code());
            }
        }
        for (Party p : parties) {
            // "RDC : l'Union européenne accorde 9 millions d'euros", "Haiti: US pledges $100 million": the country a headline is about
            if (!p.institution() && p.start() == 0 && TOPIC_MARK.matcher(text.substring(p.end())).lookingAt()) {
                return Pick.strong(p.code());
            }
        }
        // "..., while Egypt would go on getting its yearly $2.1 billion": who receives, nearest the amount first
        Matcher receive = cues.receive().matcher(text).region(segmentStart, segmentEnd);
        List<Integer> receiving = new ArrayList<>();
        while (receive.find()) {
            receiving.add(receive.start());
        }
        // "Israel would stay the biggest recipient ..., with $3 billion ..., while Egypt would go on getting ...": the cue
        // before the amount, nearest first, then those after it
        receiving.sort((a, b) -> Integer.compare(a < m.start() ? m.start() - a : (1 << 20) + a, b < m.start() ? m.start() - b : (1 << 20) + b));
        for (int at : receiving) {
            for (int k = parties.size() - 1; k >= 0; k--) {
                Party p = parties.get(k);
                if (!p.institution() && p.end() <= at && p.start() >= segmentStart && words(text, p.end(), at) <= SUBJECT_REACH
                        && !led(text, p, 0, cues.from()) && !led(text, p, 0, cues.place())
                        && (!qualifiesOther(text, p) || text.substring(p.end(), at).isBlank())) { // "a Philippine request": the one who asks
                    // "the administration had asked for 350 mln dlrs", "Reagan would seek 2.5 billion dlrs": a government asking for its own budget
                    return p.government() ? null : Pick.strong(p.code());
                }
            }
        }
        if ("de".equals(lang)) {
            for (Party p : parties) {
                if (!p.institution() && dativeDe(text, p) && cues.give().matcher(text).find()) {
                    return Pick.strong(p.code());
                }
            }
        }
        String only = null;
        for (Party p : parties) {
            if (p.institution() || p.code().equals(USA) || OFFICE_NAMED.matcher(text.substring(p.start(), p.end())).matches() || led(text, p, 0, cues.from()) || givesAsSubject(text, p) || possesses(text, p, m)
                    // "el Gobierno alemán había planeado un paquete de ... millones": a government named before the amount, with no
                    // word of receiving, acts; it does not receive ("would reach the rebels fighting the Managua government" is after it)
                    || (p.government() || p.official()) && p.end() <= m.start()
                    || !"en".equals(lang) && !"de".equals(lang) && aidWordRightBefore(text, p)
                    || "en".equals(lang) && aidRightAfter(text, p)
                    // German writes the adjective lower case ("der deutschen Militärhilfe"); "Argentinien Militärhilfe gewähren" is an object
                    || "de".equals(lang) && Character.isLowerCase(text.charAt(p.start())) && aidRightAfter(text, p)) {
                continue; // "der deutschen Militärhilfe", "l'aide militaire française": the aid's own adjective is its giver
            }
            if (only != null && !only.equals(p.code())) {
                return null;
            }
            only = p.code();
        }
        return only == null ? null : Pick.weak(only);
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
                && parties.stream().anyMatch(r -> r.code().equals(recipient) && r.start() > first.end() && partnerOfAid(text, r))) {
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

    /** A noun right before "der"/"des": a genitive ("Kritikpunkte der USA"), not a dative object. */
    private static final Pattern GENITIVE_DE = Pattern.compile("[^.;:!?\\s]\\s+(\\p{Lu}\\p{Ll}[\\p{L}-]*)\\s+(?:der|des)\\s+$");

    /** The country is the one given to: "der Ukraine" as a German dative object, or right after a verb of giving ("pledged Kyiv"). */
    boolean objectOfGiving(String text, Party p) {
        Matcher with = WITH_AMOUNT.matcher(text).region(p.end(), text.length());
        if (with.lookingAt() && with.end() < text.length() && MONEY_START.matcher(text.substring(with.end(), Math.min(text.length(), with.end() + 4))).lookingAt()) {
            return true;
        }
        return "de".equals(lang) ? dativeDe(text, p) : rightAfterGiving(text, p);
    }

    /** "pledged Kyiv $2 billion", "to give Israel $38 billion": a verb of giving right before the country. */
    private boolean rightAfterGiving(String text, Party p) {
        String lead = text.substring(Math.max(0, p.start() - 25), p.start());
        Matcher give = cues.give().matcher(lead);
        boolean right = false;
        while (give.find()) {
            right = words(lead, give.end(), lead.length()) <= 1;
        }
        return right;
    }

    /** "der Ukraine", "dem Irak": the gazetteer's German name with its article (a dative or genitive, never a subject). */
    private static boolean articled(String text, Party p) {
        return text.startsWith("der ", p.start()) || text.startsWith("dem ", p.start());
    }

    /** A capitalised country after the subject of a German main clause, before the verb of giving: its dative object. */
    private boolean givenToAfterGermanSubject(String text, Party p) {
        if (!Character.isUpperCase(text.charAt(p.start())) || germanV2Subject(text, p)) {
            return false;
        }
        return Boolean.FALSE.equals(germanSubject(text, p))
                // the finite verb of giving first, its subject, then this country: "stellt die deutsche Regierung Kolumbien ..."
                || parties(text).stream().anyMatch(q -> q.end() <= p.start() && !q.code().equals(p.code()) && rightAfterGiving(text, q)
                        && words(text, q.end(), p.start()) <= 1); // "die deutsche Regierung": the demonym, then its noun
    }

    /** "Deutschland hat der Ukraine ... zugesagt": a dative object, not the genitive of a noun ("Kritikpunkte der USA"). */
    private boolean dativeDe(String text, Party p) {
        boolean article = text.substring(Math.max(0, p.start() - 5), p.start()).matches("(?s).*\\b(?:der|dem)\\s+$")
                || articled(text, p); // the gazetteer knows "der Ukraine"
        return article && p.start() > 0 && !genitiveDe(text, p);
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

    /** "Premierministerin Liz Truss der Ukraine": two capitalised words in a row before "der", the first no article's noun, are a person's name. */
    private static final Pattern FIRST_AND_LAST_NAME = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)\\s+(\\p{Lu}\\p{Ll}[\\p{L}-]*)\\s+(?:der|des)\\s+$");

    private static boolean namedPerson(String lead) {
        Matcher name = FIRST_AND_LAST_NAME.matcher(lead);
        if (!name.find()) {
            return false;
        }
        String before = lead.substring(0, name.start()).stripTrailing();
        // "die Kritikpunkte Washingtons der ...": a noun after an article is no first name; a title before it is ("Premierministerin Liz")
        return !before.matches("(?s).*\\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|eines)$");
    }

    private boolean genitiveDe(String text, Party p) {
        String lead = text.substring(Math.max(0, p.start() - 40), p.start());
        String own = text.substring(p.start(), p.end());
        if (own.startsWith("der ") || own.startsWith("des ")) {
            lead = lead + own.substring(0, 4); // the gazetteer took the article with the name
        }
        Matcher g = GENITIVE_DE.matcher(lead);
        // "Deutschland der Ukraine": a subject and its dative object, not a genitive
        // "Kamikawa der Ukraine": a person named before the dative is the subject too
        return g.find() && gazetteer.find(g.group(1)).isEmpty() && Leaders.find(g.group(1)).isEmpty() && !namedPerson(lead);
    }
    /** What stands between a country and the amount it is supported with: "mit über", "with", "con", "com", "avec", "à hauteur de". */
    private static final Pattern WITH_AMOUNT = Pattern.compile("\\s*(?:with|mit|con|com|avec|à\\s+hauteur\\s+de)\\s+(?:(?:über|rund|knapp|fast|insgesamt|umgerechnet|more\\s+than|over|upwards\\s+of|about|some|plus\\s+de|près\\s+de|más\\s+de|cerca\\s+de|mais\\s+de|quase)\\s+)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONEY_START = Pattern.compile("(?:US)?[$€£¥]|\\d");
    private static final Pattern IN_RIGHT_AFTER = Pattern.compile("\\s+(?:in|en|em|im|no|na)\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    /** "to Guinea, to Liberia and to Sierra Leone", "an Gaza und das Westjordanland": one lead shared by several, each with its own preposition or article. */
    /** English has its own: the Romance articles "a", "as", "o" of the general one are English words ("for Kyiv, as the UK and Germany ..."). */
    private static final Pattern ENGLISH_SHARED_LEAD = Pattern.compile("\\s*(?:,\\s*(?:and)?|and)\\s*(?:(?:to|for|the)\\s+){0,2}", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARED_LEAD = Pattern.compile("\\s*(?:,\\s*(?:and|et|y|e|und|sowie)?|and|et|y|e|und|sowie)\\s*"
            + "(?:(?:to|for|à|au|aux|a|al|para|ao|à|an|für|the|la|le|les|el|los|las|o|os|as|die|der|das|den)\\s+|l['’]\\s*){0,2}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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

    /** Whether the party is a later member of a list whose first member is led by "from": "from Sri Lanka (...) and West Germany (...)". */
    private boolean sharesLead(String text, List<Party> parties, Party p) {
        for (Party q : parties) {
            if (q.start() < p.start() && led(text, q, 0, cues.from()) && text.substring(q.end(), p.start()).matches("(?s)[^;:]{0,40}?\\b(?:and|et|y|e|und)\\s+(?:the\\s+)?")) {
                return true;
            }
        }
        return false;
    }

    /** A country's adjective before a noun that is no one to give to: "reacting to Canadian concerns", "to Colombian exports". */
    private static final Pattern ADJECTIVE_OF_OTHER = Pattern.compile("^\\s+(?!(?:government|people|army|forces|troops|military|police|navy|authorities|soldiers|"
            + "rebels|contras|refugees|victims|farmers|brigades|units|officials|security|armed|air|coast|border|civilians|population|economy|budget|"
            + "gouvernement|armée|forces|troupes|police|autorités|gobierno|ejército|fuerzas|tropas|policía|autoridades|governo|exército|forças|polícia|"
            + "Regierung|Armee|Streitkräfte|Truppen|Polizei)\\b)\\p{Ll}");

    /** Words that follow a country's name, not its adjective: "to Colombia in fiscal 2003", "to Egypt this year". */
    private static final Pattern AFTER_A_NAME = Pattern.compile("^\\s+(?:in|on|at|for|to|and|or|with|by|from|of|over|under|this|next|last|as|which|that|who|whose|is|are|was|were|will|would|"
            + "has|had|have|into|after|before|during|since|until|plus|while|where|when|each|every|per|than|but|so|also|too|alone|only|itself|"
            + "en|et|de|du|des|pour|par|avec|dans|sur|y|e|o|con|por|para|em|und|mit|für|von|im|in)\\b");

    /** People on the move before the preposition: "trabalhadores que partem para a Austrália", "migrants fleeing to Greece". */
    private static final Pattern PEOPLE_MOVE_BEFORE = Pattern.compile("\\b(?:partem|partiram|partiu|partirão|parten|partieron|partió|partent|partaient|departing|leaving|"
            + "viaj\\p{L}*|emigr\\p{L}*|migr\\p{L}*|regress\\p{L}*|fog\\p{L}*|fug\\p{L}*|huy\\p{L}*|huir|fle(?:e|es|d|eing)|travel\\p{L}*|"
            + "reis\\p{L}*|ausgewandert|auswander\\p{L}*|flücht\\p{L}*|flieh\\p{L}*|floh\\p{L}*|fui\\p{L}*|fuy\\p{L}*)\\s+"
            + "(?:para|a|à|ao|to|nach|vers|pour|hacia|rumo\\s+a|en\\s+direction\\s+de)\\s+(?:(?:a|o|the|la|le|el|l['’])\\s?)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static boolean peopleGoTo(String text, Party p) {
        return PEOPLE_MOVE_BEFORE.matcher(text.substring(Math.max(0, p.start() - LEAD), p.start())).find();
    }

    private boolean qualifiesOther(String text, Party p) {
        if (!"en".equals(lang)) {
            // Only English puts a country's name before the noun it qualifies ("a Philippine request"); elsewhere a
            // lower-case word after it is its verb or its own adjective: "au Sénégal représente", "Colombia recibirá"
            return false;
        }
        String after = text.substring(p.end(), Math.min(text.length(), p.end() + 20));
        return ADJECTIVE_OF_OTHER.matcher(after).lookingAt() && !AFTER_A_NAME.matcher(after).lookingAt();
    }

    /** "U.S. aid", "US military assistance": an aid word within two words after the party. */
    /** A German verb of helping right after its object, at the clause's end: "die Ukraine unterstützen", "der Ukraine zu helfen". */
    private static final Pattern GERMAN_HELPED_AFTER = Pattern.compile("\\s+(?:zu\\s+)?(?:unterstützen|unterstützt|helfen|hilft|stärken|ausrüsten|ausstatten)\\s*(?:[.,;!?]|$)",
            Pattern.UNICODE_CASE);

    /** A bare genitive right after an amount: "de l'", "de la", "del", "da", "do", "von der", "der". */
    private static final Pattern INSTITUTION_GENITIVE = Pattern.compile("\\s*(?:de\\s+l['’]\\s*|de\\s+la\\s+|del\\s+|da\\s+|do\\s+|von\\s+der\\s+|der\\s+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A word of aid right after the country, nothing between: "an deutscher Hilfe", "to U.S. aid". */
    private boolean aidNounNext(String text, Party p) {
        Matcher aid = cues.aid().matcher(text).region(p.end(), text.length());
        return aid.find() && text.substring(p.end(), aid.start()).isBlank();
    }

    private boolean aidRightAfter(String text, Party p) {
        Matcher aid = cues.aid().matcher(text).region(p.end(), text.length());
        return aid.find() && words(text, p.end(), aid.start()) <= ADJECTIVE_REACH;
    }

    /** A verb of asking or receiving soon after: "the Philippine government has asked to buy", "el gobierno colombiano solicitó". */
    private boolean asks(String text, int from) {
        Matcher receive = cues.receive().matcher(text).region(from, text.length());
        return receive.find() && words(text, from, receive.start()) <= SUBJECT_REACH;
    }

    /** "l'aide militaire française", "la ayuda estadounidense": an aid word within two words before the party, which no preposition leads. */
    private boolean aidWordRightBefore(String text, Party p) {
        int from = Math.max(0, p.start() - LEAD);
        Matcher aid = cues.aid().matcher(text).region(from, p.start());
        int end = -1;
        while (aid.find()) {
            end = aid.end();
        }
        if (end < 0 || led(text, p, 0, cues.to()) || led(text, p, 0, cues.place())) {
            return false;
        }
        String between = text.substring(end, p.start());
        // "l'aide militaire française", "la ayuda financiera y humanitaria española": the adjective, lower case, after the aid's own adjectives
        boolean adjective = Character.isLowerCase(text.charAt(p.start())) && AID_ADJECTIVES.matcher(between).matches();
        // "la ayuda de España", "a ajuda de Portugal", "l'aide de la France": the aid's genitive
        boolean genitive = AID_GENITIVE.matcher(between).matches();
        return adjective || genitive;
    }

    /** Up to three lower-case words, with "y/et/e": the aid's own adjectives before the donor's. */
    private static final Pattern AID_ADJECTIVES = Pattern.compile("(?:\\s+(?:\\p{Ll}[\\p{Ll}-]*)){0,3}\\s+");
    private static final Pattern AID_GENITIVE = Pattern.compile("(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2}\\s+(?:de|do|da|of)\\s+(?:la\\s+|l['’]\\s*)?",
            Pattern.UNICODE_CASE);


    /** Whether a party is the subject of a verb of giving: the verb follows it within a few words, nothing else named between. */
    boolean givesAsSubject(String text, Party p) {
        if (led(text, p, 0, cues.place())) {
            return false; // "O entendimento rubricado em Maputo prevê um financiamento": where it was signed, not who gives
        }
        if ("de".equals(lang)) {
            Boolean v2 = germanSubject(text, p);
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

    /** The forces or defence of a country, its adjective after them: "fuerzas armadas bolivianas", "l'armée malienne", "la defensa ucraniana". */
    private static final Pattern FORCES_BEFORE = Pattern.compile("\\b(?:armée|forces(?:\\s+armées)?|police(?:\\s+nationale)?|gendarmerie|défense|ejército|fuerzas(?:\\s+armadas)?|policía(?:\\s+nacional)?|"
            + "defensa|capacidades|exército|forças(?:\\s+armadas)?|polícia(?:\\s+nacional)?|defesa|capacités)\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The forces with the country's name after them: "l'armée du Cameroun", "las Fuerzas Armadas de Ecuador". */
    private static final Pattern FORCES_OF_BEFORE = Pattern.compile("\\b(?:armée|forces\\s+armées|police\\s+nationale|gendarmerie|ejército|fuerzas\\s+armadas|policía\\s+nacional|"
            + "exército|forças\\s+armadas|polícia\\s+nacional)\\s+(?:du|de\\s+la|de\\s+l['’]\\s*|des|de|del|da|do|das|dos)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The same where the adjective comes first: "the Ukrainian army", "die ukrainischen Streitkräfte". */
    private static final Pattern FORCES_AFTER = Pattern.compile("^\\s+(?:Armee|Streitkräfte\\p{L}*|Truppen|Polizei|Sicherheitskräfte\\p{L}*)\\b",
            Pattern.UNICODE_CASE);

    /**
     * A country named by its forces ("la capacidad logística de las fuerzas armadas bolivianas", "la police nationale
     * haïtienne", "den jordanischen Streitkräften"), not as their giver. Not English: "to the Philippine military" is read
     * by its preposition, and "U.S. military" is mostly the giver's.
     */
    boolean forcesOf(String text, Party p) {
        if ("en".equals(lang) || p.institution() || p.official()
                || givesAsSubject(text, p)) { // "wird Deutschland Armee, Polizei ... unterstützen": the giver, before the forces it supports
            return false;
        }
        String lead = text.substring(Math.max(0, p.start() - LEAD), p.start());
        if ("de".equals(lang)) {
            return !led(text, p, 0, cues.from()) && FORCES_AFTER.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + LEAD))).lookingAt();
        }
        // "l'armée du Cameroun": the forces' genitive, though "du" elsewhere names a giver ("l'aide du Japon")
        return FORCES_OF_BEFORE.matcher(lead).find()
                || !led(text, p, 0, cues.from()) && Character.isLowerCase(text.charAt(p.start())) && FORCES_BEFORE.matcher(lead).find();
    }

    /** A colon or dash right after a headline's first word, the country the rest is about: "RDC : ...", "Haiti – ...". */
    private static final Pattern TOPIC_MARK = Pattern.compile("\\s*[:\\u2013\\u2014]\\s");


    /** The party right after "with" ("avec", "con", "com", "mit") in a sentence of aid: the partner of an aid agreement. */
    private boolean partnerOfAid(String text, Party p) {
        return endsWith(WITH_PARTNER, text.substring(Math.max(0, p.start() - LEAD), p.start())) && cues.aidProper().matcher(text).find();
    }

    /** "with the Philippines", "avec les Philippines", "con Honduras", "com Moçambique", "mit Jordanien": a partner. */
    private static final Pattern WITH_PARTNER = Pattern.compile("\\b(?:with|avec|con|com|mit)\\s+(?:the\\s+|les\\s+|la\\s+|le\\s+|l['’]\\s*|el\\s+|o\\s+|a\\s+|os\\s+|as\\s+|dem\\s+|der\\s+|den\\s+)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Verbs of concluding an agreement, whose partner the giver's aid goes to. */
    private static final Pattern AGREES = Pattern.compile("\\b(?:conclu\\p{L}*|sign\\p{L}*|firm\\p{L}*|assin\\p{L}*|unterzeichn\\p{L}*|rubric\\p{L}*|agreements?|accords?|acuerdos?|acordos?|convenios?|convênios?|Abkommen|Vereinbarung\\p{L}*)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A verb of helping right before its object, the one helped. */
    private static final Pattern HELPED = Pattern.compile("\\b(?:help(?:s|ed|ing)?|assist(?:s|ed|ing)?|support(?:s|ed|ing)?|aider|aide|aidera|aideront|aidant|soutenir|soutient|"
            + "appuyer|épauler|ayudar|ayuda|ayudará|apoyar|apoya|apoyará|respaldar|ajudar|ajuda|ajudará|apoiar|apoia|apoiará)\\s+(?:(?:a|à)\\s+)?"
            + "(?:l['’]\\s*|la\\s+|le\\s+|les\\s+|el\\s+|los\\s+|las\\s+|o\\s+|a\\s+|os\\s+|as\\s+|the\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A finite verb or auxiliary right before a German subject: "wird Deutschland", "wollen die Vereinigten Staaten". */
    private static final Pattern GERMAN_FINITE_BEFORE = Pattern.compile("\\b(?:wird|werden|will|wollen|soll|sollen|hat|haben|hatte|hatten|kann|können|"
            + "möchte|möchten|plant|planen|plante|planten|muss|müssen|dürfte|dürften|würde|würden)\\s+(?:die\\s+|der\\s+|das\\s+)?$");
    /** What a German subject and the object after it may have between them: no end of clause, no conjunction of a new one. */
    private static final Pattern GERMAN_SAME_CLAUSE = Pattern.compile("[^;:.!?]*");

    /**
     * German word order, where "the one named first gives" is the rule: a country right after the finite verb of a main
     * clause ("Im kommenden Jahr wird Deutschland Armee ... des Niger ... unterstützen", "wollen die Vereinigten Staaten
     * Argentinien Militärhilfe gewähren") is its subject, and a country after it, before the verb of giving at the end,
     * is its object. Null where the order says nothing, so the usual reading decides.
     */
    private Boolean germanSubject(String text, Party p) {
        if (Character.isLowerCase(text.charAt(p.start())) && !text.startsWith("der ", p.start()) && !text.startsWith("die ", p.start())
                && !text.startsWith("den ", p.start()) && !text.startsWith("dem ", p.start())) {
            return false; // "des russischen Angriffskrieges": an adjective is nobody's subject
        }
        if (!cues.give().matcher(text).region(p.end(), text.length()).find()) {
            return null;
        }
        if (germanV2Subject(text, p)) {
            return true;
        }
        for (Party q : parties(text)) {
            if (q.start() >= p.end() && !q.code().equals(p.code()) && germanV2Subject(text, q) && words(text, p.end(), q.start()) <= 2) {
                return false; // "... im Bürgerkriegsland Jemen hat Deutschland Hilfen zugesagt": the subject is right after the finite verb
            }
        }
        for (Party q : parties(text)) {
            if (q.end() <= p.start() && !q.code().equals(p.code()) && germanV2Subject(text, q)
                    && GERMAN_SAME_CLAUSE.matcher(text.substring(q.end(), p.start())).matches()
                    && words(text, q.end(), p.start()) <= GERMAN_SUBJECT_REACH) {
                return false; // the subject came first: this one is given to
            }
        }
        return null;
    }

    private boolean germanV2Subject(String text, Party p) {
        String lead = text.substring(Math.max(0, p.start() - LEAD), p.start());
        if (text.substring(p.start(), p.end()).matches("(?s)(?:der|dem|den)\\s.*")) {
            return false; // "der Ukraine": a dative
        }
        // "Berlin hat beschlossen, ...": first in the sentence, its verb right after (German writes nouns capitalised, verbs not)
        int start = clauseStart(text, p.start());
        boolean first = p.start() - start <= LEAD && GERMAN_SENTENCE_START.matcher(text.substring(start, p.start())).matches()
                && GERMAN_VERB_AFTER.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + LEAD))).lookingAt();
        return first || GERMAN_FINITE_BEFORE.matcher(lead).find() && !subjectFirst(text, p);
    }

    /**
     * "Die EU will Moldawien 50 Millionen Euro überweisen": another party opens the sentence and the finite verb
     * follows it, so the country after that verb is its object, not its subject.
     */
    private boolean subjectFirst(String text, Party p) {
        for (Party q : parties(text)) {
            if (q.end() <= p.start() && !q.code().equals(p.code()) && GERMAN_SENTENCE_START.matcher(text.substring(clauseStart(text, q.start()), q.start())).matches()
                    && GERMAN_FINITE_RIGHT_AFTER.matcher(text.substring(q.end(), p.start())).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern GERMAN_FINITE_RIGHT_AFTER = Pattern.compile("\\s+(?:wird|werden|will|wollen|soll|sollen|hat|haben|hatte|hatten|kann|können|"
            + "möchte|möchten|plant|planen|plante|planten|muss|müssen|dürfte|dürften|würde|würden)\\s+(?:(?:die|der|den|dem|das)\\s+)?");

    /** Where the sentence, or the part of it after a colon, starts: "Größter Unterstützer sind die USA: Die Vereinigten Staaten haben ...". */
    private static int clauseStart(String text, int before) {
        return text.lastIndexOf(':', before - 1) + 1;
    }

    private static final Pattern GERMAN_SENTENCE_START = Pattern.compile("\\s*(?:(?:Die|Der|Das)\\s+)?");
    private static final Pattern GERMAN_VERB_AFTER = Pattern.compile("\\s+\\p{Ll}");

    private static boolean endsWith(Pattern pattern, String lead) {
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
