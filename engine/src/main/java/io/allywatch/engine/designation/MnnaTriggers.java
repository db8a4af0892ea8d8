package io.allywatch.engine.designation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sentence speaks of Major Non-NATO Ally status, in the wording of its {@link DesignationLexicon}: explicitly ("major non-NATO ally",
 * "MNNA", "non-NATO ally status"), or, once the article has done so, by anaphora ("this status",
 * "the designation").
 */
final class MnnaTriggers {

    /** A stretch of a sentence that names the status; offsets relative to the sentence. */
    record Trigger(int start, int end, boolean anaphoric) {
    }

    private static final String DASH = "[\\s\\u00A0\\u2010\\u2011\\u2012\\u2013-]";
    static final Pattern EXPLICIT = Pattern.compile(
            "(?i)(?:\\bmajor" + DASH + "+)?\\bnon" + DASH + "*nato" + DASH + "+all(?:y|ies)\\b(?:" + DASH + "+status\\b)?"
                    + "|(?-i:\\bMNNAs?\\b)");
    static final Pattern ANAPHOR = Pattern.compile(
            "(?i)\\b(?:this|the|that|its|such|same|similar)\\s+(?:same\\s+|new\\s+|special\\s+|strategic\\s+|coveted\\s+|elevated\\s+)?"
                    + "(?:status|designation)\\b(?!\\s+quo)");

    private MnnaTriggers() {
    }

    static boolean hasExplicit(String sentence) {
        return hasExplicit(DesignationLexicon.ENGLISH, sentence);
    }

    static boolean hasExplicit(DesignationLexicon lexicon, String sentence) {
        return mentionsNato(sentence) && lexicon.explicit().matcher(sentence).find();
    }

    /**
     * Every wording of the status in every language holds "NATO", "OTAN" or "MNNA" (any case): a
     * plain scan for them spares the regular expression on nearly every sentence of the news.
     */
    static boolean mentionsNato(String sentence) {
        for (int i = 0, n = sentence.length() - 3; i < n; i++) {
            char c = (char) (sentence.charAt(i) | 0x20); // ASCII lower case; other letters never match
            if ((c == 'n' || c == 'o' || c == 'm') && (regionIs(sentence, i, "nato") || regionIs(sentence, i, "otan") || regionIs(sentence, i, "mnna"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionIs(String s, int at, String lower) {
        return s.regionMatches(true, at, lower, 0, lower.length());
    }

    static List<Trigger> find(String sentence, boolean anaphoraAllowed) {
        return find(DesignationLexicon.ENGLISH, sentence, anaphoraAllowed);
    }

    /** Explicit triggers, and anaphoric ones too when {@code anaphoraAllowed}; sorted, without overlaps. */
    static List<Trigger> find(DesignationLexicon lexicon, String sentence, boolean anaphoraAllowed) {
        List<Trigger> triggers = new ArrayList<>();
        Matcher m = lexicon.explicit().matcher(sentence);
        while (m.find()) {
            triggers.add(new Trigger(m.start(), m.end(), false));
        }
        if (anaphoraAllowed) {
            Matcher a = lexicon.anaphor().matcher(sentence);
            while (a.find()) {
                int start = a.start();
                int end = a.end();
                if (triggers.stream().noneMatch(t -> t.start() < end && start < t.end())) {
                    triggers.add(new Trigger(start, end, true));
                }
            }
            triggers.sort((x, y) -> Integer.compare(x.start(), y.start()));
        }
        return triggers;
    }
}
