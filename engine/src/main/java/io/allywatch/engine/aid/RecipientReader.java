package io.allywatch.engine.aid;

import static io.allywatch.engine.aid.GermanWordOrder.articled;
import static io.allywatch.engine.aid.PartyFinder.OFFICE_NAMED;
import static io.allywatch.engine.aid.PartyReader.AGREES;
import static io.allywatch.engine.aid.PartyReader.LEAD;
import static io.allywatch.engine.aid.PartyReader.SUBJECT_REACH;
import static io.allywatch.engine.aid.PartyReader.USA;
import static io.allywatch.engine.aid.PartyReader.WITH_AMOUNT;
import static io.allywatch.engine.aid.PartyReader.words;

import io.allywatch.engine.aid.PartyReader.Party;
import io.allywatch.engine.aid.PartyReader.Pick;
import io.allywatch.engine.money.MoneyMention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whom an amount goes to, in one sentence: the one a preposition leads, the one that receives or asks, the dative object of
 * a verb of giving, the one helped, the partner of an aid agreement, else the one country that is no donor of it.
 * Stateless and thread-safe, one per language, with the {@link PartyReader} it reads for.
 */
final class RecipientReader {
    /** How many words may stand between the country right after a verb of giving and the amount it gets. */
    private static final int DATIVE_REACH = 3;
    /** The same in a German main clause whose subject follows its finite verb of giving. */
    private static final int GERMAN_DATIVE_REACH = 8;
    /** What separates a dative object from its amount in another clause: a comma, colon, bracket or dash. */
    private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:()\u2013\u2014]");

    private final String lang;
    /** What stands between two countries that share one lead ("to El Salvador, Honduras and Guatemala"), in this language. */
    private final Pattern sharedLead;
    private final AidCues cues;
    private final PartyReader who;
    private final GermanWordOrder german;
    private final NounPhraseReader phrases;

    RecipientReader(String lang, AidCues cues, PartyReader who, GermanWordOrder german, NounPhraseReader phrases) {
        this.lang = lang;
        this.sharedLead = "en".equals(lang) ? ENGLISH_SHARED_LEAD : SHARED_LEAD;
        this.cues = cues;
        this.who = who;
        this.german = german;
        this.phrases = phrases;
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
            if (!p.institution() && p.start() >= m.end() && p.end() <= segmentEnd && who.led(text, p, m.end(), cues.to()) && !phrases.qualifiesOther(text, p)
                    && !phrases.aidNounNext(text, p) && !peopleGoTo(text, p)) {
                // "will go to El Salvador, Honduras, Guatemala and Costa Rica": shared by several, no one recipient
                boolean shared = k + 1 < parties.size() && !parties.get(k + 1).institution()
                        && sharedLead.matcher(text.substring(p.end(), Math.max(p.end(), parties.get(k + 1).start()))).matches();
                return shared ? null : Pick.strong(p.code());
            }
        }
        for (Party p : parties) {
            // "$52 million in Iraq" in a breakdown by country
            if (!p.institution() && p.start() >= m.end() && p.end() <= segmentEnd && IN_RIGHT_AFTER.matcher(text.substring(m.end(), p.start())).matches()
                    && !phrases.aidRightAfter(text, p)) { // "$7.2 million in U.S. aid": the donor's adjective
                return Pick.strong(p.code());
            }
        }
        Party listed = listedBefore(text, parties, m, segmentStart);
        if (listed != null) {
            return Pick.strong(listed.code()); // "Syrien erhält 20 Millionen Euro und Libanon 13 Millionen Euro": each its own amount
        }
        for (int k = parties.size() - 1; k >= 0; k--) {
            Party p = parties.get(k);
            if (!p.institution() && p.end() <= m.start() && p.start() >= segmentStart && who.led(text, p, segmentStart, cues.to()) && !phrases.qualifiesOther(text, p)
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
                    && ("de".equals(lang) ? german.givenToAfterGermanSubject(text, p) || articled(text, p) && who.rightAfterGiving(text, p) : who.rightAfterGiving(text, p))) {
                return Pick.strong(p.code());
            }
            // "stellt das BMZ Jordanien zur Bewältigung der Flüchtlingskrise insgesamt weitere 128 Millionen Euro bereit": German
            // puts the adverbials between the dative object and the amount, in the same clause
            if ("de".equals(lang) && !p.institution() && p.end() <= m.start() && p.start() >= segmentStart
                    && words(text, p.end(), m.start()) <= GERMAN_DATIVE_REACH && !CLAUSE_MARK.matcher(text.substring(p.end(), m.start())).find()
                    // "plant, Tunesien und Malta Militärgerät im Wert von ...": the last one named before the amount, or none
                    && parties.stream().noneMatch(o -> !o.institution() && (o.start() >= p.end() && o.end() <= m.start()
                    || o.end() <= p.start() && sharedLead.matcher(text.substring(o.end(), p.start())).matches()))
                    && german.givenToAfterGermanSubject(text, p)) {
                return Pick.strong(p.code());
            }
            // "haben die Ukraine mit über 88 Milliarden Euro unterstützt", "supported Kyiv with $2 billion"
            if (!p.institution() && p.end() <= m.start() && p.start() >= segmentStart && WITH_AMOUNT.matcher(text.substring(p.end(), m.start())).matches()
                    && cues.give().matcher(text).find()) {
                return Pick.strong(p.code());
            }
            // "Somalia (€36.5 million), Ethiopia (€31 million)": each country its own amount
            if (!p.institution() && p.end() <= m.start() && text.substring(p.end(), m.start()).matches("\\s*\\(\\s*")
                    && !who.led(text, p, 0, cues.from()) && !sharesLead(text, parties, p)) {
                return Pick.strong(p.code());
            }
        }
        for (Party p : parties) {
            // "la capacidad logística de las fuerzas armadas bolivianas", "la police nationale haïtienne": the forces of a country
            // (not English: "to the Philippine military" is read by its preposition, and "U.S. military" is mostly the giver's)
            if (p.start() >= segmentStart && p.end() <= segmentEnd && phrases.forcesOf(text, p)) {
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
            if (!p.institution() && p.start() >= segmentStart && p.end() <= m.start() && phrases.partnerOfAid(text, p) && !sharesLead(text, parties, p)
                    // "South Korea signed with Japan for a credit, part of an aid package for South Korea": the other one gets it
                    && parties.stream().noneMatch(o -> !o.code().equals(p.code()) && who.led(text, o, 0, cues.to()))
                    && parties.stream().anyMatch(q -> q.start() < p.start() && !q.code().equals(p.code())
                    && (AGREES.matcher(text).find() || q.institution() || who.givesAsSubject(text, q)))) {
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
                        && !who.led(text, p, 0, cues.from()) && !who.led(text, p, 0, cues.place())
                        && (!phrases.qualifiesOther(text, p) || text.substring(p.end(), at).isBlank())) { // "a Philippine request": the one who asks
                    // "the administration had asked for 350 mln dlrs", "Reagan would seek 2.5 billion dlrs": a government asking for its own budget
                    return p.government() ? null : Pick.strong(p.code());
                }
            }
        }
        if ("de".equals(lang)) {
            for (Party p : parties) {
                if (!p.institution() && german.dativeDe(text, p) && cues.give().matcher(text).find()) {
                    return Pick.strong(p.code());
                }
            }
        }
        String only = null;
        for (Party p : parties) {
            if (p.institution() || p.code().equals(USA) || OFFICE_NAMED.matcher(text.substring(p.start(), p.end())).matches() || who.led(text, p, 0, cues.from()) || who.givesAsSubject(text, p) || who.possesses(text, p, m)
                    // "el Gobierno alemán había planeado un paquete de ... millones": a government named before the amount, with no
                    // word of receiving, acts; it does not receive ("would reach the rebels fighting the Managua government" is after it)
                    || (p.government() || p.official()) && p.end() <= m.start()
                    || !"en".equals(lang) && !"de".equals(lang) && phrases.aidWordRightBefore(text, p)
                    || "en".equals(lang) && phrases.aidRightAfter(text, p)
                    // German writes the adjective lower case ("der deutschen Militärhilfe"); "Argentinien Militärhilfe gewähren" is an object
                    || "de".equals(lang) && Character.isLowerCase(text.charAt(p.start())) && phrases.aidRightAfter(text, p)) {
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

    private static final Pattern IN_RIGHT_AFTER = Pattern.compile("\\s+(?:in|en|em|im|no|na)\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    /** "to Guinea, to Liberia and to Sierra Leone", "an Gaza und das Westjordanland": one lead shared by several, each with its own preposition or article. */
    /** English has its own: the Romance articles "a", "as", "o" of the general one are English words ("for Kyiv, as the UK and Germany ..."). */
    private static final Pattern ENGLISH_SHARED_LEAD = Pattern.compile("\\s*(?:,\\s*(?:and)?|and)\\s*(?:(?:to|for|the)\\s+){0,2}", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARED_LEAD = Pattern.compile("\\s*(?:,\\s*(?:and|et|y|e|und|sowie)?|and|et|y|e|und|sowie)\\s*"
            + "(?:(?:to|for|à|au|aux|a|al|para|ao|à|an|für|the|la|le|les|el|los|las|o|os|as|die|der|das|den)\\s+|l['’]\\s*){0,2}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Whether the party is a later member of a list whose first member is led by "from": "from Sri Lanka (...) and West Germany (...)". */
    private boolean sharesLead(String text, List<Party> parties, Party p) {
        for (Party q : parties) {
            if (q.start() < p.start() && who.led(text, q, 0, cues.from()) && text.substring(q.end(), p.start()).matches("(?s)[^;:]{0,40}?\\b(?:and|et|y|e|und)\\s+(?:the\\s+)?")) {
                return true;
            }
        }
        return false;
    }

    /** People on the move before the preposition: "trabalhadores que partem para a Austrália", "migrants fleeing to Greece". */
    private static final Pattern PEOPLE_MOVE_BEFORE = Pattern.compile("\\b(?:partem|partiram|partiu|partirão|parten|partieron|partió|partent|partaient|departing|leaving|"
            + "viaj\\p{L}*|emigr\\p{L}*|migr\\p{L}*|regress\\p{L}*|fog\\p{L}*|fug\\p{L}*|huy\\p{L}*|huir|fle(?:e|es|d|eing)|travel\\p{L}*|"
            + "reis\\p{L}*|ausgewandert|auswander\\p{L}*|flücht\\p{L}*|flieh\\p{L}*|floh\\p{L}*|fui\\p{L}*|fuy\\p{L}*)\\s+"
            + "(?:para|a|à|ao|to|nach|vers|pour|hacia|rumo\\s+a|en\\s+direction\\s+de)\\s+(?:(?:a|o|the|la|le|el|l['’])\\s?)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static boolean peopleGoTo(String text, Party p) {
        return PEOPLE_MOVE_BEFORE.matcher(text.substring(Math.max(0, p.start() - LEAD), p.start())).find();
    }

    /** A German verb of helping right after its object, at the clause's end: "die Ukraine unterstützen", "der Ukraine zu helfen". */
    private static final Pattern GERMAN_HELPED_AFTER = Pattern.compile("\\s+(?:zu\\s+)?(?:unterstützen|unterstützt|helfen|hilft|stärken|ausrüsten|ausstatten)\\s*(?:[.,;!?]|$)",
            Pattern.UNICODE_CASE);

    /** A colon or dash right after a headline's first word, the country the rest is about: "RDC : ...", "Haiti – ...". */
    private static final Pattern TOPIC_MARK = Pattern.compile("\\s*[:\\u2013\\u2014]\\s");

    /** A verb of helping right before its object, the one helped. */
    private static final Pattern HELPED = Pattern.compile("\\b(?:help(?:s|ed|ing)?|assist(?:s|ed|ing)?|support(?:s|ed|ing)?|aider|aide|aidera|aideront|aidant|soutenir|soutient|"
            + "appuyer|épauler|ayudar|ayuda|ayudará|apoyar|apoya|apoyará|respaldar|ajudar|ajuda|ajudará|apoiar|apoia|apoiará)\\s+(?:(?:a|à)\\s+)?"
            + "(?:l['’]\\s*|la\\s+|le\\s+|les\\s+|el\\s+|los\\s+|las\\s+|o\\s+|a\\s+|os\\s+|as\\s+|the\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
}
