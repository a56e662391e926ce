package io.newsflow.ingest.extract;

/**
 * A page's stated language ({@code <html lang>}, JSON-LD {@code inLanguage}, {@code content-language},
 * {@code og:locale}) as a primary subtag: a stated language always wins; when a page states none the extractor asks
 * {@link io.newsflow.language.LanguageDetector}.
 */
public final class LanguageTags {
    private LanguageTags() {}

    /** Normalises a stated language tag ({@code en-GB}, {@code ru_RU}) to its primary subtag in lower case, or null. */
    public static String normalise(String tag) {
        if (tag == null || tag.isBlank()) return null;
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return primary.length() >= 2 && primary.length() <= 3 && primary.chars().allMatch(Character::isLetter) ? primary : null;
    }
}
