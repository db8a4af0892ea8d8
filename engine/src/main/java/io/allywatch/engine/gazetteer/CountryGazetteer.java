package io.allywatch.engine.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds country names in text of one language (English, French, Spanish, Portuguese, German) and resolves them to ISO 3166-1 alpha-3. The names come
 * from the JDK's own country list, so no country is forgotten or misspelt; on top come the
 * aliases the JDK lacks: acronyms, capitals and seats of government used as metonyms, and
 * demonyms ("Peruvian" is Peru).
 *
 * <p>Matching is case-sensitive ("US" is not "us") and on whole words; the longest name wins, and
 * some names are blockers that resolve to nothing, so "Latin America" and "New Mexico" hide the
 * "America" and "Mexico" inside them. Immutable and thread-safe.
 */
public final class CountryGazetteer {
    private static final String BLOCKED = "";
    private static final List<String> GERMAN_SIDES = List.of("Nord", "Süd", "Ost", "West");

    private static final Map<String, CountryGazetteer> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();

    /** Surface forms by first character, longest first. */
    /**
     * Names by their first character, then their second (longest first in each list): most positions of a text start no
     * name and are left after a look at two characters, without boxing a key.
     */
    private final SecondChars[] byFirst = new SecondChars[LATIN_END];
    /** Names that start beyond the Latin letters, if any. */
    private final Map<Character, SecondChars> byFirstBeyondLatin = new HashMap<>();
    /** The end of Latin Extended-B: every name the languages here write starts before it. */
    private static final int LATIN_END = 0x250;

    /** The names that start with one character, by their second character. */
    private record SecondChars(char[] seconds, List<List<Map.Entry<String, String>>> names) {
        List<Map.Entry<String, String>> of(char second) {
            for (int k = 0; k < seconds.length; k++) {
                if (seconds[k] == second) {
                    return names.get(k);
                }
            }
            return null;
        }
    }

    /** The English gazetteer. */
    public static CountryGazetteer standard() {
        return forLanguage("en");
    }

    /** Country names as written in {@code lang} (ISO 639-1: en, fr, es, pt, de); English names for any other language. */
    public static CountryGazetteer forLanguage(String lang) {
        String key = lang == null ? "en" : lang;
        return BY_LANGUAGE.computeIfAbsent(key, CountryGazetteer::new);
    }

    private CountryGazetteer(String lang) {
        Map<String, String> names = new LinkedHashMap<>();
        Locale display = new Locale(lang);
        for (String alpha2 : Locale.getISOCountries()) {
            Locale locale = new Locale("", alpha2);
            String iso3 = locale.getISO3Country();
            for (String name : nameVariants(locale.getDisplayCountry(display))) {
                names.putIfAbsent(name, iso3);
                String plain = withoutAccents(name);
                names.putIfAbsent(plain, iso3);
                // German genitive: "Perus", "Kolumbiens", "Deutschlands".
                if (lang.equals("de") && !name.matches(".*[sxzß]$")) {
                    names.putIfAbsent(name + "s", iso3);
                }
            }
        }
        if (lang.equals("en")) {
            names.putAll(Aliases.ALIASES);
            for (String blocker : Aliases.BLOCKERS) {
                names.put(blocker, BLOCKED);
            }
        } else {
            Demonyms.forLanguage(lang).forEach(names::putIfAbsent);
            names.putAll(ForeignAliases.forLanguage(lang));
            if (lang.equals("de")) {
                // German writes a country's region as one word: "im Nordirak", "die Ostukraine", "Südlibanons"
                Map<String, String> regions = new LinkedHashMap<>();
                names.forEach((name, iso3) -> {
                    if (name.length() >= 4 && Character.isUpperCase(name.charAt(0)) && name.chars().allMatch(Character::isLetter)) {
                        for (String side : GERMAN_SIDES) {
                            regions.put(side + Character.toLowerCase(name.charAt(0)) + name.substring(1), iso3);
                        }
                    }
                });
                regions.forEach(names::putIfAbsent);
            }
            for (String blocker : ForeignAliases.blockers(lang)) {
                names.put(blocker, BLOCKED);
            }
        }
        // Headlines and datelines in capitals: "PERU", "COLOMBIA". Short acronyms already are.
        Map<String, String> upper = new HashMap<>();
        names.forEach((name, iso3) -> {
            if (name.length() >= 4) {
                upper.putIfAbsent(name.toUpperCase(Locale.ROOT), iso3);
            }
        });
        upper.forEach(names::putIfAbsent);

        Map<Character, Map<Character, List<Map.Entry<String, String>>>> index = new HashMap<>();
        names.forEach((name, iso3) -> {
            if (name.length() >= 2) {
                index.computeIfAbsent(name.charAt(0), c -> new LinkedHashMap<>()).computeIfAbsent(name.charAt(1), c -> new ArrayList<>())
                        .add(Map.entry(name, iso3));
            }
        });
        index.forEach((first, bySecond) -> {
            char[] seconds = new char[bySecond.size()];
            List<List<Map.Entry<String, String>>> lists = new ArrayList<>();
            int k = 0;
            for (Map.Entry<Character, List<Map.Entry<String, String>>> e : bySecond.entrySet()) {
                seconds[k++] = e.getKey();
                List<Map.Entry<String, String>> list = new ArrayList<>(e.getValue());
                list.sort(Comparator.comparingInt((Map.Entry<String, String> n) -> n.getKey().length()).reversed());
                lists.add(List.copyOf(list));
            }
            SecondChars entry = new SecondChars(seconds, List.copyOf(lists));
            if (first < LATIN_END) {
                byFirst[first] = entry;
            } else {
                byFirstBeyondLatin.put(first, entry);
            }
        });
    }

