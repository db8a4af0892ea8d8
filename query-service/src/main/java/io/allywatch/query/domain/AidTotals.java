package io.allywatch.query.domain;

import io.allywatch.contract.AidEvent.AidStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Folds grouped sums (one per key, status and currency) into one total per key and status. Pure
 * logic. Status is part of every total: planned or requested money is never added to actual money.
 */
public final class AidTotals {
    /** ACTUAL, PLANNED, REQUESTED: the contract's order. */
    static final List<String> STATUS_ORDER = Arrays.stream(AidStatus.values()).map(Enum::name).toList();

    private AidTotals() {
    }

    /** A sum from the database: one key, status and currency. */
    public record Sum(String key, String status, String currency, BigDecimal amount, BigDecimal amountUsd,
                      long events, long eventsWithUsd) {
    }

    /** Money in one currency, as reported. */
    public record CurrencyTotal(String currency, BigDecimal amount, long events) {
    }

    /**
     * One key and status: the amounts in their original currencies, and in USD over the events that
     * give a USD amount ({@code eventsWithoutUsd} says how many do not, so a partial USD sum is visible).
     */
    public record Group(String key, String status, long events, List<CurrencyTotal> totals, BigDecimal amountUsd,
                        long eventsWithoutUsd) {
    }

    public static List<Group> fold(List<Sum> sums) {
        Map<List<String>, List<Sum>> byKeyAndStatus = new LinkedHashMap<>();
        for (Sum s : sums) {
            byKeyAndStatus.computeIfAbsent(Arrays.asList(s.key(), s.status()), k -> new ArrayList<>()).add(s);
        }
        List<Group> groups = new ArrayList<>();
        byKeyAndStatus.forEach((keyAndStatus, parts) -> {
            long events = parts.stream().mapToLong(Sum::events).sum();
            long withUsd = parts.stream().mapToLong(Sum::eventsWithUsd).sum();
            BigDecimal usd = parts.stream().map(Sum::amountUsd).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<CurrencyTotal> totals = parts.stream()
                    .map(p -> new CurrencyTotal(p.currency(), plain(p.amount()), p.events()))
                    .sorted(Comparator.comparing(CurrencyTotal::currency, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            groups.add(new Group(keyAndStatus.get(0), keyAndStatus.get(1), events, totals,
                    withUsd == 0 ? null : plain(usd), events - withUsd));
        });
        groups.sort(Comparator.comparing(Group::key, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(g -> STATUS_ORDER.indexOf(g.status())));
        return groups;
    }

    /** 84000000, not 8.4E+7 or 84000000.0000. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
