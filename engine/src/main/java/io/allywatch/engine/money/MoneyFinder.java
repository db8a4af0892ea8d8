package io.allywatch.engine.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money in the notations news uses: {@code $84 million}, {@code US$1.5bn},
 * {@code USD 2 billion}, {@code €300m}, {@code 84 millones de dólares}, {@code 4,5 millions de
 * dollars}, {@code 1,2 Mrd. Euro}, {@code R$ 10 milhões}. The decimal separator follows the
 * language (a point in English, a comma elsewhere); a separator followed by exactly three digits
 * groups thousands. Stateless and thread-safe.
 */
public final class MoneyFinder {
    private static final String NUMBER = "(\\d{1,3}(?:[,.\\u00A0\\u202F ]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)";
    private static final String SCALE = "(mil\\s+millones|mil\\s+milhões|billones|billón|billions?|millions?|millones|millón|milhões|milhão|bilhões|bilhão|milliards?"
            + "|Milliarden|Milliarde|Millionen|Million|Mill\\.|Mia\\.?|Mrd\\.?|Mio\\.?|Mds?|mds?|mlns?|mln|bln|mn|bn|tn|trillions?|thousand|mille|mil|Tsd\\.?|k|m|b|M|B)";
    private static final String SYMBOL = "(US\\$|U\\.S\\.\\s?\\$|NT\\$|CA\\$|HK\\$|R\\$|C\\$|A\\$|\\$|€|£|¥|USD|EUR|GBP|BRL|JPY|CNY|RMB|CAD|CHF|TWD|SEK|NOK|DKK)";
    /** Longer names first: "Canadian dollars" before "dollars". */
    private static final String WORD_CURRENCY = "(U\\.?S\\.?\\s+dollars?|U\\.?S\\.?\\s+dlrs?|Canadian\\s+dollars?|dollars?\\s+canadiens|dólares\\s+canadienses|dólares\\s+canadenses"
            + "|kanadische[n]?\\s+Dollar|Australian\\s+dollars?|dollars?\\s+australiens|dólares\\s+australianos|australische[n]?\\s+Dollar"
            + "|New\\s+Zealand\\s+dollars?|dollars?\\s+néo-zélandais|dólares\\s+neozelandeses|(?:New\\s+)?Taiwan(?:ese)?\\s+dollars?|dlrs?|US-Dollar|dollars?|Dollar|dólares|dólar"
            + "|euros?|Euro|reais|real|pounds?(?:\\s+sterling)?|libras(?:\\s+esterlinas)?|livres?(?:\\s+sterling)?|Pfund|yens?|yenes|ienes|Yen|yuan(?:es|s)?|renminbi|Yuans?"
            + "|Swiss\\s+francs|francs\\s+suisses|Schweizer\\s+Franken|Franken|francs?\\s+CFA|F\\.?\\s?(?:CFA|Cfa|cfa)|CFA\\s+francs|(?:nuevos\\s+)?soles|escudos(?:\\s+cabo-verdianos)?|D-Mark|Deutsche\\s+Mark|(?:West\\s+)?German\\s+marks|marks|stg|sterling"
            + "|ECUs?|ecus|European\\s+Currency\\s+Units?|guilders|rupees|roupies|rupias"
            // the Nordic crowns, the country's adjective first where it is written: "120 millions de couronnes", "10 milliards de couronnes norvégiennes"
            + "|(?:Swedish|Norwegian|Danish)\\s+(?:kronor|kroner|krone|crowns)|kronor|kroner|(?:schwedische|norwegische|dänische)n?\\s+Kronen|Kronen"
            + "|couronnes(?:\\s+(?:suédoises|norvégiennes|danoises))?|coronas(?:\\s+(?:suecas|noruegas|danesas))?|coroas(?:\\s+(?:suecas|norueguesas|dinamarquesas))?)";