    private static String withoutAccents(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** JDK display names as people write them: "Bosnia & Herzegovina" also as "... and ...", "Myanmar (Burma)" as both. */
    private static List<String> nameVariants(String display) {
        List<String> variants = new ArrayList<>();
        String name = display;
        int paren = name.indexOf(" (");
        if (paren > 0 && name.endsWith(")")) {
            variants.add(name.substring(paren + 2, name.length() - 1));
            name = name.substring(0, paren);
        }
        if (name.startsWith("R.A.S. ") || name.startsWith("RAE ")) {
            return variants; // "R.A.S. chinoise de Hong Kong": "Hong Kong" comes as an alias
        }
        if (name.endsWith(" SAR China")) {
            name = name.substring(0, name.length() - " SAR China".length());
        }
        variants.add(name);
        if (name.contains(" & ")) {
            variants.add(name.replace(" & ", " and "));
        }
        if (name.contains(", ")) {
            variants.add(name.substring(0, name.indexOf(", ")));
        }
        if (name.startsWith("St. ")) {
            variants.add("Saint " + name.substring(4));
        }
        if (name.contains("’")) {
            variants.add(name.replace('’', '\''));
        }
        return variants;
    }

    /** All countries named in {@code text[from, to)}, left to right, without overlaps. */
    public List<CountryMention> find(CharSequence text, int from, int to) {
        List<CountryMention> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (i > from && isWordChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            Map.Entry<String, String> match = longestAt(text, i, to);
            if (match == null) {
                i++;
                continue;
            }
            int end = i + match.getKey().length();
            if (!match.getValue().isEmpty()) {
                found.add(new CountryMention(match.getValue(), i, end));
            }
            i = end;
        }
        return found;
    }

    public List<CountryMention> find(CharSequence text) {
        return find(text, 0, text.length());
    }

    private Map.Entry<String, String> longestAt(CharSequence text, int at, int to) {
        if (at + 1 >= to) {
            return null; // every name has two characters at least
        }
        char first = text.charAt(at);
        SecondChars bySecond = first < LATIN_END ? byFirst[first] : byFirstBeyondLatin.get(first);
        List<Map.Entry<String, String>> candidates = bySecond == null ? null : bySecond.of(text.charAt(at + 1));
        if (candidates == null) {
            return null;
        }
        for (Map.Entry<String, String> candidate : candidates) {
            String name = candidate.getKey();
            int end = at + name.length();
            if (end <= to && regionEquals(text, at, name) && (end == to || !isWordChar(text.charAt(end)) || name.endsWith("."))) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean regionEquals(CharSequence text, int at, String name) {
        for (int k = 0; k < name.length(); k++) {
            if (text.charAt(at + k) != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
