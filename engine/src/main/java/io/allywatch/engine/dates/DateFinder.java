package io.allywatch.engine.dates;

import java.text.DateFormatSymbols;
import java.text.Normalizer;
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
 * Finds dates in a sentence: explicit ones ("March 9, 2022", "10 de marzo de 2022", "im März
 * 2022", "in 1998") and, when the publication date is known, relative ones ("on Thursday",
 * "yesterday", "last month", "in October", "jeudi") resolved against it. A relative date without a
 * publication date is dropped: a date is never invented. Month and weekday names of French,
 * Spanish, Portuguese and German come from the JDK's CLDR data. Stateless and thread-safe.
 */
public final class DateFinder {
    private static final String EN_MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String EN_FULL_MONTH = "(January|February|March|April|June|July|August|September|October|November|December)";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final Pattern ISO_DAY = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b");

    private final String lang;
    private final List<String> monthNames;
    private final List<String> weekdayNames;
    private final Pattern monthDayYear;
    private final Pattern dayMonthYear;
    private final Pattern monthYear;
    private final Pattern prepositionYear;
    private final Pattern weekday;
    private final Pattern todayYesterday;
    private final Pattern bareMonth;
    private final Pattern relativeMonth;
    private final Pattern relativeYear;

    /** English. */
    public DateFinder() {
        this("en");
    }

