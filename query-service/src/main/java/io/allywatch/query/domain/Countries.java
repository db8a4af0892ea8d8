package io.allywatch.query.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** ISO 3166-1 alpha-3 codes and English names, from the JDK's own country data. */
public final class Countries {
    private static final Map<String, String> NAMES = Stream.of(Locale.getISOCountries())
            .map(alpha2 -> new Locale("", alpha2))
            .collect(Collectors.toUnmodifiableMap(Locale::getISO3Country, l -> l.getDisplayCountry(Locale.ENGLISH),
                    (a, b) -> a));

    private Countries() {
    }

    public static Optional<String> name(String iso3) {
        return Optional.ofNullable(NAMES.get(iso3));
    }

    public static boolean known(String iso3) {
        return NAMES.containsKey(iso3);
    }

    public static Function<String, String> nameOrCode() {
        return code -> NAMES.getOrDefault(code, code);
    }
}
