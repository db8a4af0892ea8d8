package io.allywatch.engine.gazetteer;

import java.util.regex.Pattern;

/**
 * A country named as a war's aggressor ("the Russian invasion", "l'invasion russe", "des russischen
 * Angriffskriegs", "invasion by Russia"): the background of aid and cooperation, never a party to
 * them, neither giver nor receiver nor partner.
 */
public final class Aggressors {
    private static final int LOOK_AROUND = 40;
    /** The country or its adjective, then the war: "Russian invasion", "Russia's war", "russischen Angriffskrieg". */
    private static final Pattern AFTER = Pattern.compile("^(?:['’]s|s)?\\s+(?:full-scale\\s+|large-scale\\s+)?"
            + "(?:invasion|war|aggression|offensive|attacks?|Invasion|Krieg\\p{L}*|Angriff\\p{L}*|Aggression|Offensive)\\b");
    /** The war, then the aggressor's adjective or name: "l'invasion russe", "invasão russa", "invasion by Russia". */
    private static final Pattern BEFORE_ADJECTIVE = Pattern.compile("\\b(?:invasion|offensive|agression|invasión|ofensiva|agresión|invasão|agressão)\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BEFORE_AGENT = Pattern.compile("\\b(?:invasion|aggression|attack|offensive|invasión|invasão|Invasion|Angriff\\p{L}*|Krieg\\p{L}*)"
            + "\\s+(?:by|par|por|pela|pelo|durch)\\s+(?:the\\s+|la\\s+|le\\s+|l['’]|el\\s+|a\\s+|o\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Aggressors() {
    }

    /** Whether the country named at [start, end) of the text is named as the aggressor of a war. */
    public static boolean isAggressor(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - LOOK_AROUND), start);
        String after = text.substring(end, Math.min(text.length(), end + LOOK_AROUND));
        return AFTER.matcher(after).lookingAt()
                || BEFORE_AGENT.matcher(before).find()
                || BEFORE_ADJECTIVE.matcher(before).find() && Character.isLowerCase(text.charAt(start));
    }
}
