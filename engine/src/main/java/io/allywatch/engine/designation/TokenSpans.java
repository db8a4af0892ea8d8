package io.allywatch.engine.designation;

import io.allywatch.engine.text.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Distances in a sentence's tokens: words between two positions, the words of a date, a clause boundary, a token by offset. */
final class TokenSpans {

    private TokenSpans() {
    }

    /** Words strictly between two token positions. */
    static int words(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).word()) {
                n++;
            }
        }
        return n;
    }

    /** A month's name, of the five languages, folded. */
    private static final Pattern MONTH = Pattern.compile("jan\\p{L}*|fe[bv]\\p{L}*|fév\\p{L}*|mar\\p{L}*|apr\\p{L}*|avr\\p{L}*|abr\\p{L}*|ma[iy]o?|mai|jun\\p{L}*|juin|jul\\p{L}*|juil\\p{L}*|"
            + "aug\\p{L}*|ago\\p{L}*|aou\\p{L}*|sep\\p{L}*|set\\p{L}*|oct\\p{L}*|out\\p{L}*|okt\\p{L}*|nov\\p{L}*|dec\\p{L}*|dez\\p{L}*|dic\\p{L}*");
    private static final Set<String> DATE_LINKS = Set.of("in", "en", "em", "im", "on", "le", "el", "o", "de", "of", "del", "do", "da", "du", "am");

    /**
     * How many of the words between two positions make a date: a year ("2012"), a month's name before it and a
     * preposition or article that opens it ("en julio de 2012", "in July 2012").
     */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}");

    static int dateWords(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int k = from + 1; k < to; k++) {
            String w = tokens.get(k).folded();
            if (!tokens.get(k).word() || !YEAR.matcher(w).matches()) {
                continue;
            }
            n++;
            int j = k - 1;
            while (j > from && (tokens.get(j).word() && (DATE_LINKS.contains(tokens.get(j).folded()) || MONTH.matcher(tokens.get(j).folded()).matches()
                    || DAY.matcher(tokens.get(j).folded()).matches()) || !tokens.get(j).word())) {
                if (tokens.get(j).word()) {
                    n++;
                }
                j--;
            }
        }
        return n;
    }

    /** A semicolon or a bracket between two positions: another clause. */
    static boolean boundaryBetween(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String t = tokens.get(k).lower();
            if (t.equals(";") || t.equals(":")) {
                return true; // "o que tinha prometido em março: determinou que ...": the promise before the colon governs nothing after it
            }
            // "(NATO)", "(MNNA)", "(OTAN, na sigla em inglês)": a short gloss in brackets is no aside that parts the clause
            if (t.equals("(") && !closesWithin(tokens, k, 1, GLOSS_TOKENS, ")") || t.equals(")") && !closesWithin(tokens, k, -1, GLOSS_TOKENS, "(")) {
                return true;
            }
        }
        return false;
    }

    /** The most tokens a bracketed gloss holds, its brackets excluded. */
    private static final int GLOSS_TOKENS = 6;

    private static boolean closesWithin(List<Token> tokens, int at, int step, int reach, String mark) {
        for (int k = at + step, n = 0; k >= 0 && k < tokens.size() && n <= reach; k += step, n++) {
            if (tokens.get(k).lower().equals(mark)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the token at or after a character offset. */
    static int tokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
