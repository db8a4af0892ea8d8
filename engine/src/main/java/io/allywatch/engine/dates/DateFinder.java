package io.allywatch.engine.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in an English sentence: explicit ones ("March 9, 2022", "in March 2022",
 * "in 1998") and, when the publication date is known, relative ones ("on Thursday",
 * "yesterday") resolved against it. A relative date without a publication date is dropped:
 * a date is never invented. Stateless and thread-safe.
 */
public final class DateFinder {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String YEAR = "((?:19|20)\\d{2})";

    // In order of precision: the most precise reading of a span wins.
    private static final Pattern ISO_DAY = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+" + YEAR + "\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b");
    // A bare number is a year only after a preposition: "in 1998", not "1998 troops".
    private static final Pattern PREPOSITION_YEAR = Pattern.compile(
            "\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]hroughout|[Aa]round|[Oo]f)\\s+(?:(?:early|mid|late)[\\s-]+)?" + YEAR + "\\b(?![-/]\\d)");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:[Oo]n|[Ll]ast|[Tt]his past|[Ee]arly on|[Ll]ate on)\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern TODAY_YESTERDAY = Pattern.compile("\\b([Tt]oday|[Yy]esterday)\\b");

    /**
     * All dates in {@code text}, left to right, without overlaps.
     *
     * @param published the article's publication date, or null
     */
    public List<DateMention> find(CharSequence text, LocalDate published) {
        List<DateMention> found = new ArrayList<>();
        collect(found, ISO_DAY.matcher(text), m -> day(m.group(1), m.group(2), m.group(3)));
        collect(found, MONTH_DAY_YEAR.matcher(text), m -> day(m.group(3), month(m.group(1)), m.group(2)));
        collect(found, DAY_MONTH_YEAR.matcher(text), m -> day(m.group(3), month(m.group(2)), m.group(1)));
        collect(found, MONTH_YEAR.matcher(text), m -> m.group(2) + "-" + month(m.group(1)));
        collect(found, PREPOSITION_YEAR.matcher(text), m -> m.group(1));
        if (published != null) {
            collect(found, WEEKDAY.matcher(text), m -> mostRecent(published, m.group(1)).toString());
            collect(found, TODAY_YESTERDAY.matcher(text), m -> m.group(1).equalsIgnoreCase("today")
                    ? published.toString() : published.minusDays(1).toString());
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    /** The most recent such weekday on or before the publication date: news reports the past week. */
    static LocalDate mostRecent(LocalDate published, String weekday) {
        DayOfWeek day = DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT));
        return published.with(TemporalAdjusters.previousOrSame(day));
    }

    private interface Reading {
        String value(Matcher m);
    }

    private static void collect(List<DateMention> found, Matcher m, Reading reading) {
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (found.stream().anyMatch(d -> d.start() < end && start < d.end())) {
                continue;
            }
            String value = reading.value(m);
            if (value != null) {
                found.add(new DateMention(start, end, value));
            }
        }
    }

    private static String day(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null; // "February 30, 2020" is no date
        }
    }

    private static String month(String name) {
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        int index = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(key);
        return String.format(Locale.ROOT, "%02d", index + 1);
    }
}
