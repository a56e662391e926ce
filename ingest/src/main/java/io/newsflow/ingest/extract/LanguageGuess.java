package io.newsflow.ingest.extract;

/**
 * A cheap language guess from the writing system, for documents that do not state their language: Armenian script
 * gives {@code hy}, Cyrillic {@code ru}, Latin {@code en}. It is a fallback, not a language identifier: Latin-script
 * Azerbaijani or Cyrillic Ukrainian are guessed wrongly, so a stated {@code lang} always wins.
 */
public final class LanguageGuess {
    /** At least this share of letters must be in one script for a guess; below it the answer is {@code null}. */
    static final double MIN_SHARE = 0.6;

    private LanguageGuess() {}

    public static String fromScript(String text) {
        int letters = 0, armenian = 0, cyrillic = 0, latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.ARMENIAN) armenian++;
            else if (script == Character.UnicodeScript.CYRILLIC) cyrillic++;
            else if (script == Character.UnicodeScript.LATIN) latin++;
        }
        if (letters == 0) return null;
        if (armenian >= MIN_SHARE * letters) return "hy";
        if (cyrillic >= MIN_SHARE * letters) return "ru";
        if (latin >= MIN_SHARE * letters) return "en";
        return null;
    }

    /** Normalises a stated language tag ({@code en-GB}, {@code ru_RU}) to its primary subtag in lower case. */
    public static String normalise(String tag) {
        if (tag == null || tag.isBlank()) return null;
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return primary.length() >= 2 && primary.length() <= 3 && primary.chars().allMatch(Character::isLetter) ? primary : null;
    }
}
