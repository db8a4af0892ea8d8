package io.allywatch.engine.aid;

import static io.allywatch.engine.aid.PartyReader.ADJECTIVE_REACH;
import static io.allywatch.engine.aid.PartyReader.LEAD;
import static io.allywatch.engine.aid.PartyReader.endsWith;
import static io.allywatch.engine.aid.PartyReader.words;

import io.allywatch.engine.aid.PartyReader.Party;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a country's name or adjective belongs to, read from the words right around it: the aid, whose adjective or
 * genitive is its giver ("US aid", "l'aide militaire française", "la ayuda de España"); another noun, no one to give to
 * ("Canadian concerns"); a country's forces ("la police nationale haïtienne"); the partner "with" whom aid is agreed.
 * Stateless and thread-safe, one per language, with the {@link PartyReader} it reads for.
 */
final class NounPhraseReader {
    private final String lang;
    private final AidCues cues;
    private final PartyReader who;

    NounPhraseReader(String lang, AidCues cues, PartyReader who) {
        this.lang = lang;
        this.cues = cues;
        this.who = who;
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

    boolean qualifiesOther(String text, Party p) {
        if (!"en".equals(lang)) {
            // Only English puts a country's name before the noun it qualifies ("a Philippine request"); elsewhere a
            // lower-case word after it is its verb or its own adjective: "au Sénégal représente", "Colombia recibirá"
            return false;
        }
        String after = text.substring(p.end(), Math.min(text.length(), p.end() + 20));
        return ADJECTIVE_OF_OTHER.matcher(after).lookingAt() && !AFTER_A_NAME.matcher(after).lookingAt();
    }

    /** A word of aid right after the country, nothing between: "an deutscher Hilfe", "to U.S. aid". */
    boolean aidNounNext(String text, Party p) {
        Matcher aid = cues.aid().matcher(text).region(p.end(), text.length());
        return aid.find() && text.substring(p.end(), aid.start()).isBlank();
    }

    /** "U.S. aid", "US military assistance": an aid word within two words after the party. */
    boolean aidRightAfter(String text, Party p) {
        Matcher aid = cues.aid().matcher(text).region(p.end(), text.length());
        return aid.find() && words(text, p.end(), aid.start()) <= ADJECTIVE_REACH;
    }

    /** "l'aide militaire française", "la ayuda estadounidense": an aid word within two words before the party, which no preposition leads. */
    boolean aidWordRightBefore(String text, Party p) {
        int from = Math.max(0, p.start() - LEAD);
        Matcher aid = cues.aid().matcher(text).region(from, p.start());
        int end = -1;
        while (aid.find()) {
            end = aid.end();
        }
        if (end < 0 || who.led(text, p, 0, cues.to()) || who.led(text, p, 0, cues.place())) {
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
                || who.givesAsSubject(text, p)) { // "wird Deutschland Armee, Polizei ... unterstützen": the giver, before the forces it supports
            return false;
        }
        String lead = text.substring(Math.max(0, p.start() - LEAD), p.start());
        if ("de".equals(lang)) {
            return !who.led(text, p, 0, cues.from()) && FORCES_AFTER.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + LEAD))).lookingAt();
        }
        // "l'armée du Cameroun": the forces' genitive, though "du" elsewhere names a giver ("l'aide du Japon")
        return FORCES_OF_BEFORE.matcher(lead).find()
                || !who.led(text, p, 0, cues.from()) && Character.isLowerCase(text.charAt(p.start())) && FORCES_BEFORE.matcher(lead).find();
    }

    /** The party right after "with" ("avec", "con", "com", "mit") in a sentence of aid: the partner of an aid agreement. */
    boolean partnerOfAid(String text, Party p) {
        return endsWith(WITH_PARTNER, text.substring(Math.max(0, p.start() - LEAD), p.start())) && cues.aidProper().matcher(text).find();
    }

    /** "with the Philippines", "avec les Philippines", "con Honduras", "com Moçambique", "mit Jordanien": a partner. */
    private static final Pattern WITH_PARTNER = Pattern.compile("\\b(?:with|avec|con|com|mit)\\s+(?:the\\s+|les\\s+|la\\s+|le\\s+|l['’]\\s*|el\\s+|o\\s+|a\\s+|os\\s+|as\\s+|dem\\s+|der\\s+|den\\s+)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
}
