package io.allywatch.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A regular expression with a cheap first look in front: the literal beginnings of its alternatives,
 * read from the expression itself, in a {@link StemFilter}. Most sentences hold none of them, and
 * then the expression does not run. Same answers as the expression alone: the filter is read so that
 * it can only let more through ({@code PrefilteredTest} checks that on every set's sentences), and
 * an expression whose beginnings cannot be read runs unfiltered.
 *
 * <p>Readable: {@code \b(?:aid|assistance|grants?|donn\p{L}*|Unión\s+Europea)...}, one group of
 * alternatives at the start, each beginning with two literal characters or more.
 */
public final class Prefiltered {
    private static final String SPECIAL = "\\()[]{}|.^$?*+";
    private static final String ANY_LETTERS_FIRST = "\\p{L}*";

    private final Pattern pattern;
    private final StemFilter filter;
    private final boolean atWordStart;

    private Prefiltered(Pattern pattern, StemFilter filter, boolean atWordStart) {
        this.pattern = pattern;
        this.filter = filter;
        this.atWordStart = atWordStart;
    }

    private static final java.util.Map<Pattern, Prefiltered> MADE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The filtered expression; made once per expression (expressions are constants, the filter's trie is not cheap). */
    public static Prefiltered of(Pattern pattern) {
        return MADE.computeIfAbsent(pattern, Prefiltered::make);
    }

    /** Every filtered expression made so far: for the test that holds each to its expression's answers. */
    static java.util.Collection<Prefiltered> made() {
        return List.copyOf(MADE.values());
    }

    private static Prefiltered make(Pattern pattern) {
        boolean[] inside = {false};
        Optional<List<String>> stems = beginnings(pattern.pattern(), inside);
        return new Prefiltered(pattern, stems.map(StemFilter::new).orElse(null), !inside[0]);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether the expression is found in the text, as {@code pattern.matcher(text).find()}. */
    public boolean find(CharSequence text) {
        return mayFind(text) && pattern.matcher(text).find();
    }

    /** False only where the expression cannot be found: the filter alone, before a matcher that reads positions. */
    public boolean mayFind(CharSequence text) {
        return filter == null || (atWordStart ? filter.atWordStart(text) : filter.anywhere(text));
    }

    /** Whether the beginnings could be read, so that the filter is in use. */
    public boolean filtered() {
        return filter != null;
    }

    /** The literal beginnings of an expression, lower case not needed; empty when any of its ways in has none readable. */
    static Optional<List<String>> beginnings(String regex) {
        return beginnings(regex, new boolean[1]);
    }

    /**
     * "\\b(?:a|b)rest|\\bc...": every top-level branch, each with its word boundary or without.
     *
     * @param inside set when a match may begin inside a word: a branch without "\\b", or an alternative that
     *               begins with any letters ("\\p{L}*hilfe", German compounds)
     */
    private static Optional<List<String>> beginnings(String regex, boolean[] inside) {
        List<String> stems = new ArrayList<>();
        for (String branch : split(regex)) {
            if (branch.startsWith("\\b")) {
                branch = branch.substring(2);
            } else {
                inside[0] = true;
            }
            Optional<List<String>> own = alternative(branch, 2, inside);
            if (own.isEmpty()) {
                return Optional.empty();
            }
            stems.addAll(own.get());
        }
        return Optional.of(stems);
    }

    /**
     * The literal characters an alternative begins with: "grants?" gives "grant" (a quantified last
     * one is left out), "d(?:io|a)" gives "dio" and "da", "(?:military|financial)\\s+support" the inner
     * group's beginnings, "budget(?:ary)?" "budget". Each {@code least} characters long, or none.
     *
     * @param inside where a leading "\\p{L}*" may be read past (marking it); null where it only ends the literal
     */
    private static Optional<List<String>> alternative(String alternative, int least, boolean[] inside) {
        if (inside != null && alternative.startsWith(ANY_LETTERS_FIRST)) {
            inside[0] = true;
            alternative = alternative.substring(ANY_LETTERS_FIRST.length());
        }
        StringBuilder literal = new StringBuilder();
        int i = 0;
        for (; i < alternative.length(); i++) {
            char c = alternative.charAt(i);
            int sameLetter = c == '[' ? oneLetterClass(alternative, i) : -1;
            if (sameLetter >= 0) {
                literal.append(alternative.charAt(i + 1)); // "[Hh]": one letter in either case, as the filter reads it
                i = sameLetter;
                continue;
            }
            if (SPECIAL.indexOf(c) >= 0 || Character.isWhitespace(c)) {
                break;
            }
            literal.append(c);
        }
        List<String> out = new ArrayList<>();
        if (i < alternative.length() && "?*{".indexOf(alternative.charAt(i)) >= 0 && literal.length() > 0) {
            literal.setLength(literal.length() - 1);
            out.add(literal.toString());
        } else if (alternative.startsWith("(?:", i)) {
            int inner = closing(alternative, i);
            if (inner < 0) {
                return Optional.empty();
            }
            if (inner + 1 < alternative.length() && "?*{".indexOf(alternative.charAt(inner + 1)) >= 0) {
                out.add(literal.toString()); // the group may be left out: the literal before it is all there is
            } else {
                // "subsid(?:y|ies)": within the group a short or unreadable beginning only shortens the literal's
                List<String> nested = new ArrayList<>();
                for (String a : split(alternative.substring(i + 3, inner))) {
                    Optional<List<String>> own = alternative(a, 0, literal.length() == 0 ? inside : null);
                    if (own.isEmpty()) {
                        return Optional.empty();
                    }
                    nested.addAll(own.get());
                }
                nested.forEach(n -> out.add(literal + n));
            }
        } else {
            out.add(literal.toString());
        }
        return out.stream().allMatch(b -> b.length() >= least) ? Optional.of(out) : Optional.empty();
    }

    /** The next '(', ')' or '|' from {@code from} that is no escaped character and not inside a class; -1 if none. */
    private static int nextStructural(String regex, int from) {
        boolean inClass = false;
        for (int i = from; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(' || c == ')' || c == '|') {
                return i;
            }
        }
        return -1;
    }

    /** For a class of one letter in its cases ("[Hh]") at {@code open}, the index of its ']'; else -1. */
    private static int oneLetterClass(String regex, int open) {
        int close = regex.indexOf(']', open);
        if (close < open + 2) {
            return -1;
        }
        String letters = regex.substring(open + 1, close);
        char first = Character.toLowerCase(letters.charAt(0));
        for (int k = 0; k < letters.length(); k++) {
            char c = letters.charAt(k);
            if (!Character.isLetter(c) || Character.toLowerCase(c) != first) {
                return -1;
            }
        }
        return close;
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    private static int closing(String regex, int open) {
        int depth = 0;
        for (int i = nextStructural(regex, open); i >= 0; i = nextStructural(regex, i + 1)) {
            char c = regex.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** An expression (or a group's inside) split at its own bars, not at those of groups within. */
    private static List<String> split(String inside) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = nextStructural(inside, 0); i >= 0; i = nextStructural(inside, i + 1)) {
            char c = inside.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0) {
                parts.add(inside.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(inside.substring(start));
        return parts;
    }
}