    private static final Pattern SYMBOL_FIRST = Pattern.compile(
            SYMBOL + "\\s?" + NUMBER + "(?:[\\s\\u00A0-]?" + SCALE + "\\b)?(?:\\s+(?:de\\s+|d['’]\\s*)?" + WORD_CURRENCY + "\\b)?");
    /** Small numbers in words before a scale: "drei Milliarden Dollar", "two billion dollars", "tres mil millones de dólares". */
    private static final String NUMBER_WORD = "(one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix"
            + "|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez"
            + "|ein|eine|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)";
    private static final Pattern WORD_NUMBER_FIRST = Pattern.compile("(?i)(?<![\\p{L}\\d])" + NUMBER_WORD
            + "\\s+(?:(?:weitere|zusätzliche|further|additional|autre|otra|outra)\\s+)?" + SCALE
            + "(?:\\s+|-)(?:de\\s+|d['’]\\s*)?(?:" + WORD_CURRENCY + "\\b|" + SYMBOL + ")");
    private static final Map<String, Integer> NUMBER_WORDS = numberWords();
    /** Half a million: "eine halbe Million Euro", "half a million dollars", "medio millón de dólares", "meio milhão de euros". */
    private static final Pattern HALF_A_MILLION = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:eine\\s+halbe|half\\s+a|medio|meio)\\s+(?:Million|millón|milhão)"
            + "\\s+(?:de\\s+|d['’]\\s*)?" + WORD_CURRENCY + "\\b");
    private static final BigDecimal HALF_MILLION = new BigDecimal(500_000);

    private static Map<String, Integer> numberWords() {
        Map<String, Integer> m = new java.util.HashMap<>();
        String[][] lists = {{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"},
                {"un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"},
                {"uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"},
                {"um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez"},
                {"ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn"}};
        for (String[] list : lists) {
            for (int i = 0; i < list.length; i++) {
                m.putIfAbsent(list[i], i + 1);
            }
        }
        m.put("une", 1);
        m.put("una", 1);
        m.put("uma", 1);
        m.put("duas", 2);
        m.put("eine", 1);
        m.put("einer", 1);
        return m;
    }

    /** "100-mln-dlr" as well as "100 mln dlrs". */
    private static final Pattern NUMBER_FIRST = Pattern.compile(
            "(?<![\\p{L}\\d$€£])" + NUMBER + "(?:[\\s\\u00A0-]?" + SCALE + ")?(?:-|\\s*)(?:de\\s+|d['’]\\s*)?(?:" + WORD_CURRENCY + "\\b|" + SYMBOL + ")");
    /** A compound amount, larger scale first: "18 milliards 492 millions de FCFA", "53 millones 100 mil 965 soles". */
    private static final String COMPOUND_SCALE = "(?:milliards?|Milliarden|billions?|bilhões|mil\\s+millones|millions?|millones|milhões|Millionen|mille|mil)";
    private static final Pattern COMPOUND = Pattern.compile("(?<![\\p{L}\\d])(\\d+(?:[.,]\\d+)?\\s+" + COMPOUND_SCALE
            + "(?:\\s+(?:et\\s+|e\\s+|y\\s+)?\\d{1,3}\\s+" + COMPOUND_SCALE + ")+(?:\\s+\\d{1,3})?)\\s+(?:de\\s+|d['’]\\s*)?" + WORD_CURRENCY + "\\b");
    private static final Pattern COMPOUND_PART = Pattern.compile("(\\d+(?:[.,]\\d+)?)(?:\\s+(" + COMPOUND_SCALE + "))?");

    /** Wire style, the currency first: "dlrs 40 mln"; with its scale, so that "a 100-mln-dlr 20-year loan" is no "dlr 20". */
    private static final Pattern WIRE_CURRENCY_FIRST = Pattern.compile("\\b(dlrs?)\\s+" + NUMBER + "\\s?" + SCALE + "\\b");

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("US$", "USD"), Map.entry("$", "USD"), Map.entry("R$", "BRL"), Map.entry("C$", "CAD"), Map.entry("A$", "AUD"),
            Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("USD", "USD"), Map.entry("EUR", "EUR"), Map.entry("GBP", "GBP"),
            Map.entry("BRL", "BRL"), Map.entry("NT$", "TWD"), Map.entry("CA$", "CAD"), Map.entry("HK$", "HKD"), Map.entry("¥", "JPY"),
            Map.entry("JPY", "JPY"), Map.entry("CNY", "CNY"), Map.entry("RMB", "CNY"), Map.entry("CAD", "CAD"), Map.entry("CHF", "CHF"),
            Map.entry("TWD", "TWD"), Map.entry("SEK", "SEK"), Map.entry("NOK", "NOK"), Map.entry("DKK", "DKK"));

    /** Every notation above holds one of these: a symbol, a currency's name or code. */
    private static boolean hasSymbol(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '$' || c == '€' || c == '£' || c == '¥') {
                return true;
            }
        }
        return false;
    }

    private static final io.allywatch.engine.text.StemFilter CURRENCY_WORDS = new io.allywatch.engine.text.StemFilter(List.of(
            "dollar", "dólar", "dolar", "dlr", "euro", "real", "reais", "pound", "libra", "livre", "pfund", "yen", "yene", "iene", "yuan",
            "renminbi", "franc", "franken", "mark", "ecu", "guilder", "stg", "sterling", "rupee", "roupie", "rupia", "usd", "eur", "gbp", "brl", "jpy", "cny", "rmb",
            "cad", "chf", "twd", "cfa", "fcfa", "soles", "escudo", "sek", "nok", "dkk", "kron", "crown", "couronne", "corona", "coroa"));

    private final boolean decimalComma;
    private final boolean latinGrouping;
    private final String lang;

    /** @param lang ISO 639-1; English reads "1.5" as one and a half, the others read "1,5" so */
    public MoneyFinder(String lang) {
        this.lang = lang == null ? "en" : lang;
        this.decimalComma = !this.lang.equals("en");
        this.latinGrouping = this.lang.equals("es");
    }

    /** Whether a sentence holds a long scale word at all ("millones", "Milliarden"), so that {@link #findWithoutCurrency} may find something. */
    public static boolean mayHoldBareAmount(CharSequence text) {
        return SCALE_WORDS.anywhere(text);
    }

    private static final io.allywatch.engine.text.StemFilter SCALE_WORDS = new io.allywatch.engine.text.StemFilter(List.of(
            "million", "millón", "millones", "milhão", "milhões", "milliard", "billion", "bilhão", "bilhões"));

    /** Whether a sentence holds a currency sign or word at all, so that {@link #find} may find something: a cheap scan. */
    public static boolean mayHoldMoney(CharSequence text) {
        return hasSymbol(text) || CURRENCY_WORDS.atWordStart(text);
    }

    public List<MoneyMention> find(CharSequence text) {
        if (!mayHoldMoney(text)) {
            return List.of(); // most sentences with a figure hold a date or a share, no money
        }
        List<MoneyMention> found = new ArrayList<>();
        Matcher m = SYMBOL_FIRST.matcher(text);
        while (m.find()) {
            String currency = m.group(4) != null ? wordCurrency(m.group(4)) : symbolCurrency(m.group(1));
            add(found, m.start(), m.end(), m.group(2), m.group(3), currency);
        }
        Matcher c = COMPOUND.matcher(text);
        while (c.find()) {
            int start = c.start();
            if (found.stream().noneMatch(f -> f.start() < c.end() && start < f.end())) {
                addCompound(found, start, c.end(), c.group(1), wordCurrency(c.group(2)));
            }
        }
        Matcher half = HALF_A_MILLION.matcher(text);
        while (half.find()) {
            int start = half.start();
            String currency = wordCurrency(half.group(1));
            if (currency != null && found.stream().noneMatch(f -> f.start() < half.end() && start < f.end())) {
                found.add(new MoneyMention(start, half.end(), HALF_MILLION, currency));
            }
        }
        Matcher w = WIRE_CURRENCY_FIRST.matcher(text);
        while (w.find()) {
            add(found, w.start(), w.end(), w.group(2), w.group(3), wordCurrency(w.group(1)));
        }
        Matcher n = NUMBER_FIRST.matcher(text);
        while (n.find()) {
            int start = n.start();
            if (found.stream().anyMatch(f -> f.start() <= start && start < f.end())) {
                continue;
            }
            String scale = n.group(2);
            if (scale != null && scale.length() == 1 && n.group(3) != null) {
                continue; // "5 m dollars" is rare; "5 M" before a word is usually something else
            }
            String currency = n.group(3) != null ? wordCurrency(n.group(3)) : symbolCurrency(n.group(4));
            add(found, start, n.end(), n.group(1), scale, currency);
        }
        Matcher words = WORD_NUMBER_FIRST.matcher(text);
        while (words.find()) {
            int start = words.start();
            if (found.stream().anyMatch(f -> f.start() <= start && start < f.end())) {
                continue;
            }
            Integer value = NUMBER_WORDS.get(words.group(1).toLowerCase(Locale.ROOT));
            String currency = words.group(3) != null ? wordCurrency(words.group(3)) : symbolCurrency(words.group(4));
            if (value != null) {
                add(found, start, words.end(), String.valueOf(value), words.group(2), currency);
            }
        }
        // "100 mln dlr 10-year notes": the wire form "dlr 10" must not take the end of an amount already read
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<MoneyMention> kept = new ArrayList<>(found.size());
        for (MoneyMention mention : found) {
            if (kept.isEmpty() || mention.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(mention);
            }
        }
        return kept;
    }

    /**
     * A number with a long scale word and no currency: "817 millones de ayuda militar", "615
     * millones se enmarcan", "weitere 500 Millionen für ...". Only where what follows makes it
     * money rather than a count ("1,4 millones de venezolanos", "elf Millionen Einwohner"): an aid
     * word right after, or a verb, preposition or punctuation that no counted noun would stand in
     * for. The caller says which currency the text has been speaking of.
     *
     * @param aidWord  the reader's words of aid, for "817 millones de ayuda"
     * @param currency the currency to give them (ISO 4217)
     */
    public List<MoneyMention> findWithoutCurrency(CharSequence text, java.util.regex.Pattern aidWord, String currency) {
        List<MoneyMention> withCurrency = find(text);
        List<MoneyMention> bare = new ArrayList<>();
        Matcher m = BARE.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (withCurrency.stream().anyMatch(f -> f.start() < end && start < f.end())) {
                continue;
            }
            CharSequence rest = text.subSequence(end, Math.min(text.length(), end + 60));
            if (COUNTED.matcher(rest).lookingAt()) {
                continue; // "über 13 Millionen Menschen brauchen humanitäre Hilfe": people, not money
            }
            Matcher aid = aidWord.matcher(rest);
            boolean aidNext = BARE_OF.matcher(rest).lookingAt() && aid.find() && aid.start() <= BARE_OF_REACH;
            if (!aidNext && !BARE_FOLLOWER.matcher(rest).lookingAt()) {
                continue;
            }
            add(bare, start, end, m.group(1), m.group(2), currency);
        }
        return bare;
    }

    /** Long scale words only: a bare "5 m" or "3 k" is too often something else. */
    private static final Pattern BARE = Pattern.compile("(?<![\\p{L}\\d$€£¥.,])" + NUMBER + "[\\s\\u00A0](mil\\s+millones|mil\\s+milhões|millones|millón|milhões|milhão|"
            + "bilhões|bilhão|milliards?|Milliarden|Milliarde|Millionen|Million|millions?|billions?)\\b");
    /** What a bare "13 Millionen" counts when it is no money: people, in the five languages. */
    private static final Pattern COUNTED = Pattern.compile("\\s*(?:(?:de|d['’]|of)\\s*)?(?:Menschen|Personen|Einwohner\\p{L}*|Flüchtling\\p{L}*|Kinder\\p{L}*|Vertriebene\\p{L}*|"
            + "people|persons|refugees|children|residents|inhabitants|displaced|personnes|habitants|réfugiés|enfants|déplacés|"
            + "personas|habitantes|refugiados|niños|desplazados|pessoas|crianças|deslocados)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BARE_OF = Pattern.compile("\\s*(?:de|d['’]|of|in|an|en|em|à|a|für)?\\s*", Pattern.CASE_INSENSITIVE);
    private static final int BARE_OF_REACH = 25;
    private static final Pattern BARE_FOLLOWER = Pattern.compile("\\s*(?:[.,;:)]|$|(?:en|in|em|im)\\s+(?:19|20)\\d{2}\\b|(?:se|para|pour|for|to|für|an|are|were|was|will|would|sont|seront|son|serán|"
            + "são|serão|sind|werden|wurden|sollen|más|more|plus|mais|weitere|adicionales|supplémentaires|adicionais|additional|extra|extras|"
            // "puis 200 millions de plus en décembre", "les 10 millions restants"
            + "de\\s+(?:plus|más|mais)|restants|restantes|remaining)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The parts of a compound amount added up, each by its own scale. */
    private void addCompound(List<MoneyMention> found, int start, int end, String parts, String currency) {
        if (currency == null) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        Matcher part = COMPOUND_PART.matcher(parts);
        while (part.find()) {
            BigDecimal value = parseNumber(part.group(1), part.group(2) != null);
            if (value == null) {
                return;
            }
            sum = sum.add(value.multiply(multiplier(part.group(2))));
        }
        if (sum.signum() > 0) {
            found.add(new MoneyMention(start, end, sum, currency));
        }
    }

    private void add(List<MoneyMention> found, int start, int end, String number, String scale, String currency) {
        BigDecimal value = parseNumber(number, scale != null);
        if (value == null || currency == null) {
            return;
        }
        BigDecimal amount = value.multiply(multiplier(scale));
        if (amount.signum() <= 0) {
            return;
        }
        found.add(new MoneyMention(start, end, amount, currency));
    }

    /** @param scaled whether a scale word follows ("millones"): then a Spanish "2,500" groups thousands, as Latin American outlets write it */
    BigDecimal parseNumber(String raw, boolean scaled) {
        String s = raw.replace('\u00A0', ' ').replace('\u202F', ' ');
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                digits.append(c);
            } else if (c == ' ') {
                continue; // "1 500" groups thousands
            } else {
                boolean decimal = decimalComma ? c == ',' : c == '.';
                int following = 0;
                while (i + 1 + following < s.length() && Character.isDigit(s.charAt(i + 1 + following))) {
                    following++;
                }
                // "1,000 millones" as Latin American outlets write it: three zeros are no decimals anyone writes
                boolean last = following == 3 && i + 4 == s.length();
                boolean zeros = last && s.startsWith("000", i + 1);
                // "1,250 millones de dólares" in Spanish is 1,250 millions: three decimals of a scale nobody writes
                zeros = zeros || last && scaled && latinGrouping;
                boolean grouping = (!decimal || zeros) && following == 3;
                decimal = decimal && !zeros;
                if (decimal || !grouping && following != 3) {
                    digits.append('.');
                }
                // otherwise a thousands separator: dropped
            }
        }
        try {
            return new BigDecimal(digits.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private BigDecimal multiplier(String scale) {
        if (scale == null) {
            return BigDecimal.ONE;
        }
        String s = scale.replace(".", "");
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.matches("mil\\s+(?:millones|milhões)")) { // Spanish, and European Portuguese "1,2 mil milhões de dólares"
            return BigDecimal.TEN.pow(9);
        }
        if (lower.equals("mia")) { // Swiss German "1,5 Mia. Franken"
            return BigDecimal.TEN.pow(9);
        }
        if (lower.equals("mille")) { // French "255 mille euros"
            return BigDecimal.TEN.pow(3);
        }
        if (lower.startsWith("trillion") || lower.equals("tn")) {
            return BigDecimal.TEN.pow(12);
        }
        // Spanish "billón" is a million millions; English, Portuguese "billion", "bilhão" a thousand millions.
        if (lower.startsWith("billón") || lower.startsWith("billones")) {
            return BigDecimal.TEN.pow(12);
        }
        if (lower.startsWith("billion") || lower.startsWith("bilh") || lower.equals("bn") || s.equals("b") || s.equals("B")
                || lower.equals("bln") || lower.startsWith("milliard") || lower.startsWith("mrd") || lower.equals("md") || lower.equals("mds")) {
            return BigDecimal.TEN.pow(9);
        }
        if (lower.startsWith("mill") || lower.startsWith("mil") && !lower.equals("mil") || lower.startsWith("mio") || lower.startsWith("mln")
                || lower.equals("mn") || s.equals("m") || s.equals("M")) {
            return BigDecimal.TEN.pow(6);
        }
        if (lower.equals("thousand") || lower.equals("mil") || lower.equals("k") || lower.startsWith("tsd")) {
            return BigDecimal.TEN.pow(3);
        }
        return BigDecimal.ONE;
    }

    private static String symbolCurrency(String symbol) {
        if (symbol == null) {
            return null;
        }
        String s = symbol.replaceAll("\\s", "");
        if (s.equals("U.S.$")) {
            return "USD";
        }
        return SYMBOLS.get(s);
    }

    private static String wordCurrency(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.contains("canad") || w.contains("kanad")) {
            return "CAD";
        }
        if (w.contains("austral")) {
            return "AUD"; // "Australian dollars", "dollars australiens", "dólares australianos", "australische Dollar"
        }
        if (w.contains("zealand") || w.contains("zélandais") || w.contains("zelandeses")) {
            return "NZD";
        }
        if (w.contains("taiwan")) {
            return "TWD";
        }
        if (w.contains("yen") || w.contains("ienes")) {
            return "JPY";
        }
        if (w.startsWith("yuan") || w.equals("renminbi")) {
            return "CNY";
        }
        if (w.contains("swiss") || w.contains("suisse") || w.contains("schweizer")) {
            return "CHF";
        }
        if (w.startsWith("escudo")) {
            return "CVE"; // Cape Verde's: Portugal's went with the euro in 2002
        }
        if (w.endsWith("soles")) {
            return "PEN";
        }
        if (w.equals("franken")) {
            return "CHF"; // German "Franken" alone is the Swiss franc
        }
        if (w.contains("cfa")) {
            return "XOF";
        }
        if (w.contains("mark")) {
            return "DEM";
        }
        if (w.startsWith("ecu") || w.startsWith("european currency")) {
            return "XEU";
        }
        if (w.startsWith("guilder")) {
            return "NLG";
        }
        if (w.contains("kron") || w.contains("crown") || w.contains("couronne") || w.contains("corona") || w.contains("coroa")) {
            return w.contains("norw") || w.contains("norv") || w.contains("norueg") || w.contains("kroner") && !w.contains("dan") ? "NOK"
                    : w.contains("dan") || w.contains("dän") || w.contains("dinamar") ? "DKK" : "SEK";
        }
        if (w.startsWith("rup") || w.startsWith("roup")) {
            return "INR";
        }
        if (w.contains("dollar") || w.contains("dólar") || w.startsWith("dlr") || w.endsWith("dlr") || w.endsWith("dlrs")) {
            return "USD";
        }
        if (w.startsWith("euro")) {
            return "EUR";
        }
        if (w.startsWith("real") || w.startsWith("reais")) {
            return "BRL";
        }
        if (w.startsWith("pound") || w.startsWith("libra") || w.startsWith("livre") || w.startsWith("pfund") || w.equals("stg") || w.equals("sterling")) {
            return "GBP";
        }
        return null;
    }
}
