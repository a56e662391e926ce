package io.newsflow.app.analyze;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a JSON line's {@code "published"} as the publication day the analyzer needs (role holders on that day,
 * relative dates such as "yesterday"). Accepted, in ISO-8601's extended and basic forms:
 * <ul>
 *   <li>a calendar date {@code 2024-02-03} / {@code 20240203}, an ordinal date {@code 2024-034} / {@code 2024034},
 *       a week date {@code 2024-W05-6} / {@code 2024W056};</li>
 *   <li>any of these with a time, {@code T} or a space between: {@code 2024-02-03T13:53:25},
 *       {@code 2024-02-03T13:53:25.488+04:00}, {@code 20240203T135325Z}; minutes and seconds may be left out. The day
 *       is the UTC day of that instant, as the enrich stage takes it; a time without an offset is taken as UTC;</li>
 *   <li>reduced precision: a year-month {@code 2024-02} and a week {@code 2024-W05} stand for their first day (roles
 *       are then those of that day, and "yesterday" counts from it). A year alone is refused: too coarse for either.</li>
 * </ul>
 * Anything else, or an impossible date or time ({@code 2024-02-30}, {@code 25:00}), is an {@link IllegalArgumentException}
 * whose message names the value.
 */
public final class PublishedDate {
    /** Extended ({@code 2024-02-03}) or basic ({@code 20240203}): the back-reference keeps the two from mixing. */
    private static final Pattern CALENDAR = Pattern.compile("(?<y>\\d{4})(?<s>-?)(?<m>\\d{2})\\k<s>(?<d>\\d{2})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<y>\\d{4})-(?<m>\\d{2})");
    private static final Pattern ORDINAL = Pattern.compile("(?<y>\\d{4})-?(?<d>\\d{3})");
    private static final Pattern WEEK = Pattern.compile("(?<y>\\d{4})(?<s>-?)W(?<w>\\d{2})(?:\\k<s>(?<d>\\d))?");
    private static final Pattern TIME = Pattern.compile(
            "(?<h>\\d{2})(?:(?<s>:?)(?<m>\\d{2})(?:\\k<s>(?<sec>\\d{2})(?:[.,](?<f>\\d{1,9}))?)?)?(?<z>Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private PublishedDate() {}

    /** The publication day of {@code value}; null for null or blank. */
    public static LocalDate parse(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip().toUpperCase(Locale.ROOT);
        int t = v.indexOf('T') >= 0 ? v.indexOf('T') : v.indexOf(' ');
        try {
            LocalDate day = date(t < 0 ? v : v.substring(0, t));
            return t < 0 ? day : utcDay(day, v.substring(t + 1));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("\"published\" is not an ISO-8601 date or date-time: \"" + shown(value) + "\"", e);
        }
    }

    /** The UTC day of an instant with an offset (a date-time found in an HTML page's metadata, say). */
    public static LocalDate utcDay(OffsetDateTime instant) {
        return instant == null ? null : instant.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    private static LocalDate date(String s) {
        Matcher m;
        if ((m = CALENDAR.matcher(s)).matches()) return LocalDate.of(number(m, "y"), number(m, "m"), number(m, "d"));
        if ((m = YEAR_MONTH.matcher(s)).matches()) return LocalDate.of(number(m, "y"), number(m, "m"), 1);
        if ((m = ORDINAL.matcher(s)).matches()) return LocalDate.ofYearDay(number(m, "y"), number(m, "d"));
        if ((m = WEEK.matcher(s)).matches()) {
            String extended = "%s-W%s-%s".formatted(m.group("y"), m.group("w"), m.group("d") == null ? "1" : m.group("d"));
            return LocalDate.parse(extended, DateTimeFormatter.ISO_WEEK_DATE);
        }
        throw new IllegalArgumentException("no date form matches " + s);
    }

    private static LocalDate utcDay(LocalDate day, String time) {
        Matcher m = TIME.matcher(time);
        if (!m.matches()) throw new IllegalArgumentException("no time form matches " + time);
        String fraction = m.group("f") == null ? "0" : (m.group("f") + "00000000").substring(0, 9);
        LocalTime clock = LocalTime.of(number(m, "h"), m.group("m") == null ? 0 : number(m, "m"),
                m.group("sec") == null ? 0 : number(m, "sec"), Integer.parseInt(fraction));
        ZoneOffset offset = m.group("z") == null ? ZoneOffset.UTC : ZoneOffset.of(m.group("z"));
        return utcDay(OffsetDateTime.of(day, clock, offset));
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    /** A hostile value may be megabytes long: an error message shows its first 60 characters. */
    private static String shown(String value) {
        return value.length() <= 60 ? value : value.substring(0, 59) + "…";
    }
}
