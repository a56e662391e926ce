package io.newsflow.enrich.events;

import io.newsflow.enrich.text.Sentence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a news report, or a capitalised label in its place: "NEW DELHI:", "MOSCOW, March 3 (Reuters)
 * -", "LA CROSSE, Wis. (AP) —", "ЕРЕВАН, 3 марта —", "CHINESE AGGRESSION:". It says where the story was filed (or what
 * it is about), so a place or state it names is not an actor of the sentence it opens: "NEW DELHI: Pakistan's approach
 * … is increasingly focusing on what it calls 'digital terrorism'" reports no accusation by India.
 * <p>
 * A dateline is read only at the start of a paragraph (the text's start or a line break before the sentence): words in
 * capitals only (letters, dots, apostrophes and spaces; at least three capitals and at most {@value #MAX_WORDS} words),
 * then optionally a comma and up to {@value #MAX_TAIL} characters (a date, a state's abbreviation), optionally an agency
 * in parentheses, then a colon or a dash with a space after it (a hyphen needs a space on both sides), and a sentence
 * with lower-case letters after it (a headline in capitals is no dateline). Thread-safe.
 */
final class Dateline {
    /** Characters at most between the capitals' comma and the agency or the dash ("March 3", "Wis."). */
    static final int MAX_TAIL = 40;
    /** Words at most in the capitals ("RIO DE JANEIRO"); more is a headline in capitals. */
    static final int MAX_WORDS = 4;

    private static final Pattern OPENING = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}\\p{M}.'’ ]*\\p{Lu}\\.?)(?:,[^\\n:—–()]{1," + MAX_TAIL + "}?)?(?:\\s*\\([\\p{L} .]{2,30}\\))?"
                    + "(?:\\s*[:—–]|\\s--?)\\s");

    private Dateline() {}

    /**
     * Where the dateline opening {@code sentence} ends (a character offset in {@code text}), or the sentence's start when
     * it opens with none.
     */
    static int end(String text, Sentence sentence) {
        int start = sentence.start();
        if (start > 0 && text.charAt(start - 1) != '\n') return start;
        Matcher m = OPENING.matcher(text).region(start, sentence.end());
        if (!m.lookingAt() || capitals(m.group(1)) < 3 || words(m.group(1)) > MAX_WORDS) return start;
        // "RUSSIA SAYS UKRAINE ATTACKED KURSK - TASS": a headline in capitals, its source after the dash, is no dateline
        for (int i = m.end(); i < sentence.end(); i++) if (Character.isLowerCase(text.charAt(i))) return m.end();
        return start;
    }

    private static int words(String capitals) {
        int n = 1;
        for (int i = 0; i < capitals.length(); i++) if (capitals.charAt(i) == ' ') n++;
        return n;
    }

    private static int capitals(String words) {
        int n = 0;
        for (int i = 0; i < words.length(); i++) if (Character.isUpperCase(words.charAt(i))) n++;
        return n;
    }
}
