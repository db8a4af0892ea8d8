package io.allywatch.engine.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * ISO 639 codes as the contract wants them: two letters (639-1) where the language has such a
 * code, otherwise the three-letter code. Built from the JDK's language list, plus the individual
 * languages that OpenNLP's detector reports for macrolanguages ("cmn" is Chinese).
 */
public final class LanguageCodes {
    private static final Map<String, String> ALPHA3_TO_ALPHA2 = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOLanguages()) {
            try {
                ALPHA3_TO_ALPHA2.putIfAbsent(new Locale(alpha2).getISO3Language(), alpha2);
            } catch (RuntimeException e) {
                // a language without a three-letter code: nothing to map
            }
        }
        Map<String, String> macro = Map.ofEntries(
                Map.entry("cmn", "zh"), Map.entry("yue", "zh"), Map.entry("arb", "ar"), Map.entry("pes", "fa"),
                Map.entry("prs", "fa"), Map.entry("zsm", "ms"), Map.entry("zlm", "ms"), Map.entry("ekk", "et"),
                Map.entry("lvs", "lv"), Map.entry("swh", "sw"), Map.entry("uzn", "uz"), Map.entry("khk", "mn"),
                Map.entry("npi", "ne"), Map.entry("azj", "az"), Map.entry("ydd", "yi"), Map.entry("plt", "mg"),
                Map.entry("ory", "or"), Map.entry("gug", "gn"), Map.entry("quz", "qu"), Map.entry("als", "sq"),
                Map.entry("pbu", "ps"), Map.entry("mvf", "mn"), Map.entry("lav", "lv"), Map.entry("est", "et"));
        macro.forEach(ALPHA3_TO_ALPHA2::putIfAbsent);
    }

    private LanguageCodes() {
    }

    /**
     * "eng" → "en", "fra" and "fre" → "fr", "en-US" → "en", "EN" → "en"; null for anything that is
     * no language code at all.
     */
    public static String normalize(String code) {
        if (code == null) {
            return null;
        }
        String base = code.strip().toLowerCase(Locale.ROOT);
        int separator = indexOfSeparator(base);
        if (separator >= 0) {
            base = base.substring(0, separator);
        }
        if (!base.matches("[a-z]{2,3}")) {
            return null;
        }
        if (base.length() == 3) {
            String alpha2 = ALPHA3_TO_ALPHA2.get(base);
            if (alpha2 == null) {
                alpha2 = bibliographic(base);
            }
            return alpha2 == null ? base : alpha2;
        }
        // Old JDK aliases: Locale keeps "iw", "in", "ji" for Hebrew, Indonesian, Yiddish.
        return switch (base) {
            case "iw" -> "he";
            case "in" -> "id";
            case "ji" -> "yi";
            default -> base;
        };
    }

    private static int indexOfSeparator(String code) {
        int dash = code.indexOf('-');
        int underscore = code.indexOf('_');
        if (dash < 0) {
            return underscore;
        }
        return underscore < 0 ? dash : Math.min(dash, underscore);
    }

    /** ISO 639-2/B codes that differ from the terminology codes the JDK uses. */
    private static String bibliographic(String code) {
        return switch (code) {
            case "fre" -> "fr";
            case "ger" -> "de";
            case "dut" -> "nl";
            case "chi" -> "zh";
            case "cze" -> "cs";
            case "gre" -> "el";
            case "per" -> "fa";
            case "rum" -> "ro";
            case "slo" -> "sk";
            case "alb" -> "sq";
            case "arm" -> "hy";
            case "baq" -> "eu";
            case "geo" -> "ka";
            case "ice" -> "is";
            case "mac" -> "mk";
            case "may" -> "ms";
            case "bur" -> "my";
            case "wel" -> "cy";
            case "tib" -> "bo";
            default -> null;
        };
    }
}
