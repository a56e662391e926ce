package io.newsflow.ingest.extract;

import java.net.URI;
import java.util.Locale;

/**
 * Comparison keys for short texts (headlines, names, site names): two spellings that differ only in case, quotes,
 * dashes or spacing get the same key, so "n-tv NACHRICHTEN" and "n-tv Nachrichten" are one publisher.
 */
final class TextKey {
    private TextKey() {}

    /** Lower-case letters and digits only. */
    static String squash(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Whether two texts spell the same words (same {@link #squash} key, not empty): a heading that spells the title is
     * the story's own headline, whatever its case, quotes or dashes.
     */
    static boolean spellsSame(String a, String b) {
        if (a == null || b == null) return false;
        String key = squash(a);
        return !key.isEmpty() && key.equals(squash(b));
    }

    /** The host of a URL without a leading {@code www.}, or "" when there is none. */
    static String host(String url) {
        try {
            String host = url == null || url.isEmpty() ? null : URI.create(url).getHost();
            return host == null ? "" : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
