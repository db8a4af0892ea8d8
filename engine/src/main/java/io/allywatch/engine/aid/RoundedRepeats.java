package io.allywatch.engine.aid;

import io.allywatch.engine.money.MoneyMention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** One gift said twice, once rounded: which amounts of an article only say a precise one again. Stateless. */
final class RoundedRepeats {
    /** "more than", "plus de", "más de", "mais de", "über", "rund" and the like right before an amount. */
    private static final Pattern ROUNDED = Pattern.compile("(?:\\b(?:more\\s+than|over|about|around|nearly|almost|some|roughly|plus\\s+d['’e]\\s*|près\\s+d['’e]\\s*|environ|"
            + "más\\s+de|cerca\\s+de|casi|unos|alrededor\\s+de|mais\\s+de|quase|aproximadamente|über|mehr\\s+als|rund|fast|knapp|etwa)\\s*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int ROUNDED_BEFORE = 24;
    /** How far a rounded amount may lie from the precise one it says again: "plus de 4 milliards" for "4 milliards 136 millions". */
    private static final BigDecimal ROUNDING_REACH = new BigDecimal("0.05");

    /**
     * The article's amounts without those that only say a precise one again, rounded: a headline's
     * "más de 53 millones de soles" over the text's "53 millones 100 mil 965 soles" is one gift.
     * Only for the same recipient and currency, within {@link #ROUNDING_REACH} of an amount written
     * with more figures, and never an amount another one is a part of.
     */
    static List<AidFinding> without(Collection<AidFinding> findings, Set<AidFinding> rounded) {
        if (rounded.isEmpty() || findings.size() < 2) {
            return List.copyOf(findings);
        }
        List<AidFinding> kept = new ArrayList<>(findings.size());
        for (AidFinding f : findings) {
            boolean repeat = rounded.contains(f) && findings.stream().noneMatch(g -> g.partOf() == f) && findings.stream().anyMatch(g -> g != f
                    && g.recipient().equals(f.recipient()) && g.currency().equals(f.currency())
                    && g.amount().stripTrailingZeros().precision() > f.amount().stripTrailingZeros().precision()
                    && g.amount().subtract(f.amount()).abs().compareTo(g.amount().multiply(ROUNDING_REACH)) <= 0);
            if (!repeat) {
                kept.add(f);
            }
        }
        return List.copyOf(kept);
    }

    /** Whether the amount is said roughly: "more than", "plus de", "rund" within a few words before it. */
    static boolean roundedBefore(String text, int segmentStart, MoneyMention m) {
        return ROUNDED.matcher(text.substring(Math.max(segmentStart, m.start() - ROUNDED_BEFORE), m.start())).find();
    }

    private RoundedRepeats() {
    }
}
