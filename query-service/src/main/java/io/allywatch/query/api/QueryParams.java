package io.allywatch.query.api;

import io.allywatch.http.ProblemException;
import io.allywatch.query.domain.Countries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Query parameters read by hand rather than by JAX-RS conversion, so a bad value gets a 400 that
 * names the parameter and says what would do (JAX-RS would answer 404 for a bad query parameter).
 */
public final class QueryParams {
    private QueryParams() {
    }

    public static Optional<String> country(String name, String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!Countries.known(code)) {
            throw ProblemException.badRequest(name + " must be an ISO 3166-1 alpha-3 country code (e.g. PER, USA); got '"
                    + value + "'.");
        }
        return Optional.of(code);
    }

    public static <E extends Enum<E>> Optional<E> oneOf(String name, String value, Class<E> type) {
        if (blank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name + " must be one of " + names(type) + "; got '" + value + "'.");
        }
    }

    public static Optional<Integer> year(String name, String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= 1900 && year <= 2200) {
                return Optional.of(year);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest(name + " must be a year such as 2012; got '" + value + "'.");
    }

    public static int limit(String value, int defaultLimit, int maxLimit) {
        return count("limit", value, defaultLimit, 1, maxLimit);
    }

    public static int count(String name, String value, int defaultValue, int min, int max) {
        if (blank(value)) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest(name + " must be a whole number from " + min + " to " + max + "; got '" + value + "'.");
    }

    public static LocalDate date(String name, String value, LocalDate defaultDate) {
        if (blank(value)) {
            return defaultDate;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be a date as YYYY-MM-DD (e.g. 2020-01-01); got '" + value + "'.");
        }
        return inRange(name, value, day);
    }

    /**
     * Years 1 to 9999 only: "+999999999-12-31" parses, but the day after it overflows and no database
     * column holds it; a client sending one gets a 400 rather than a 500.
     */
    private static LocalDate inRange(String name, String value, LocalDate day) {
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            throw ProblemException.badRequest(name + " must lie between " + FIRST_DAY + " and " + LAST_DAY + "; got '" + value + "'.");
        }
        return day;
    }

    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 30);

    /**
     * A moment: an ISO-8601 instant, or a date meaning the start of that day (UTC), or with
     * {@code endOfDay} the start of the next one, so {@code until=2026-11-23} includes that day.
     */
    public static Optional<Instant> instant(String name, String value, boolean endOfDay) {
        if (blank(value)) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            Instant instant = Instant.parse(v);
            if (instant.isBefore(FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant()) || instant.isAfter(LAST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant())) {
                inRange(name, value, LocalDate.MAX); // answers with the range
            }
            return Optional.of(instant);
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate day = inRange(name, value, LocalDate.parse(v));
                return Optional.of((endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException e) {
                throw ProblemException.badRequest(name + " must be a date (2026-11-23) or an instant (2026-11-23T10:00:00Z); got '"
                        + value + "'.");
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
