package io.allywatch.engine.aid;

import io.allywatch.engine.money.MoneyFinder;
import io.allywatch.engine.money.MoneyMention;
import io.allywatch.engine.text.Sentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which amounts of a sentence can be aid, before anyone asks who gives or gets them: amounts whose
 * currency the article left to the reader ("615 millones se destinan"), without the conversions
 * that restate one ("3 Milliarden Dollar (rund 2,8 Mrd Euro)"), and without prices, differences,
 * budgets and project costs. Stateless and thread-safe.
 */
final class AmountReader {
    /** Characters either side of an amount read for a word that says it is no aid. */
    private static final int NOT_AID_WINDOW = 60;
    /** How close to an amount an aid word overrides a word of no aid in the window. */
    private static final int AID_OVERRIDE = 25;
    /** Amounts of one sentence read at most: a table of figures is no sentence of aid. */
    static final int MAX_AMOUNTS_PER_SENTENCE = 12;
    /** Below this an amount is a price or a rate, not aid. */
    static final BigDecimal SMALLEST_AID = BigDecimal.valueOf(1000);

    private final MoneyFinder money;
    private final AidCues cues;
    private final AidLexicon lexicon;

    AmountReader(String lang, AidCues cues, AidLexicon lexicon) {
        this.money = new MoneyFinder(lang);
        this.cues = cues;
        this.lexicon = lexicon;
    }

    /** The amounts of a sentence with a currency named. */
    List<MoneyMention> find(String text) {
        return money.find(text);
    }

    /**
     * The amounts of a sentence the rules passed over for want of a word of aid, as they would have read
     * them: with the currency spoken, without conversions, prices, sales, commercial finance and hedges.
     */
    List<MoneyMention> unreadAmounts(String text, String currencySpoken) {
        if (!hasDigit(text) || cues.sale().matcher(text).find() || cues.commercial().matcher(text).find()) {
            return List.of();
        }
        List<MoneyMention> read = money.find(text);
        if (MoneyFinder.mayHoldBareAmount(text)) {
            read = withBare(text, read, currencySpoken);
        }
        List<MoneyMention> amounts = withoutConversions(text, read);
        if (amounts.isEmpty() || lexicon.hedge().matcher(text.substring(0, amounts.get(0).start())).find()) {
            return List.of();
        }
        return amounts.stream().limit(MAX_AMOUNTS_PER_SENTENCE)
                .filter(m -> m.amount().compareTo(SMALLEST_AID) >= 0 && !nearNotAid(text, m)).toList();
    }

