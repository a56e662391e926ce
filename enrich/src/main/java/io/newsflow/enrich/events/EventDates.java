package io.newsflow.enrich.events;

import io.newsflow.schemas.DatePrecision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date a clause gives for its event and resolves it against the publication date, in English, Russian and
 * Armenian: a full date (day precision: "on 12 May 2025", "May 12, 2025", "12 февраля 2024 года", "2024 թվականի
 * փետրվարի 12-ին"), a day and month without a year (the latest such day not after publication), a month ("in May
 * 2025", "в феврале 2024 года", "last month"; month precision, the 1st), a year ("in 2023", "в 2023 году", "last
 * year"; year precision, 1 January), a weekday ("on Tuesday", "во вторник": that day of the publication's week, not
 * after it), "yesterday"/"вчера"/"երեկ" and "today". Returns null when the text has no date cue, so the caller can
 * fall back. Relative cues need the publication date.
 */
public final class EventDates {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+(" + MONTHS + ")\\.?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\.?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?:on\\s+)?(\\d{1,2})\\s+(" + MONTHS + ")\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\d)");
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:in|since|by|during|early|mid|late|mid-)\\s*(" + MONTHS + ")\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|by|during|of|from)\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:on|last|this)?\\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(yesterday|today|last week|last month|last year|this year|this month)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final List<String> RU_GENITIVE = List.of("января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря");
    private static final List<String> RU_PREPOSITIONAL = List.of("январе", "феврале", "марте", "апреле", "мае", "июне", "июле",
            "августе", "сентябре", "октябре", "ноябре", "декабре");
    private static final List<String> RU_WEEKDAYS = List.of("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье");
    private static final Pattern RU_DAY = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})\\s+(" + String.join("|", RU_GENITIVE)
            + ")(?:\\s+((?:19|20)\\d{2}))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RU_MONTH = Pattern.compile("(?<!\\p{L})в\\s+(" + String.join("|", RU_PREPOSITIONAL)
            + ")(?:\\s+((?:19|20)\\d{2}))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RU_YEAR = Pattern.compile("(?<!\\p{L})(?:в|с|до|к)\\s+((?:19|20)\\d{2})\\s*(?:году|года|г\\.)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RU_WEEKDAY = Pattern.compile("(?<!\\p{L})во?\\s+(" + String.join("|", RU_WEEKDAYS) + ")(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RU_RELATIVE = Pattern.compile("(?<!\\p{L})(вчера|сегодня|позавчера|в прошлом месяце|в прошлом году|на прошлой неделе)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final List<String> HY_GENITIVE = List.of("հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի",
            "հուլիսի", "օգոստոսի", "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի");
    private static final Pattern HY_DAY = Pattern.compile("(?:((?:19|20)\\d{2})\\s*թ(?:վականի|\\.)\\s+)?(" + String.join("|", HY_GENITIVE)
            + ")\\s+(\\d{1,2})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE); // "Փետրվարի 12-ին" opens a sentence
    /** "փետրվարին" (in February): the genitive plus the dative ending -ն. */
    private static final Pattern HY_MONTH = Pattern.compile("(?:((?:19|20)\\d{2})\\s*թ(?:վականի|\\.)\\s+)?("
            + String.join("|", HY_GENITIVE.stream().map(m -> m + "ն").toList()) + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HY_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*թ(?:վականին|\\.)");
    private static final Pattern HY_RELATIVE = Pattern.compile("(?<!\\p{L})(երեկ|այսօր)(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Map<String, Month> MONTH_BY_PREFIX = Map.ofEntries(
            Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("may", Month.MAY), Map.entry("jun", Month.JUNE), Map.entry("jul", Month.JULY),
            Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER), Map.entry("oct", Month.OCTOBER),
            Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));

    private EventDates() {}

    /** The text's date cue resolved against {@code published} (may be null), or null when it has none. */
    public static EventDate find(String text, LocalDate published) {
        // each language's expressions run only where their words are; this is what they look for them in (any case)
        String lower = lowerCaseChars(text);
        if (!mayHaveDate(text, lower)) return null; // most clauses have none: skip the regular expressions
        int scripts = scripts(text); // each language's cues need letters of its script: skip the others' expressions
        EventDate found = (scripts & LATIN) != 0 ? english(text, lower, published) : null;
        if (found == null && (scripts & CYRILLIC) != 0) found = russian(text, lower, published);
        if (found == null && (scripts & ARMENIAN) != 0) found = armenian(text, lower, published);
        return found;
    }

    private static final int LATIN = 1, CYRILLIC = 2, ARMENIAN = 4;

    /** {@link #scriptBit} of every character below U+0800 (Latin, Cyrillic and Armenian all lie there), worked out once. */
    private static final byte[] SCRIPT_OF = new byte[0x800];
    static {
        for (char c = 0; c < SCRIPT_OF.length; c++) SCRIPT_OF[c] = (byte) scriptBit(c);
    }

    /** The script bit of one character: an ASCII letter or a Latin, Cyrillic or Armenian character; else 0. */
    private static int scriptBit(char c) {
        if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? LATIN : 0;
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.CYRILLIC) return CYRILLIC;
        if (script == Character.UnicodeScript.ARMENIAN) return ARMENIAN;
        return script == Character.UnicodeScript.LATIN ? LATIN : 0;
    }

    /** Which of the three scripts the text has letters of, as a bit set. */
    private static int scripts(String text) {
        int found = 0;
        for (int i = 0; i < text.length() && found != (LATIN | CYRILLIC | ARMENIAN); i++) {
            char c = text.charAt(i);
            found |= c < SCRIPT_OF.length ? SCRIPT_OF[c] : scriptBit(c);
        }
        return found;
    }

    private static EventDate english(String s, String lower, LocalDate published) {
        // each expression runs only where the text has what it needs (a month's name, a digit, "19" or "20", a weekday's
        // name, the relative words): trying the month names at every word of every clause was a sixth of the analysis
        boolean month = namesAMonth(s), digit = hasDigit(s);
        Matcher m;
        if (month && digit) {
            m = DAY_MONTH_YEAR.matcher(s);
            if (m.find()) return day(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            m = MONTH_DAY_YEAR.matcher(s);
            if (m.find()) return day(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            m = MONTH_YEAR.matcher(s);
            if (m.find()) return new EventDate(LocalDate.of(Integer.parseInt(m.group(2)), month(m.group(1)), 1), DatePrecision.MONTH);
            if (published != null) {
                m = DAY_MONTH.matcher(s);
                if (m.find()) return dayWithoutYear(published, month(m.group(2)), Integer.parseInt(m.group(1)));
                m = MONTH_DAY.matcher(s);
                if (m.find()) return dayWithoutYear(published, month(m.group(1)), Integer.parseInt(m.group(2)));
            }
        }
        if (s.contains("19") || s.contains("20")) {
            m = YEAR.matcher(s);
            if (m.find()) return new EventDate(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), DatePrecision.YEAR);
        }
        if (published == null) return null;
        if (month) {
            m = IN_MONTH.matcher(s);
            if (m.find()) return monthWithoutYear(published, month(m.group(1)));
        }
        if (WEEKDAYS.stream().anyMatch(s::contains)) {
            m = WEEKDAY.matcher(s);
            if (m.find()) return weekday(published, DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
        }
        if (!lower.contains("today") && !lower.contains("yesterday") && !lower.contains("last ") && !lower.contains("this ")) return null;
        m = RELATIVE.matcher(s);
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

    private static EventDate russian(String s, String lower, LocalDate published) {
        Matcher m;
        if (hasDigit(s) && RU_GENITIVE.stream().anyMatch(lower::contains)) {
            m = RU_DAY.matcher(s);
            if (m.find()) {
                EventDate date = dayOf(m.group(3), Month.of(RU_GENITIVE.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1),
                        Integer.parseInt(m.group(1)), published);
                if (date != null) return date;
            }
        }
        if (RU_PREPOSITIONAL.stream().anyMatch(lower::contains)) {
            m = RU_MONTH.matcher(s);
            if (m.find()) {
                EventDate date = monthOf(m.group(2), Month.of(RU_PREPOSITIONAL.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1), published);
                if (date != null) return date;
            }
        }
        if (s.contains("19") || s.contains("20")) {
            m = RU_YEAR.matcher(s);
            if (m.find()) return new EventDate(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), DatePrecision.YEAR);
        }
        if (published == null) return null;
        if (RU_WEEKDAYS.stream().anyMatch(lower::contains)) {
            m = RU_WEEKDAY.matcher(s);
            if (m.find()) return weekday(published, DayOfWeek.of(RU_WEEKDAYS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1));
        }
        if (!lower.contains("вчера") && !lower.contains("сегодня") && !lower.contains("прошл")) return null;
        m = RU_RELATIVE.matcher(s);
        if (m.find()) {
            return switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "вчера" -> new EventDate(published.minusDays(1), DatePrecision.DAY);
                case "позавчера" -> new EventDate(published.minusDays(2), DatePrecision.DAY);
                case "сегодня" -> new EventDate(published, DatePrecision.DAY);
                case "на прошлой неделе" -> new EventDate(published.minusWeeks(1), DatePrecision.DAY);
                case "в прошлом месяце" -> new EventDate(published.minusMonths(1).withDayOfMonth(1), DatePrecision.MONTH);
                default -> new EventDate(LocalDate.of(published.getYear() - 1, 1, 1), DatePrecision.YEAR);
            };
        }
        return null;
    }

    private static EventDate armenian(String s, String lower, LocalDate published) {
        // the case-insensitive Unicode expressions were a twentieth of enrich's time on 5% of articles until they ran
        // only where their words are
        boolean month = HY_GENITIVE.stream().anyMatch(lower::contains);
        Matcher m;
        if (month && hasDigit(s)) {
            m = HY_DAY.matcher(s);
            if (m.find()) {
                EventDate date = dayOf(m.group(1), Month.of(HY_GENITIVE.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1),
                        Integer.parseInt(m.group(3)), published);
                if (date != null) return date;
            }
        }
        if (month) {
            m = HY_MONTH.matcher(s);
            if (m.find()) {
                String name = m.group(2).toLowerCase(Locale.ROOT);
                EventDate date = monthOf(m.group(1),
                        Month.of(HY_GENITIVE.indexOf(name.endsWith("ին") ? name.substring(0, name.length() - 1) : name) + 1), published);
                if (date != null) return date;
            }
        }
        if (s.contains("19") || s.contains("20")) {
            m = HY_YEAR.matcher(s);
            if (m.find()) return new EventDate(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), DatePrecision.YEAR);
        }
        if (published == null) return null;
        if (!lower.contains("երեկ") && !lower.contains("այսօր")) return null;
        m = HY_RELATIVE.matcher(s);
        if (m.find()) return new EventDate(m.group(1).toLowerCase(Locale.ROOT).equals("երեկ") ? published.minusDays(1) : published, DatePrecision.DAY);
        return null;
    }

    /** {@code s} with each character in lower case on its own, as a case-insensitive expression compares them. */
    private static String lowerCaseChars(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) chars[i] = Character.toLowerCase(chars[i]);
        return new String(chars);
    }

    /** The first three letters of every English month name and abbreviation in {@link #MONTHS}, as they are spelled there. */
    private static final List<String> MONTH_PREFIXES = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec");

    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    /** Whether {@code s} may name an English month: one of the {@link #MONTHS} patterns' first three letters in it. */
    private static boolean namesAMonth(String s) {
        for (String prefix : MONTH_PREFIXES) if (s.contains(prefix)) return true;
        return false;
    }

    /** Any digit of any script (ASCII ones answered without the Unicode tables). */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= '9' ? c >= '0' : c >= 0x80 && Character.isDigit(c)) return true;
        }
        return false;
    }

    /**
     * A cheap pre-check: a date cue needs a digit, a weekday ("...day"), "last"/"this", a month name, or a Russian or
     * Armenian relative word ({@code lower}: {@code s} in lower case, as {@link #lowerCaseChars} gives it).
     */
    private static boolean mayHaveDate(String s, String lower) {
        if (hasDigit(s)) return true;
        if (lower.contains("day") || lower.contains("last ") || lower.contains("this ")) return true;
        for (String month : List.of("january", "february", "march", "april", "may ", "june", "july", "august", "september",
                "october", "november", "december")) {
            if (lower.contains(month)) return true;
        }
        for (String word : List.of("вчера", "сегодня", "прошл", " в ", " во ", "երեկ", "այսօր", "ին")) if (lower.contains(word)) return true;
        return lower.startsWith("в ") || lower.startsWith("во "); // "В феврале стороны встретились"
    }

    /** A day of {@code month} in {@code year} (digits) if given, else the latest such day not after publication; null without either. */
    private static EventDate dayOf(String year, Month month, int day, LocalDate published) {
        if (year != null) return day(Integer.parseInt(year), month, day);
        return published == null ? null : dayWithoutYear(published, month, day);
    }

    /** {@code month} of {@code year} (digits) if given, else the latest such month not after publication; null without either. */
    private static EventDate monthOf(String year, Month month, LocalDate published) {
        if (year != null) return new EventDate(LocalDate.of(Integer.parseInt(year), month, 1), DatePrecision.MONTH);
        return published == null ? null : monthWithoutYear(published, month);
    }

    private static EventDate day(int year, Month month, int day) {
        try {
            return new EventDate(LocalDate.of(year, month, day), DatePrecision.DAY);
        } catch (java.time.DateTimeException e) {
            return new EventDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
        }
    }

    /** The latest {@code month}/{@code day} not after the publication date (a report looks back). */
    private static EventDate dayWithoutYear(LocalDate published, Month month, int day) {
        EventDate candidate = day(published.getYear(), month, day);
        if (candidate.date().isAfter(published.plusDays(1))) candidate = day(published.getYear() - 1, month, day);
        return candidate;
    }

    private static EventDate monthWithoutYear(LocalDate published, Month month) {
        LocalDate first = LocalDate.of(published.getYear(), month, 1);
        if (first.isAfter(published)) first = first.minusYears(1);
        return new EventDate(first, DatePrecision.MONTH);
    }

    private static EventDate weekday(LocalDate published, DayOfWeek day) {
        return new EventDate(published.with(TemporalAdjusters.previousOrSame(day)), DatePrecision.DAY);
    }

    private static Month month(String name) {
        return MONTH_BY_PREFIX.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }
}
