package io.allywatch.engine.aid;

import static io.allywatch.engine.aid.PartyReader.GERMAN_SUBJECT_REACH;
import static io.allywatch.engine.aid.PartyReader.LEAD;
import static io.allywatch.engine.aid.PartyReader.words;

import io.allywatch.engine.aid.PartyReader.Party;
import io.allywatch.engine.gazetteer.CountryGazetteer;
import io.allywatch.engine.gazetteer.Leaders;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * German word order, read apart from the other languages': the subject of a main clause may follow its finite verb
 * ("Im kommenden Jahr wird Deutschland ... unterstützen"), the verb of giving comes last, and the one given to is a dative
 * object ("Deutschland hat der Ukraine ... zugesagt") or the country after the subject. Stateless and thread-safe, one per
 * language, with the {@link PartyReader} it reads for.
 */
final class GermanWordOrder {
    /** A finite verb or auxiliary right before a German subject: "wird Deutschland", "wollen die Vereinigten Staaten". */
    private static final Pattern GERMAN_FINITE_BEFORE = Pattern.compile("\\b(?:wird|werden|will|wollen|soll|sollen|hat|haben|hatte|hatten|kann|können|"
            + "möchte|möchten|plant|planen|plante|planten|muss|müssen|dürfte|dürften|würde|würden)\\s+(?:die\\s+|der\\s+|das\\s+)?$");
    /** What a German subject and the object after it may have between them: no end of clause, no conjunction of a new one. */
    private static final Pattern GERMAN_SAME_CLAUSE = Pattern.compile("[^;:.!?]*");

    private final AidCues cues;
    private final CountryGazetteer gazetteer;
    private final PartyReader who;

    GermanWordOrder(AidCues cues, CountryGazetteer gazetteer, PartyReader who) {
        this.cues = cues;
        this.gazetteer = gazetteer;
        this.who = who;
    }

    /**
     * German word order, where "the one named first gives" is the rule: a country right after the finite verb of a main
     * clause ("Im kommenden Jahr wird Deutschland Armee ... des Niger ... unterstützen", "wollen die Vereinigten Staaten
     * Argentinien Militärhilfe gewähren") is its subject, and a country after it, before the verb of giving at the end,
     * is its object. Null where the order says nothing, so the usual reading decides.
     */
    Boolean germanSubject(String text, Party p) {
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
        for (Party q : who.parties(text)) {
            if (q.start() >= p.end() && !q.code().equals(p.code()) && germanV2Subject(text, q) && words(text, p.end(), q.start()) <= 2) {
                return false; // "... im Bürgerkriegsland Jemen hat Deutschland Hilfen zugesagt": the subject is right after the finite verb
            }
        }
        for (Party q : who.parties(text)) {
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
        for (Party q : who.parties(text)) {
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

    /** "der Ukraine", "dem Irak": the gazetteer's German name with its article (a dative or genitive, never a subject). */
    static boolean articled(String text, Party p) {
        return text.startsWith("der ", p.start()) || text.startsWith("dem ", p.start());
    }

    /** A capitalised country after the subject of a German main clause, before the verb of giving: its dative object. */
    boolean givenToAfterGermanSubject(String text, Party p) {
        if (!Character.isUpperCase(text.charAt(p.start())) || germanV2Subject(text, p)) {
            return false;
        }
        return Boolean.FALSE.equals(germanSubject(text, p))
                // the finite verb of giving first, its subject, then this country: "stellt die deutsche Regierung Kolumbien ..."
                || who.parties(text).stream().anyMatch(q -> q.end() <= p.start() && !q.code().equals(p.code()) && who.rightAfterGiving(text, q)
                        && words(text, q.end(), p.start()) <= 1); // "die deutsche Regierung": the demonym, then its noun
    }

    /** "Deutschland hat der Ukraine ... zugesagt": a dative object, not the genitive of a noun ("Kritikpunkte der USA"). */
    boolean dativeDe(String text, Party p) {
        boolean article = text.substring(Math.max(0, p.start() - 5), p.start()).matches("(?s).*\\b(?:der|dem)\\s+$")
                || articled(text, p); // the gazetteer knows "der Ukraine"
        return article && p.start() > 0 && !genitiveDe(text, p);
    }

    /** A noun right before "der"/"des": a genitive ("Kritikpunkte der USA"), not a dative object. */
    private static final Pattern GENITIVE_DE = Pattern.compile("[^.;:!?\\s]\\s+(\\p{Lu}\\p{Ll}[\\p{L}-]*)\\s+(?:der|des)\\s+$");

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
}
