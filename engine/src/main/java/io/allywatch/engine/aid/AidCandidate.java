package io.allywatch.engine.aid;

import io.allywatch.engine.money.MoneyMention;
import java.math.BigDecimal;
import java.util.EnumSet;

/**
 * One amount the rules left unread, with one country that may have got it, as the second reading
 * weighs it: where it is ({@code sentence}, the amount's place in it) and what holds ({@code features}).
 *
 * @param sentence  the index of the amount's sentence among the article's content sentences
 * @param recipient ISO alpha-3 of the candidate
 */
public record AidCandidate(int sentence, MoneyMention amount, String recipient, EnumSet<AidFeature> features) {

    public BigDecimal value() {
        return amount.amount();
    }

    /** The features as the ranker reads them: 1 where one holds, 0 where not, in {@link AidFeature} order. */
    public double[] vector() {
        double[] x = new double[AidFeature.values().length];
        for (AidFeature f : features) {
            x[f.ordinal()] = 1;
        }
        return x;
    }
}
