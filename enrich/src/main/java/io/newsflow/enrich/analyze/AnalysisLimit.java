package io.newsflow.enrich.analyze;

/**
 * How much of a text is analysed: at most {@code maxChars} characters (default {@value #DEFAULT_MAX_CHARS}, about
 * 50 long news articles), cut after the last line break, else the last white space, in the final
 * {@value #BOUNDARY_WINDOW} characters before the limit (else at the limit, never inside a surrogate pair). Analysis is
 * linear in what it reads, but a text of megabytes is not an article (a log, a dump, a hostile input) and its actors
 * and events would be noise; the rest is not dropped silently: {@link ArticleAnalyzer.Analysis#unanalysedChars()}
 * counts it, and the enrich stage and {@code newsflow analyze} report that count.
 *
 * @param maxChars the most characters analysed in one text (UTF-16 units, as {@link String#length()}), at least 1
 */
public record AnalysisLimit(int maxChars) {
    /** The default limit, in characters. */
    public static final int DEFAULT_MAX_CHARS = 300_000;
    /** How far back from the limit a line break or space is looked for, in characters. */
    static final int BOUNDARY_WINDOW = 1_000;
    public static final AnalysisLimit DEFAULT = new AnalysisLimit(DEFAULT_MAX_CHARS);

    public AnalysisLimit {
        if (maxChars < 1) throw new IllegalArgumentException("the analysis limit must be at least 1 character, was " + maxChars);
    }

    /** Where the analysed part of {@code text} ends: its length when it fits, else the cut described above. */
    int end(String text) {
        if (text.length() <= maxChars) return text.length();
        int floor = Math.max(1, maxChars - BOUNDARY_WINDOW);
        int lineBreak = text.lastIndexOf('\n', maxChars - 1);
        if (lineBreak >= floor) return lineBreak + 1;
        for (int i = maxChars - 1; i >= floor; i--) if (Character.isWhitespace(text.charAt(i))) return i + 1;
        return Character.isLowSurrogate(text.charAt(maxChars)) ? maxChars - 1 : maxChars;
    }
}
