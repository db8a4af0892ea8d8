package io.allywatch.engine.text;

import io.allywatch.engine.lang.Stemmer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into words and punctuation marks, each with its stem. An apostrophe splits
 * ("l'OTAN" → "l'", "OTAN"); a hyphen splits too ("tornou-se", "extra-OTAN"), except in German,
 * whose hyphenated compounds are one word ("Nicht-NATO-Verbündeter"). Thread-safe.
 */
public final class Tokenizer {
    private final Stemmer stemmer;
    private final boolean keepHyphenated;

    public Tokenizer(String lang) {
        this.stemmer = Stemmer.forLanguage(lang);
        this.keepHyphenated = "de".equals(lang);
    }

    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || joins(text, i))) {
                    i++;
                }
                String surface = text.substring(start, i);
                String lower = surface.toLowerCase(Locale.ROOT);
                String folded = Folding.fold(lower);
                tokens.add(new Token(tokens.size(), start, i, lower, folded, stemmer.stem(lower), true));
                if (i < n && isApostrophe(text.charAt(i))) {
                    i++; // "l'" and "d'": the apostrophe ends the elided word
                }
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else {
                String mark = String.valueOf(Folding.fold(c));
                tokens.add(new Token(tokens.size(), i, i + 1, mark, mark, mark, false));
                i++;
            }
        }
        return tokens;
    }

    /** Whether the character at {@code i} keeps the word going: a hyphen inside a German compound, a dot in "U.S.". */
    private boolean joins(String text, int i) {
        char c = text.charAt(i);
        boolean nextIsWord = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        if (c == '-' || c == '\u2011') {
            return keepHyphenated && nextIsWord;
        }
        if (c == '.' && nextIsWord && i > 0 && Character.isUpperCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i + 1))) {
            return true;
        }
        return false;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
