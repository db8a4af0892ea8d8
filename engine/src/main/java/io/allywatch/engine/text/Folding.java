package io.allywatch.engine.text;

import java.text.Normalizer;

/**
 * Lower case without diacritics, one character for one ("Désignée" → "designee", "außerhalb" →
 * "auserhalb"), so a match in the folded text has the same offsets in the original. Wordings are
 * matched on folded text, so that an outlet's missing accent or capital letter ("Otan", "aliado
 * extra-Otan", "designacion") changes nothing.
 */
public final class Folding {
    private static final char[] TABLE = new char[0x250];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            char lower = Character.toLowerCase(c);
            String base = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
            char folded = base.isEmpty() ? lower : base.charAt(0);
            TABLE[c] = switch (lower) {
                case 'ß' -> 's';
                case 'æ' -> 'a';
                case 'œ' -> 'o';
                case 'ø' -> 'o';
                case 'đ' -> 'd';
                case 'ł' -> 'l';
                default -> folded < 0x80 || Character.isLetter(folded) ? folded : lower;
            };
        }
    }

    private Folding() {
    }

    public static char fold(char c) {
        if (c < TABLE.length) {
            return TABLE[c];
        }
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC' -> '\'';
            case '\u2010', '\u2011', '\u2012', '\u2013' -> '-';
            case '\u00A0', '\u202F', '\u2009' -> ' ';
            default -> Character.toLowerCase(c);
        };
    }

    public static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }
}
