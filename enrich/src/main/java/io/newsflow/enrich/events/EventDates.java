package io.newsflow.enrich.events;

import io.newsflow.schemas.DatePrecision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date an English sentence gives for its event and resolves it against the publication date: "on 12 May
 * 2025" / "May 12, 2025" (day), "in May 2025" / "by February 2024" (month), "in 2023" (year), "on Tuesday",
 * "yesterday", "last month", "last year" (relative: need the publication date). Returns null when the sentence has no
 * date cue, so the caller can fall back (previous sentence of the paragraph, then the publication date).
 */
public final class EventDates {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+(" + MONTHS + ")\\.?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\.?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|by|during|of|from)\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:on|last|this)?\\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(yesterday|today|last week|last month|last year|this year|this month)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Month> MONTH_BY_PREFIX = Map.ofEntries(
            Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("may", Month.MAY), Map.entry("jun", Month.JUNE), Map.entry("jul", Month.JULY),
            Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER), Map.entry("oct", Month.OCTOBER),
            Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));

    private EventDates() {}

    /** The sentence's date cue resolved against {@code published} (may be null), or null when it has none. */
    public static EventDate find(String sentence, LocalDate published) {
        if (!mayHaveDate(sentence)) return null; // most sentences have none: skip the regular expressions
        Matcher m = DAY_MONTH_YEAR.matcher(sentence);
        if (m.find()) return day(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        m = MONTH_DAY_YEAR.matcher(sentence);
        if (m.find()) return day(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        m = MONTH_YEAR.matcher(sentence);
        if (m.find()) return new EventDate(LocalDate.of(Integer.parseInt(m.group(2)), month(m.group(1)), 1), DatePrecision.MONTH);
        m = YEAR.matcher(sentence);
        if (m.find()) return new EventDate(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), DatePrecision.YEAR);
        if (published == null) return null;
        m = WEEKDAY.matcher(sentence);
        if (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return new EventDate(published.with(TemporalAdjusters.previousOrSame(day)), DatePrecision.DAY);
        }
        m = RELATIVE.matcher(sentence);
        if (m.find()) {
            return switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "yesterday" -> new EventDate(published.minusDays(1), DatePrecision.DAY);
                case "today" -> new EventDate(published, DatePrecision.DAY);
                case "last week" -> new EventDate(published.minusWeeks(1), DatePrecision.DAY);
                case "last month" -> new EventDate(published.minusMonths(1).withDayOfMonth(1), DatePrecision.MONTH);
                case "this month" -> new EventDate(published.withDayOfMonth(1), DatePrecision.MONTH);
                case "last year" -> new EventDate(LocalDate.of(published.getYear() - 1, 1, 1), DatePrecision.YEAR);
                default -> new EventDate(LocalDate.of(published.getYear(), 1, 1), DatePrecision.YEAR);
            };
        }
        return null;
    }

    /** A cheap pre-check: a date cue needs a digit, a weekday ("...day"), "yesterday", "last ..." or "this ...". */
    static boolean mayHaveDate(String sentence) {
        for (int i = 0; i < sentence.length(); i++) if (Character.isDigit(sentence.charAt(i))) return true;
        return sentence.contains("day") || sentence.contains("last ") || sentence.contains("this ") || sentence.contains("Last ")
                || sentence.contains("This ");
    }

    private static EventDate day(int year, Month month, int day) {
        try {
            return new EventDate(LocalDate.of(year, month, day), DatePrecision.DAY);
        } catch (java.time.DateTimeException e) {
            return new EventDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
        }
    }

    private static Month month(String name) {
        return MONTH_BY_PREFIX.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }
}
