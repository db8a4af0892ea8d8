package io.allywatch.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits an article's text into lines and sentences, keeping exact offsets into the text. Every
 * line break ends a sentence (headlines carry no full stop); inside a line a sentence ends at
 * {@code . ! ? …} followed by a space and a capital, digit or quote, except after known
 * abbreviations and initials ("U.S. President", "Oct. 7", "Michael F. Miller").
 *
 * <p>One pass over the text, and no sentence longer than {@code maxSentenceChars}: longer runs
 * (pages without punctuation, binary junk) are cut at a space, so later stages stay linear.
 */
public final class TextSegmenter {
    public static final int DEFAULT_MAX_SENTENCE_CHARS = 1_000;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "lt", "col", "maj", "capt", "cmdr", "adm",
            "sgt", "brig", "gov", "sen", "rep", "pres", "amb", "rev", "hon", "inc", "corp", "co", "ltd", "no",
            "nos", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "approx", "dept", "est", "fig", "ft", "mt", "gov't", "u.s", "u.k", "u.n", "u.s.a", "e.g", "i.e",
            "d.c", "a.m", "p.m", "n.y", "l.a",
            // French, Spanish, Portuguese, German: "Mrd. Euro", "z. B.", "Sr. Álvarez"
            "mrd", "mio", "mill", "mia", "bzw", "ca", "nr", "abs", "vgl", "sra", "srta", "dra", "gral", "mme", "mlle", "cf", "av", "bn", "mn");

    private final BoilerplateFilter boilerplate = new BoilerplateFilter();
    private final int maxSentenceChars;

    public TextSegmenter() {
        this(DEFAULT_MAX_SENTENCE_CHARS);
    }

    public TextSegmenter(int maxSentenceChars) {
        if (maxSentenceChars < 80) {
            throw new IllegalArgumentException("maxSentenceChars must be at least 80, was " + maxSentenceChars);
        }
        this.maxSentenceChars = maxSentenceChars;
    }

    /** The content sentences of {@code text[0, limit)}, boilerplate lines and everything after an end marker left out. */
    public List<Sentence> contentSentences(String text, int limit) {
        List<Sentence> sentences = new ArrayList<>();
        int end = Math.min(limit, text.length());
        int lineStart = 0;
        while (lineStart < end) {
            int lineEnd = lineStart;
            while (lineEnd < end && !isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            int s = skipSpaceForward(text, lineStart, lineEnd);
            int e = skipSpaceBackward(text, s, lineEnd);
            if (s < e) {
                BoilerplateFilter.LineKind kind = boilerplate.classify(text, s, e);
                if (kind == BoilerplateFilter.LineKind.END_OF_ARTICLE) {
                    break;
                }
                if (kind == BoilerplateFilter.LineKind.CONTENT) {
                    splitLine(text, s, e, sentences);
                }
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private void splitLine(String text, int lineStart, int lineEnd, List<Sentence> out) {
        int firstOfLine = out.size();
        int sentenceStart = lineStart;
        int i = lineStart;
        while (i < lineEnd) {
            char c = text.charAt(i);
            if (isTerminal(c)) {
                int after = i + 1;
                while (after < lineEnd && (isTerminal(text.charAt(after)) || isClosing(text.charAt(after)))) {
                    after++;
                }
                if (after < lineEnd && isSpace(text.charAt(after))) {
                    int next = skipSpaceForward(text, after, lineEnd);
                    if (next < lineEnd && startsSentence(text.charAt(next)) && !(c == '.' && (isAbbreviation(text, sentenceStart, i)
                            || isDayOfMonth(text, sentenceStart, i, next, lineEnd)))) {
                        addChunked(text, sentenceStart, after, out);
                        sentenceStart = next;
                        i = next;
                        continue;
                    }
                }
                i = after;
                continue;
            }
            i++;
        }
        addChunked(text, sentenceStart, lineEnd, out);
        if (out.size() == firstOfLine + 1) {
            Sentence only = out.get(firstOfLine);
            if (!endsWithClosingPunctuation(only.text())) {
                out.set(firstOfLine, new Sentence(only.start(), only.end(), only.text(), true));
            }
        }
    }

    /** Adds {@code [start, end)} trimmed, cut into pieces of at most {@code maxSentenceChars} at spaces. */
    private void addChunked(String text, int start, int end, List<Sentence> out) {
        int s = skipSpaceForward(text, start, end);
        while (s < end) {
            int e = skipSpaceBackward(text, s, end);
            if (e <= s) {
                return;
            }
            if (e - s > maxSentenceChars) {
                int cut = s + maxSentenceChars;
                int space = cut;
                while (space > s + maxSentenceChars / 2 && !isSpace(text.charAt(space))) {
                    space--;
                }
                cut = isSpace(text.charAt(space)) ? space : cut;
                // Never cut a surrogate pair in two.
                if (Character.isLowSurrogate(text.charAt(cut)) && cut > s + 1) {
                    cut--;
                }
                e = skipSpaceBackward(text, s, cut);
                if (e > s) {
                    out.add(new Sentence(s, e, text.substring(s, e), false));
                }
                s = skipSpaceForward(text, cut, end);
            } else {
                out.add(new Sentence(s, e, text.substring(s, e), false));
                return;
            }
        }
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int wordStart = dot;
        while (wordStart > sentenceStart && !isSpace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "Michael F. Miller"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** German months, as a day's ordinal stands before them ("bis zum 7. März", "am 1. Jänner"). */
    private static final Set<String> MONTHS = Set.of("januar", "jänner", "februar", "feber", "märz", "april", "mai", "juni", "juli", "august",
            "september", "oktober", "november", "dezember");
    private static final int LONGEST_MONTH = "september".length();

    /** Whether the dot ends a day of the month written as an ordinal before the month's name: "bis zum 7. März Rüstungsmaterial". */
    private static boolean isDayOfMonth(String text, int sentenceStart, int dot, int next, int lineEnd) {
        int digits = 0;
        while (dot - digits - 1 >= sentenceStart && Character.isDigit(text.charAt(dot - digits - 1))) {
            digits++;
        }
        if (digits == 0 || digits > 2 || dot - digits - 1 >= sentenceStart && !isSpace(text.charAt(dot - digits - 1))) {
            return false;
        }
        int end = next;
        while (end < lineEnd && end - next <= LONGEST_MONTH && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return MONTHS.contains(text.substring(next, end).toLowerCase(Locale.ROOT));
    }

    private static boolean endsWithClosingPunctuation(String sentence) {
        char last = sentence.charAt(sentence.length() - 1);
        return isTerminal(last) || isClosing(last) || last == ':' || last == ';' || last == ',';
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '\''
                || c == '(' || c == '[' || c == '«' || c == '-' || c == '—';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /** Whitespace including the no-break and other Unicode spaces that scraped pages are full of. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    private static int skipSpaceForward(String text, int from, int to) {
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int skipSpaceBackward(String text, int from, int to) {
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
