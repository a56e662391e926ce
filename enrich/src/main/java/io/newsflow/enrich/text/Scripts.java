package io.newsflow.enrich.text;

import java.util.List;

/**
 * The language of a text guessed from its writing system, for articles whose page did not say: mostly Armenian
 * letters → {@code hy}, Cyrillic → {@code ru}, Latin → {@code en}; else null. A fallback, not a language identifier
 * (Latin-script Azerbaijani and Cyrillic Ukrainian come out wrong), which is why a stated language always wins.
 */
public final class Scripts {
    /** Share of words in one script needed for a guess. */
    static final double MIN_SHARE = 0.6;

    private Scripts() {}

    public static String language(List<Token> tokens) {
        int words = 0, armenian = 0, cyrillic = 0, latin = 0;
        for (Token t : tokens) {
            int first = t.lower().codePointAt(0);
            if (!Character.isLetter(first)) continue;
            words++;
            Character.UnicodeScript script = Character.UnicodeScript.of(first);
            if (script == Character.UnicodeScript.ARMENIAN) armenian++;
            else if (script == Character.UnicodeScript.CYRILLIC) cyrillic++;
            else if (script == Character.UnicodeScript.LATIN) latin++;
        }
        if (words == 0) return null;
        if (armenian >= MIN_SHARE * words) return "hy";
        if (cyrillic >= MIN_SHARE * words) return "ru";
        if (latin >= MIN_SHARE * words) return "en";
        return null;
    }
}