    /**
     * Per sentence, the currency the article speaks in there: the last one named up to it, else the
     * first one named after it (a headline "Sánchez movilizará 817 millones ..." over "817
     * millones de euros").
     */
    String[] currencySpoken(List<Sentence> sentences) {
        String[] at = new String[sentences.size()];
        String last = null;
        int firstNamed = -1;
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i).text();
            if (hasDigit(text)) {
                List<MoneyMention> found = money.find(text);
                if (!found.isEmpty()) {
                    last = found.get(found.size() - 1).currency();
                    if (firstNamed < 0) {
                        firstNamed = i;
                    }
                }
            }
            at[i] = last;
        }
        for (int i = 0; i < firstNamed; i++) {
            at[i] = at[firstNamed];
        }
        return at;
    }

    /** The amounts of a sentence with their currency, and those that leave it to the currency spoken ("615 millones se destinan"). */
    List<MoneyMention> withBare(String text, List<MoneyMention> found, String currency) {
        if (currency == null) {
            return found;
        }
        List<MoneyMention> bare = money.findWithoutCurrency(text, cues.aid(), currency);
        if (bare.isEmpty()) {
            return found;
        }
        List<MoneyMention> all = new ArrayList<>(found);
        for (MoneyMention b : bare) {
            if (countsPeople(text, b)) {
                continue; // "afetou cerca de 1,5 milhões", "2 millions de personnes": people, not money
            }
            if (all.stream().noneMatch(f -> f.start() < b.end() && b.start() < f.end())) {
                all.add(b);
            }
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }

    /** Characters before a bare amount read for a verb that counts people. */
    private static final int PEOPLE_LEAD = 30;
    /** A verb whose object is people, right before the amount (an adverb of about between): "afetou cerca de", "killed", "vertrieben". */
    private static final Pattern PEOPLE_VERB_BEFORE = Pattern.compile("\\b(?:afet\\p{L}*|atingi\\p{L}*|matou|mataram|deslocou|desalojou|afect\\p{L}*|mató|desplaz\\p{L}*|"
            + "affect\\p{L}*|touch\\p{L}*|tu(?:é|a|ait)|déplac\\p{L}*|affected|killed|displaced|betroffen|betrifft|betraf|vertrieben|getötet|tötete)\\s+"
            + "(?:(?:cerca\\s+de|mais\\s+de|quase|unos|unas|más\\s+de|casi|environ|plus\\s+de|près\\s+de|about|some|more\\s+than|nearly|over|rund|etwa|mehr\\s+als|über|fast)\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** People named right after the amount: "1,5 milhões de pessoas", "2 millions de personnes", "3 Millionen Menschen". */
    private static final Pattern PEOPLE_AFTER = Pattern.compile("^\\s+(?:de\\s+|d['’]\\s?)?(?:pessoas|personas|personnes|people|persons|Menschen|habitantes|habitants|"
            + "refugiados|réfugiés|refugees|Flüchtlinge|deslocados|desplazados|déplacés|crianças|niños|enfants|children|Kinder)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static boolean countsPeople(String text, MoneyMention m) {
        return PEOPLE_VERB_BEFORE.matcher(text.substring(Math.max(0, m.start() - PEOPLE_LEAD), m.start())).find()
                || PEOPLE_AFTER.matcher(text.substring(m.end())).lookingAt();
    }

    /** A bare amount and an opening bracket right before a money mention: "200 Millionen (185 Millionen Euro)". */
    private static final Pattern BARE_AMOUNT_THEN_BRACKET = Pattern.compile("\\d[\\d.,]*\\s+\\p{L}+\\.?\\s*\\(\\s*(?:\\p{L}+\\s+){0,2}$");

    /** Amounts without the ones that only restate the amount before in another currency ("3 Milliarden Dollar (rund 2,8 Mrd Euro)"). */

    List<MoneyMention> withoutConversions(String text, List<MoneyMention> amounts) {
        List<MoneyMention> kept = new ArrayList<>();
        for (int k = 0; k < amounts.size(); k++) {
            MoneyMention m = amounts.get(k);
            int leadStart = Math.max(0, m.start() - 40);
            Matcher bare = BARE_AMOUNT_THEN_BRACKET.matcher(text.substring(leadStart, m.start()));
            if (bare.find() && amounts.stream().noneMatch(a -> a.end() <= m.start() && a.end() > leadStart + bare.start())) {
                continue; // the conversion of an amount whose currency the text left to the reader: not a second amount
            }
            if (k > 0) {
                String between = text.substring(amounts.get(k - 1).end(), m.start());
                if (between.length() <= 40 && cues.conversion().matcher(between).find() && !m.currency().equals(amounts.get(k - 1).currency())) {
                    continue;
                }
            }
            kept.add(m);
        }
        return kept;
    }

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static final Pattern PROJECT_COST = Pattern.compile("^\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:project|projet|proyecto|projeto|Projekt)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OWN_BUDGET = Pattern.compile("^\\s*(?:[\\p{L}-]+\\s+)?(?:budget|Haushalt\\p{L}*|presupuesto|orçamento)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "at over 30 mln marks less than West German yards", "2 Milliarden mehr als": a difference, not money given. */
    private static final Pattern DIFFERENCE = Pattern.compile("^\\s*(?:less|more|cheaper|higher|lower|moins|plus|menos|más|mais|weniger|mehr)\\s+(?:than|que|qu['’]|als)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "vai comprar cinco aviões ... à fabricante brasileira Embraer, por 827 milhões de euros": the price of a purchase. */
    private static final Pattern PRICE_LEAD = Pattern.compile("\\b(?:for|por|pour|für|au\\s+prix\\s+de|zum\\s+Preis\\s+von|at\\s+a\\s+cost\\s+of)\\s+"
            + "(?:(?:about|around|some|nearly|cerca\\s+de|unos|quase|environ|près\\s+de|rund|etwa|knapp)\\s+)?(?:US)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BUYING = Pattern.compile("\\b(?:buy|buys|bought|buying|purchas\\w*|comprar|compra|compras|comprou|compró|comprará|adquirir|adquiri\\p{L}*|"
            + "adquisición|aquisição|acheter|achète|acheté|achat|acquérir|acquisition|kaufen|kauft|kaufte|gekauft|Kauf\\p{L}*|erwerben|erwirbt|erworben|Erwerb)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    boolean nearNotAid(String text, MoneyMention m) {
        if (DIFFERENCE.matcher(text.substring(m.end())).lookingAt()) {
            return true;
        }
        if (PRICE_LEAD.matcher(text.substring(Math.max(0, m.start() - NOT_AID_WINDOW), m.start())).find()
                && BUYING.matcher(text.substring(0, m.start())).find()) {
            return true; // a buyer, then "for" and the amount: what the purchase costs
        }
        if (OWN_BUDGET.matcher(text.substring(m.end())).find()) {
            return true; // "roughly 1 percent of the $1.6 trillion budget"
        }
        Matcher cost = PROJECT_COST.matcher(text.substring(m.end()));
        if (cost.find() && !cues.aid().matcher(cost.group()).find()) {
            return true; // "a 70 mln dlr loan to Hungary to help finance a 833.1 mln dlr telecommunications project": what the project costs
        }
        int from = Math.max(0, m.start() - NOT_AID_WINDOW);
        int to = Math.min(text.length(), m.end() + NOT_AID_WINDOW);
        List<int[]> notAid = new ArrayList<>();
        // words read whole, past the window's end, and counted only when whole inside it: "costeado" at the edge is not "coste"
        Matcher no = cues.notAid().matcher(text).region(from, text.length()).useTransparentBounds(true);
        while (no.find() && no.start() < to) {
            if (no.end() <= to) {
                notAid.add(new int[] {no.start(), no.end()});
            }
        }
        if (notAid.isEmpty()) {
            return false;
        }
        // an aid word close to the amount wins, unless it is part of what says "no aid" ("credit" in "credit guarantees")
        Matcher aid = cues.aid().matcher(text).region(Math.max(0, m.start() - AID_OVERRIDE), Math.min(text.length(), m.end() + AID_OVERRIDE));
        while (aid.find()) {
            int s = aid.start();
            int e = aid.end();
            if (notAid.stream().noneMatch(r -> r[0] < e && s < r[1])) {
                return false;
            }
        }
        return true;
    }
}
