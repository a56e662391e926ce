package io.newsflow.ingest.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.text.ParsePosition;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date-times pages write in metadata, keeping the page's own offset: ISO-8601 with or without offset
 * ({@code 2024-05-03T15:47:42+02:00}, {@code +0200}, {@code Z}, fractions, a space for the {@code T}), a bare date
 * (midnight), RFC 1123 ({@code Fri, 03 May 2024 15:47:42 GMT}) and epoch seconds or milliseconds. A time without
 * offset is taken as UTC. Anything else gives null.
 */
final class Dates {
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final Pattern ISO_START = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[^<>\"]{0,30}");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}(\\d{3})?");
    /** Dates in article URLs: {@code /2024/05/03/}, {@code /2024-05-03/}, {@code 20240503}. */
    private static final Pattern URL_DATE = Pattern.compile("/(20\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:[/_-]|\\d{0,6}[/._-])");

    private Dates() {}

    static OffsetDateTime parse(String value) {
        if (value == null) return null;
        String v = value.strip();
        if (v.isEmpty()) return null;
        if (EPOCH.matcher(v).matches()) {
            long n = Long.parseLong(v);
            return java.time.Instant.ofEpochMilli(v.length() == 10 ? n * 1000 : n).atOffset(ZoneOffset.UTC);
        }
        Matcher m = ISO_START.matcher(v);
        if (m.lookingAt()) return iso(m.group().strip());
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date in an article URL (at midnight UTC), or null. */
    static OffsetDateTime fromUrl(String url) {
        if (url == null) return null;
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    .atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static OffsetDateTime iso(String v) {
        try { // parses the longest valid prefix: trailing words ("2024-05-03 um 10:00 Uhr") are left over
            TemporalAccessor t = ISO.parse(v, new ParsePosition(0));
            LocalDateTime time = LocalDate.from(t).atStartOfDay();
            if (t.isSupported(ChronoField.HOUR_OF_DAY)) {
                time = time.withHour(t.get(ChronoField.HOUR_OF_DAY)).withMinute(t.get(ChronoField.MINUTE_OF_HOUR))
                        .withSecond(t.isSupported(ChronoField.SECOND_OF_MINUTE) ? t.get(ChronoField.SECOND_OF_MINUTE) : 0)
                        .withNano(t.isSupported(ChronoField.NANO_OF_SECOND) ? t.get(ChronoField.NANO_OF_SECOND) : 0);
            }
            ZoneOffset offset = t.isSupported(ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS)) : ZoneOffset.UTC;
            return OffsetDateTime.of(time, offset);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
