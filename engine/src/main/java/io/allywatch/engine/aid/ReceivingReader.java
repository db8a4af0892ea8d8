package io.allywatch.engine.aid;

import io.allywatch.engine.aid.PartyReader.Party;
import io.allywatch.engine.money.MoneyMention;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a country is the subject of a verb of receiving whose object is the amount, in the word
 * orders each language has for it: "Sudan will receive 50 mln dlrs", German verb-second ("bekam
 * Tunesien ... im Wert von") and verb-last ("Tunesien soll ... für 21 Millionen Euro ... bekommen").
 * Stateless and thread-safe.
 */
final class ReceivingReader {
    private final String lang;
    private final AidCues cues;
    private final PartyReader who;

    ReceivingReader(String lang, AidCues cues, PartyReader who) {
        this.lang = lang;
        this.cues = cues;
        this.who = who;
    }

    /**
     * Whether a party is the subject of a verb of receiving whose object is an amount: "Taipéi obtendría 4.500
     * millones", "Sudan will receive 50 mln dlrs"; not "Canada is seeking evidence that ... 5 billion".
     */
    boolean receivesAsSubject(String text, Party p, List<MoneyMention> amounts) {
        if ("de".equals(lang) && (receivesAfterVerb(text, p, amounts) || receivesBeforeFinalVerb(text, p, amounts))) {
            return true;
        }
        Matcher receive = cues.receive().matcher(text).region(p.end(), text.length());
        if (!receive.find() || PartyReader.words(text, p.end(), receive.start()) > PartyReader.SUBJECT_REACH || who.led(text, p, 0, cues.from()) || who.led(text, p, 0, cues.place())
                || text.substring(p.end(), receive.start()).contains(",")) {
            return false; // "operations in Iraq and Afghanistan, for which the administration is expected to seek": a place, another clause
        }
        int verbEnd = receive.end();
        return amounts.stream().anyMatch(a -> a.start() >= verbEnd && PartyReader.words(text, verbEnd, a.start()) <= OBJECT_REACH);
    }

    /** German verb-second: "Außerdem bekam Tunesien laut Verteidigungsministerium Pionierfahrzeuge im Wert von fast drei Millionen Euro". */
    private static final Pattern VERB_THEN_ARTICLE = Pattern.compile("\\s*(?:(?:die|der|das|den)\\s+)?$", Pattern.UNICODE_CASE);

    private boolean receivesAfterVerb(String text, Party p, List<MoneyMention> amounts) {
        Matcher receive = cues.receive().matcher(text).region(Math.max(0, p.start() - GERMAN_VERB_BEFORE), p.start());
        int verbEnd = -1;
        while (receive.find()) {
            verbEnd = receive.end();
        }
        if (verbEnd < 0 || !VERB_THEN_ARTICLE.matcher(text.substring(verbEnd, p.start())).matches()) {
            return false;
        }
        return amounts.stream().anyMatch(a -> a.start() >= p.end() && PartyReader.words(text, p.end(), a.start()) <= GERMAN_OBJECT_REACH
                && !text.substring(p.end(), a.start()).contains(","));
    }

    /** German verb-last: "Tunesien soll demnach für fast 21 Millionen Dollar mehrere Boote ... bekommen", the amount between. */
    private boolean receivesBeforeFinalVerb(String text, Party p, List<MoneyMention> amounts) {
        if (who.led(text, p, 0, cues.from()) || who.led(text, p, 0, cues.place()) || text.startsWith("der ", p.start()) || text.startsWith("dem ", p.start())) {
            return false; // "aus Deutschland", "in Tunesien", "der Ukraine": not the one who gets
        }
        Matcher receive = cues.receive().matcher(text).region(p.end(), text.length());
        if (!receive.find() || PartyReader.words(text, p.end(), receive.start()) > GERMAN_FINAL_VERB_REACH
                || text.substring(p.end(), receive.start()).contains(",")) {
            return false;
        }
        int verb = receive.start();
        return amounts.stream().anyMatch(a -> a.start() >= p.end() && a.end() <= verb);
    }

    /** Words from a German subject to its verb of receiving at the clause's end. */
    private static final int GERMAN_FINAL_VERB_REACH = 16;

    /** Characters before a country in which its verb of receiving may stand ("erhielt die ", "bekam "). */
    private static final int GERMAN_VERB_BEFORE = 16;
    /** Words from the country after its verb to the amount: adverbials and the object before "im Wert von". */
    private static final int GERMAN_OBJECT_REACH = 8;

    /** Words between a verb of receiving and the amount it takes: "obtendría 4.500 millones", "will receive up to". */
    private static final int OBJECT_REACH = 3;
}