    /** For {@code lang} (en, fr, es, pt, de); English for any other. */
    public DateFinder(String lang) {
        this.lang = List.of("fr", "es", "pt", "de").contains(lang) ? lang : "en";
        Locale locale = new Locale(this.lang);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        List<String> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(fold(symbols.getMonths()[i]));
        }
        List<String> days = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            days.add(fold(symbols.getWeekdays()[d]));
        }
        this.monthNames = List.copyOf(months);
        this.weekdayNames = List.copyOf(days);
        String month = "(" + alternation(symbols.getMonths()) + ")";
        String[] weekdays = java.util.Arrays.copyOfRange(symbols.getWeekdays(), 1, 8);
        for (int i = 0; i < weekdays.length; i++) {
            weekdays[i] = weekdays[i].replace("-feira", ""); // "quinta" and "quinta-feira"
        }
        String weekdayAlt = "(" + alternation(weekdays) + ")(?:-feira)?";
        int ci = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        switch (this.lang) {
            case "fr" -> {
                monthDayYear = null;
                dayMonthYear = Pattern.compile("\\b(\\d{1,2})(?:er)?\\s+" + month + "\\s+" + YEAR + "\\b", ci);
                monthYear = Pattern.compile("\\b" + month + "\\s+" + YEAR + "\\b", ci);
                prepositionYear = Pattern.compile("\\b(?:en|depuis|dès|durant|pendant|de)\\s+" + YEAR + "\\b(?![-/]\\d)", ci);
                weekday = Pattern.compile("\\b(?:ce|le|dès|samedi et)?\\s*" + weekdayAlt + "\\b(?!\\s+\\d)", ci);
                todayYesterday = Pattern.compile("\\b(aujourd['’]hui|hier)\\b", ci);
                bareMonth = Pattern.compile("\\b(?:en|au mois d['’]|au mois de)\\s*" + month + "\\b(?!\\s+(?:de\\s+)?\\d)", ci);
                relativeMonth = Pattern.compile("\\b(le mois dernier|le mois prochain|ce mois-ci)\\b", ci);
                relativeYear = Pattern.compile("\\b(l['’]an dernier|l['’]année dernière|l['’]an prochain|l['’]année prochaine|cette année)\\b", ci);
            }
            case "es", "pt" -> {
                monthDayYear = null;
                dayMonthYear = Pattern.compile("\\b(\\d{1,2})\\s+de\\s+" + month + "\\s+de(?:l)?\\s+" + YEAR + "\\b", ci);
                monthYear = Pattern.compile("\\b" + month + "\\s+de(?:l)?\\s+" + YEAR + "\\b", ci);
                prepositionYear = Pattern.compile("\\b(?:en|em|desde|durante|hasta|até)\\s+(?:el\\s+|o\\s+)?(?:año\\s+|ano\\s+de\\s+)?" + YEAR + "\\b(?![-/]\\d)", ci);
                weekday = Pattern.compile("\\b(?:el|este|esta|nesta|neste|na|no|em)\\s+" + weekdayAlt + "\\b", ci);
                todayYesterday = Pattern.compile("\\b(hoy|ayer|hoje|ontem)\\b", ci);
                bareMonth = Pattern.compile("\\b(?:en|em)\\s+" + month + "\\b(?!\\s+de(?:l)?\\s+\\d)", ci);
                relativeMonth = Pattern.compile("\\b(el mes pasado|el próximo mes|el mes próximo|o mês passado|no mês passado|no próximo mês|este mes|este mês)\\b", ci);
                relativeYear = Pattern.compile("\\b(el año pasado|el próximo año|el año próximo|el año que viene|este año|o ano passado|no ano passado|no próximo ano|este ano)\\b", ci);
            }
            case "de" -> {
                monthDayYear = null;
                dayMonthYear = Pattern.compile("\\b(\\d{1,2})\\.\\s*" + month + "\\s+" + YEAR + "\\b", ci);
                monthYear = Pattern.compile("\\b" + month + "\\s+" + YEAR + "\\b", ci);
                // German also puts a bare year after the verb: "Katar wurde 2022 ... ernannt"
                prepositionYear = Pattern.compile("\\b(?:im\\s+Jahr(?:e)?|seit|bis|von|ab|Anfang|Ende|Mitte|wurde|wurden|war|waren|hat|hatte|haben|hatten|ist|sind)\\s+" + YEAR + "\\b(?![-/]\\d)", ci);
                weekday = Pattern.compile("\\b(?:am|vergangenen|letzten|diesen)\\s+" + weekdayAlt + "\\b", ci);
                todayYesterday = Pattern.compile("\\b(heute|gestern)\\b", ci);
                bareMonth = Pattern.compile("\\b(?:im)\\s+" + month + "\\b(?!\\s+\\d)", ci);
                relativeMonth = Pattern.compile("\\b(im vergangenen Monat|letzten Monat|vergangenen Monat|im nächsten Monat|nächsten Monat|diesen Monat)\\b", ci);
                relativeYear = Pattern.compile("\\b(im vergangenen Jahr|letztes Jahr|vergangenes Jahr|im Vorjahr|im nächsten Jahr|nächstes Jahr|kommendes Jahr|im kommenden Jahr|dieses Jahr|in diesem Jahr)\\b", ci);
            }
            default -> {
                monthDayYear = Pattern.compile("\\b" + EN_MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "\\b");
                dayMonthYear = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + EN_MONTH + ",?\\s+" + YEAR + "\\b");
                monthYear = Pattern.compile("\\b" + EN_MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b");
                // A bare number is a year only after a preposition: "in 1998", not "1998 troops".
                prepositionYear = Pattern.compile(
                        "\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]hroughout|[Aa]round|[Oo]f)\\s+(?:(?:early|mid|late)[\\s-]+)?" + YEAR + "\\b(?![-/]\\d)");
                weekday = Pattern.compile(
                        "\\b(?:[Oo]n|[Ll]ast|[Tt]his past|[Ee]arly on|[Ll]ate on)\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
                todayYesterday = Pattern.compile("\\b([Tt]oday|[Yy]esterday)\\b");
                bareMonth = Pattern.compile("\\b[Ii]n\\s+" + EN_FULL_MONTH + "\\b(?!,?\\s+(?:of\\s+)?\\d)");
                relativeMonth = Pattern.compile("\\b([Ll]ast month|[Nn]ext month|[Tt]his month)\\b");
                relativeYear = Pattern.compile("\\b([Ll]ast year|[Nn]ext year|[Tt]his year)\\b");
            }
        }
    }

    /**
     * All dates in {@code text}, left to right, without overlaps.
     *
     * @param published the article's publication date, or null
     */
    public List<DateMention> find(CharSequence text, LocalDate published) {
        List<DateMention> found = new ArrayList<>();
        collect(found, ISO_DAY.matcher(text), m -> day(m.group(1), m.group(2), m.group(3)));
        if (monthDayYear != null) {
            collect(found, monthDayYear.matcher(text), m -> day(m.group(3), month(m.group(1)), m.group(2)));
        }
        collect(found, dayMonthYear.matcher(text), m -> day(m.group(3), month(m.group(2)), m.group(1)));
        collect(found, monthYear.matcher(text), m -> m.group(2) + "-" + month(m.group(1)));
        collect(found, prepositionYear.matcher(text), m -> m.group(1));
        if (published != null) {
            collect(found, weekday.matcher(text), m -> mostRecent(published, weekdayOf(m.group(1))).toString());
            collect(found, todayYesterday.matcher(text), m -> isToday(m.group(1))
                    ? published.toString() : published.minusDays(1).toString());
            collect(found, bareMonth.matcher(text), m -> monthOnOrBefore(published, Integer.parseInt(month(m.group(1)))));
            collect(found, relativeMonth.matcher(text), m -> yearMonth(published.plusMonths(relativeOffset(m.group(1)))));
            collect(found, relativeYear.matcher(text), m -> String.valueOf(published.getYear() + relativeOffset(m.group(1))));
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    /** -1 for "last …", +1 for "next …", 0 for "this …", in every language. */
    static int relativeOffset(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        if (p.matches(".*(last|dernier|dernière|pasado|passado|vergangen|letzt|vorjahr).*")) {
            return -1;
        }
        if (p.matches(".*(next|prochain|próximo|que viene|nächst|kommend).*")) {
            return 1;
        }
        return 0;
    }

    private static boolean isToday(String word) {
        return List.of("today", "aujourd'hui", "aujourd’hui", "hoy", "hoje", "heute").contains(word.toLowerCase(Locale.ROOT));
    }

    private static String yearMonth(LocalDate date) {
        return String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
    }

    /** "in October" in an article of 2025-12-12 is 2025-10; in one of 2025-03-01 it is 2024-10. */
    private static String monthOnOrBefore(LocalDate published, int month) {
        int year = month <= published.getMonthValue() ? published.getYear() : published.getYear() - 1;
        return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }

    /** The most recent such weekday on or before the publication date: news reports the past week. */
    static LocalDate mostRecent(LocalDate published, String weekday) {
        DayOfWeek day = DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT));
        return published.with(TemporalAdjusters.previousOrSame(day));
    }

    private String weekdayOf(String name) {
        if (lang.equals("en")) {
            return name;
        }
        String key = fold(name);
        for (int i = 0; i < 7; i++) {
            if (weekdayNames.get(i).startsWith(key) || key.startsWith(weekdayNames.get(i))) {
                // DateFormatSymbols counts from Sunday.
                return DayOfWeek.SUNDAY.plus(i).name();
            }
        }
        throw new IllegalStateException("not a weekday: " + name);
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

    private String month(String name) {
        int index;
        if (lang.equals("en")) {
            String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
            index = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(key);
        } else {
            index = monthNames.indexOf(fold(name));
        }
        return String.format(Locale.ROOT, "%02d", index + 1);
    }

    private static String alternation(String[] names) {
        StringBuilder b = new StringBuilder();
        for (String n : names) {
            if (n == null || n.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(Pattern.quote(n));
            String plain = fold(n);
            if (!plain.equals(n.toLowerCase(Locale.ROOT))) {
                b.append('|').append(Pattern.quote(plain));
            }
        }
        return b.toString();
    }

    /** Lower case without accents: "Février" and "fevrier" are one month. */
    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
