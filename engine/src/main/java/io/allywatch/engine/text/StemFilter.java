package io.allywatch.engine.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ahocorasick.trie.Trie;

/**
 * A cheap first look at a sentence: does it hold one of many word beginnings (or, where compounds
 * put them inside words, anywhere)? So that the regular expressions behind it run on the few
 * sentences that can match. Case-insensitive; immutable and thread-safe.
 */
public final class StemFilter {
    private final Trie anywhere;
    /** Stems by their first two characters, lower case: a word start is looked up, then compared. */
    private final Map<Integer, String[]> byStart;
    /** The same for two ASCII characters, by index (no boxing, no hashing): most text is ASCII. */
    private final String[][] byAsciiStart = new String[ASCII * ASCII][];
    private static final int ASCII = 128;

    /** @param stems the beginnings every later expression needs one of (two characters at least) */
    public StemFilter(Collection<String> stems) {
        this.anywhere = Trie.builder().ignoreCase().stopOnHit().addKeywords(stems).build();
        Map<Integer, List<String>> grouped = new HashMap<>();
        for (String stem : stems) {
            String s = stem.toLowerCase(Locale.ROOT);
            if (s.length() < 2) {
                throw new IllegalArgumentException("a stem needs two characters: " + stem);
            }
            grouped.computeIfAbsent(key(s.charAt(0), s.charAt(1)), k -> new ArrayList<>()).add(s);
        }
        Map<Integer, String[]> frozen = new HashMap<>();
        grouped.forEach((k, v) -> frozen.put(k, v.toArray(String[]::new)));
        this.byStart = Map.copyOf(frozen);
        frozen.forEach((k, v) -> {
            int a = k >>> 16;
            int b = k & 0xFFFF;
            if (a < ASCII && b < ASCII) {
                byAsciiStart[a * ASCII + b] = v;
            }
        });
    }

    private static int key(char a, char b) {
        return (Character.toLowerCase(a) << 16) | Character.toLowerCase(b);
    }

    /** Whether a stem occurs anywhere, inside words too (German compounds: "Waffenlieferung"). */
    public boolean anywhere(CharSequence text) {
        return anywhere.containsMatch(text);
    }

    /** Whether a stem begins a word: "met" in "met with", not in "metal" or "something". */
    public boolean atWordStart(CharSequence text) {
        int n = text.length();
        for (int i = 0; i + 1 < n; i++) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            String[] candidates;
            if (a < ASCII && b < ASCII) {
                // lower case by hand: Character.toLowerCase of an ASCII letter, without the call
                int la = a >= 'A' && a <= 'Z' ? a + 32 : a;
                int lb = b >= 'A' && b <= 'Z' ? b + 32 : b;
                candidates = byAsciiStart[la * ASCII + lb];
            } else {
                candidates = byStart.get(key(a, b));
            }
            if (candidates == null) {
                continue;
            }
            for (String stem : candidates) {
                if (regionMatchesIgnoreCase(text, i, stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean regionMatchesIgnoreCase(CharSequence text, int at, String lower) {
        if (at + lower.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            if (Character.toLowerCase(text.charAt(at + k)) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
