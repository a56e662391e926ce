package io.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a {@code class} or {@code id} value names boilerplate: one of its words ("share", "related", "newsletter",
 * "comments", "byline", "sr-only", ...) stands between separators (start, end, space, {@code _} or {@code -}). A word
 * after "has-", "with-", "is-", "no-" or "show-" describes a layout ("has-sidebar"), and one followed by "-enabled",
 * "-active", "-open", "-on", "-off", "-true" or "-false" a state ("comments-open"): neither counts. A camel-case name
 * is cut into words the same way ("c-inlineSignup" → c, inline, signup; "URLShare" → url, share) and the same rules
 * apply to its parts (layout "hasSidebar", state "shareActive", an embedded post's "socialEmbed"), but only a few strong
 * words ({@link #CAMEL_WORDS}) count as a camel-case part; word pairs ("read-more") count only with their hyphen. A whole
 * hiding utility class ("hidden", "d-none", not the responsive "hidden-xs") marks a box the reader does not see, such
 * as a paywall's sign-in prompt.
 *
 * <p>The value is cut into words once and each word looked up in a set, instead of running a long alternation of
 * patterns at every character: pages carry thousands of class names, and this check runs on every one of them.
 */
final class ClassWords {
    private static final Set<String> WORDS = Set.of("share", "sharing", "shariff", "social", "socials", "related", "recommend",
            "recommended", "recommendations", "newsletter", "subscribe", "subscription", "signup", "cookie", "cookies", "consent",
            "gdpr", "comment", "comments", "disqus", "promo", "advert", "advertisement", "ad", "ads", "adslot", "anzeige",
            "banner", "breadcrumb", "breadcrumbs", "sidebar", "mostread", "popular", "trending", "byline", "author", "authors",
            "tags", "keywords", "footer", "menu", "masthead", "toolbar", "caption", "credit", "credits", "copyright", "print",
            "skip", "visuallyhidden", "modal", "popup", "overlay", "paywall", "outbrain", "taboola", "widget", "pagination",
            "pager", "rating", "infobox", "timestamp", "dateline", "meta", "readmore", "video", "player", "embed", "tweet",
            "instagram", "facebook", "twitter", "whatsapp", "signin", "login", "registration", "regwall", "factbox",
            "readnext", "upnext", "recirculation", "recirc", "morestories");
    /**
     * Words that count inside a camel-case name too ("c-inlineSignup", "RelatedContent"): only these, since a
     * camel-case part such as "authorSection" often names a piece of the story's own layout.
     */
    private static final Set<String> CAMEL_WORDS = Set.of("related", "signup", "newsletter", "subscribe", "subscription",
            "share", "social", "promo", "recommended", "paywall", "caption", "credit");
    /**
     * Words that name an embedded post's platform or frame ("twitter-tweet", "instagram-media", "wp-block-embed"): they
     * do not count for an element that holds a quoted post ({@code <blockquote>}), whose text the story quotes.
     */
    private static final Set<String> EMBED_WORDS = Set.of("embed", "tweet", "twitter", "instagram", "facebook", "social",
            "video", "player");
    /** Whole class names that hide an element (Bootstrap's, and the common utility spellings). */
    private static final Set<String> HIDING = Set.of("hidden", "d-none", "is-hidden", "hide", "u-hidden");
    /** Two words joined by a hyphen, neither of which counts alone. */
    private static final Set<String> PAIRS = Set.of("most-read", "tag-list", "sr-only", "visually-hidden", "screen-reader",
            "teaser-list", "more-stories", "read-more", "see-also", "also-read", "read-next", "up-next", "next-article", "next-story",
            "next-post", "further-reading", "more-articles", "more-news");
    /** Marks a camel-case boundary among the separators (never a character of a class name's separators). */
    private static final char CAMEL = 'C';
    private static final List<String> LAYOUT_PREFIXES = List.of("has", "with", "is", "no", "show");
    private static final List<String> STATE_SUFFIXES = List.of("enabled", "active", "open", "on", "off", "true", "false");

    private ClassWords() {}

    /** Whether the class or id value names boilerplate. */
    static boolean boilerplate(String value) {
        return boilerplate(value, true);
    }

    /**
     * Whether the class or id value names boilerplate; with {@code embedsCount} false, the platform words of an
     * embedded post ({@link #EMBED_WORDS}) do not count (for an element holding the quoted post).
     */
    static boolean boilerplate(String value, boolean embedsCount) {
        if (value.isEmpty()) return false;
        if (hiding(value)) return true;
        List<String> words = new ArrayList<>();
        StringBuilder separators = new StringBuilder(); // before each word: ' ' for the first, CAMEL inside a camel-case name
        int start = 0;
        char before = ' ';
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ' ';
            boolean separator = c == ' ' || c == '_' || c == '-';
            if (separator || (i > start && camelStart(value, i))) {
                words.add(value.substring(start, i).toLowerCase(Locale.ROOT));
                separators.append(before);
                before = separator ? c : CAMEL;
                start = separator ? i + 1 : i;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (!startsAWord(words, separators, i)) continue;
            String word = words.get(i);
            boolean camelPart = separators.charAt(i) == CAMEL || (i + 1 < words.size() && separators.charAt(i + 1) == CAMEL);
            if ((camelPart ? CAMEL_WORDS : WORDS).contains(word) && (embedsCount || !EMBED_WORDS.contains(word))
                    && endsAWord(words, separators, i)) return true;
            if (i + 1 < words.size() && separators.charAt(i + 1) == '-' && PAIRS.contains(words.get(i) + "-" + words.get(i + 1))
                    && endsAWord(words, separators, i + 1)) return true;
        }
        return false;
    }

    /** Whether one of the space-separated names is exactly a hiding utility class. */
    private static boolean hiding(String value) {
        for (String name : value.split(" ")) if (HIDING.contains(name)) return true;
        return false;
    }

    /**
     * Whether a camel-case part starts at {@code i}: a capital after a small letter or digit ("inline|Signup"), or the
     * last capital of a run that a small letter follows ("URL|Share").
     */
    private static boolean camelStart(String value, int i) {
        char c = value.charAt(i);
        if (!Character.isUpperCase(c)) return false;
        char previous = value.charAt(i - 1);
        if (Character.isLowerCase(previous) || Character.isDigit(previous)) return true;
        return Character.isUpperCase(previous) && i + 1 < value.length() && Character.isLowerCase(value.charAt(i + 1));
    }

    /** Whether word {@code i} is not a layout description ("has-sidebar", "hasSidebar"). */
    private static boolean startsAWord(List<String> words, CharSequence separators, int i) {
        if (i == 0 || !joined(separators.charAt(i))) return true;
        String previous = words.get(i - 1);
        for (String p : LAYOUT_PREFIXES) if (previous.endsWith(p)) return false;
        return true;
    }

    /** Whether word {@code i} is not a state ("comments-open", "shareActive"). */
    private static boolean endsAWord(List<String> words, CharSequence separators, int i) {
        if (i + 1 >= words.size() || !joined(separators.charAt(i + 1))) return true;
        String next = words.get(i + 1);
        for (String state : STATE_SUFFIXES) if (next.startsWith(state)) return false;
        return true;
    }

    /** A hyphen or a camel-case boundary joins two words into one name; a space or underscore separates names. */
    private static boolean joined(char separator) {
        return separator == '-' || separator == CAMEL;
    }
}
