package io.allywatch.engine.aid;

import io.allywatch.contract.AidEvent.AidPurpose;
import io.allywatch.contract.AidEvent.AidScope;
import io.allywatch.contract.AidEvent.AidStatus;
import io.allywatch.engine.dates.DateMention;
import io.allywatch.engine.money.MoneyMention;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of an aid amount that its words tell, once {@link AidExtractor} knows who gives it and
 * who gets it: its status (actual, planned, requested), purpose, scope, US programme, year and the
 * source the article cites. One language's words ({@link AidLexicon}). Stateless and thread-safe.
 */
final class AidFields {
    private static final Pattern ORG_NAME = Pattern.compile(
            "((?:U\\.S\\.\\s+|US\\s+)?\\p{Lu}[\\p{L}.'’&-]*(?:\\s+(?:of|for|on|and|the|de|du|des|de\\s+la|del|da|do|für|der|des|\\p{Lu}[\\p{L}.'’&-]*|\\([A-Z]{2,8}\\))){0,7})");

    private final AidLexicon lexicon;

    AidFields(AidLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The status the words around one amount give it, over the sentence's: in "40 mln dlrs -- the
     * final installment of a 100 mln-dlr aid package approved by Congress last year -- would reach
     * the rebels" the 100 million is past, the 40 million is to come.
     */
    AidStatus amountStatus(String around, AidStatus sentenceStatus) {
        if (lexicon.requested().matcher(around).find()) {
            return AidStatus.REQUESTED;
        }
        if (lexicon.planned().matcher(around).find()) {
            return AidStatus.PLANNED;
        }
        return lexicon.past() != null && lexicon.past().matcher(around).find() ? AidStatus.ACTUAL : sentenceStatus;
    }

    AidStatus status(String text) {
        if (lexicon.requested().matcher(text).find()) {
            return AidStatus.REQUESTED;
        }
        if (lexicon.planned().matcher(text).find()) {
            return AidStatus.PLANNED;
        }
        return AidStatus.ACTUAL;
    }

    AidPurpose purpose(String window) {
        for (Map.Entry<AidPurpose, Pattern> e : lexicon.purposes().entrySet()) {
            if (e.getValue().matcher(window).find()) {
                return e.getKey();
            }
        }
        return AidPurpose.OTHER;
    }

    private static final Set<AidPurpose> MILITARY_SECURITY = EnumSet.of(AidPurpose.MILITARY, AidPurpose.SECURITY, AidPurpose.COUNTER_NARCOTICS,
            AidPurpose.COUNTER_TERRORISM);

    /** Military and security, economic or humanitarian by the words around the amount, else the sentence's; several: mixed. */
    AidScope scope(String window, String sentence, String program) {
        if (program != null && !program.equals("ESF")) {
            return AidScope.MILITARY_SECURITY;
        }
        EnumSet<AidScope> found = scopes(window);
        if (found.isEmpty()) {
            found = scopes(sentence);
        }
        if (found.size() > 1) {
            return AidScope.MIXED;
        }
        return found.isEmpty() ? AidScope.UNKNOWN : found.iterator().next();
    }

    EnumSet<AidScope> scopes(String text) {
        EnumSet<AidScope> found = EnumSet.noneOf(AidScope.class);
        for (Map.Entry<AidPurpose, Pattern> e : lexicon.purposes().entrySet()) {
            if (e.getValue().matcher(text).find()) {
                found.add(MILITARY_SECURITY.contains(e.getKey()) ? AidScope.MILITARY_SECURITY
                        : e.getKey() == AidPurpose.HUMANITARIAN ? AidScope.HUMANITARIAN : AidScope.ECONOMIC);
            }
        }
        return found;
    }

    /** The programme named first in the sentence: the same answer on every run, whatever the order of the table. */
    static String program(String text) {
        String first = null;
        int firstAt = Integer.MAX_VALUE;
        for (Map.Entry<String, Pattern> e : AidLexicon.PROGRAMS.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            if (m.find() && m.start() < firstAt) {
                first = e.getKey();
                firstAt = m.start();
            }
        }
        return first;
    }

    /** "according to estimates by the Congressional Research Service" → "Congressional Research Service". */
    String attribution(String text) {
        Matcher m = lexicon.attribution().matcher(text);
        if (!m.find()) {
            return null;
        }
        String rest = text.substring(m.end()).replaceFirst("^(?:the|la|le|l['’]|el|los|las|o|a|os|as|die|der|das|dem|des)\\s*", "");
        Matcher name = ORG_NAME.matcher(rest);
        if (!name.lookingAt()) {
            return null;
        }
        String value = name.group(1).replaceAll("(?:\\s+(?:of|for|on|and|the|de|du|des|de la|del|da|do|für|der))+$", "").strip();
        return value.length() < 2 ? null : value;
    }

    static Integer fiscalYear(String digits) {
        int y = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + y : y;
    }

    /**
     * The year said before the amount in its sentence ("In 2012, ... $84 million"), else the nearest
     * after it; only years ("in 2012", "next year"): a day ("on Wednesday") says when it was said.
     */
    static DateMention nearestYear(List<DateMention> all, MoneyMention m, List<MoneyMention> amounts) {
        List<DateMention> years = all.stream().filter(d -> d.value().length() == 4).toList();
        DateMention before = null;
        for (DateMention d : years) {
            if (d.end() <= m.start()) {
                before = d;
            } else if (before == null && d.start() >= m.end()) {
                boolean otherAmountBetween = amounts.stream().anyMatch(o -> o != m && o.start() >= m.end() && o.end() <= d.start());
                return otherAmountBetween ? null : d;
            }
        }
        return before;
    }
}
