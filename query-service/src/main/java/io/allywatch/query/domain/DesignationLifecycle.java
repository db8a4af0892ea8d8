package io.allywatch.query.domain;

import io.allywatch.contract.DesignationStage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A country's designation claims, read as a lifecycle. Pure logic, so the rules are tested without
 * a database.
 *
 * <p>Each claim (one event: a stage, maybe a date) is placed in time by the date the text gives,
 * else by the earliest publication date of its articles; a claim with neither is undated and
 * known only since it was first seen. As of a date, the stage is the latest dated claim's,
 * unless other claims contest it: an undated claim of another stage, or a claim of another
 * stage in the same month. Contests are shown and resolved by {@link #RULE}.
 */
public final class DesignationLifecycle {
    public static final String RULE = "Contested stage: the claim backed by more independent articles wins; "
            + "then the one with the more precise date; then the one published later.";

    private static final Comparator<Claim> RESOLUTION = Comparator
            .comparingInt(Claim::sources)
            .thenComparingInt(Claim::precision)
            .thenComparing(c -> c.latestPublication() == null ? Instant.MIN : c.latestPublication());

    private DesignationLifecycle() {
    }

    /** One designation event of a country, summarised for the lifecycle. */
    public record Claim(String eventId, DesignationStage stage, String textDate, Instant earliestPublication,
                        Instant latestPublication, Instant firstSeen, boolean historical, int sources) {

        /** Where the claim sits in time: the text's date, else its publication date; null if undated. */
        public String effectiveDate() {
            if (textDate != null) {
                return textDate;
            }
            return earliestPublication == null ? null : LocalDate.ofInstant(earliestPublication, ZoneOffset.UTC).toString();
        }

        public String dateSource() {
            return textDate != null ? "text" : earliestPublication != null ? "published" : "none";
        }

        /** 3 for a day, 2 for a month, 1 for a year, 0 undated. */
        public int precision() {
            String d = effectiveDate();
            return d == null ? 0 : d.length() == 10 ? 3 : d.length() == 7 ? 2 : 1;
        }

        /** First day the claim covers (1998 → 1998-01-01), or the day it was first seen when undated. */
        public LocalDate start() {
            String d = effectiveDate();
            if (d == null) {
                return LocalDate.ofInstant(firstSeen, ZoneOffset.UTC);
            }
            return LocalDate.parse(d.length() == 4 ? d + "-01-01" : d.length() == 7 ? d + "-01" : d);
        }

        boolean sameMonth(Claim other) {
            return precision() >= 2 && other.precision() >= 2
                    && start().withDayOfMonth(1).equals(other.start().withDayOfMonth(1));
        }
    }

    /** The stage as of a date, the claim that holds it, and the claims that contest it. */
    public record Status(Claim holder, List<Claim> contested) {
        public boolean conflict() {
            return !contested.isEmpty();
        }
    }

    /** Claims in the order they happened (undated ones last, in the order they were seen). */
    public static List<Claim> timeline(List<Claim> claims) {
        return claims.stream().sorted(Comparator
                .comparing((Claim c) -> c.effectiveDate() == null)
                .thenComparing(Claim::start)
                .thenComparing(Claim::stage)
                .thenComparing(Claim::eventId)).toList();
    }

    public static Optional<Status> asOf(List<Claim> claims, LocalDate date) {
        List<Claim> known = claims.stream().filter(c -> !c.start().isAfter(date)).toList();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        List<Claim> dated = timeline(known.stream().filter(c -> c.effectiveDate() != null).toList());
        Claim latest = dated.isEmpty() ? null : dated.get(dated.size() - 1);
        List<Claim> contenders = new ArrayList<>();
        for (Claim c : known) {
            boolean undated = c.effectiveDate() == null;
            if (c == latest || latest == null && undated
                    || latest != null && c.stage() != latest.stage() && (undated || c.sameMonth(latest))) {
                contenders.add(c);
            }
        }
        Claim holder = contenders.stream().max(RESOLUTION.thenComparing(c -> c == latest)).orElseThrow();
        List<Claim> contested = contenders.stream().filter(c -> c.stage() != holder.stage()).toList();
        return Optional.of(new Status(holder, contested));
    }

    /** Since when the holder's stage has held: the earliest claim of that stage. */
    public static String since(List<Claim> claims, Claim holder) {
        return sinceClaim(claims, holder).effectiveDate();
    }

    /** The claim that dates {@link #since}: the earliest dated claim of the holder's stage, else the holder. */
    public static Claim sinceClaim(List<Claim> claims, Claim holder) {
        return claims.stream().filter(c -> c.stage() == holder.stage() && c.effectiveDate() != null)
                .min(Comparator.comparing(Claim::start)).orElse(holder);
    }

}
