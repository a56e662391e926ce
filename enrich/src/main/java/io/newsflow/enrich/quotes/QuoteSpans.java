package io.newsflow.enrich.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * The quoted passages of a text — “…”, «…» and "…" with at least {@value #MIN_CHARS} characters between the marks —
 * found left to right as the regular expression {@code “([^”]{10,}?)”|«([^»]{10,}?)»|"([^"]{10,}?)"} finds them, but in
 * time linear in the text. The expression restarts its search at every opening mark and scans to the end of the text
 * when no closing mark follows, which is quadratic on a text full of unclosed marks; here each kind of mark is listed
 * once with the closing mark that ends each opening one, and the passages are merged from those lists.
 */
final class QuoteSpans {
    /** Fewest characters between the marks. */
    static final int MIN_CHARS = 10;
    private static final char[][] MARKS = {{'“', '”'}, {'«', '»'}, {'"', '"'}};

    /** One passage: the marks at {@code open} and {@code close}; the words lie between them. */
    record Span(int open, int close) {}

    private QuoteSpans() {}

    static List<Span> find(String text) {
        List<List<Span>> candidates = new ArrayList<>();
        for (char[] mark : MARKS) candidates.add(candidates(text, mark[0], mark[1]));
        int[] next = new int[MARKS.length];
        List<Span> spans = new ArrayList<>();
        int from = 0;
        while (true) {
            Span first = null;
            for (int k = 0; k < MARKS.length; k++) {
                List<Span> list = candidates.get(k);
                while (next[k] < list.size() && list.get(next[k]).open() < from) next[k]++;
                if (next[k] < list.size() && (first == null || list.get(next[k]).open() < first.open())) first = list.get(next[k]);
            }
            if (first == null) return spans;
            spans.add(first);
            from = first.close() + 1;
        }
    }

    /** Every opening mark, in text order, whose first closing mark after it is at least {@value #MIN_CHARS} characters on. */
    private static List<Span> candidates(String text, char open, char close) {
        List<Span> found = new ArrayList<>();
        int closeAt = -1;
        for (int i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
            if (closeAt <= i) closeAt = text.indexOf(close, i + 1);
            if (closeAt < 0) break;
            if (closeAt - i - 1 >= MIN_CHARS) found.add(new Span(i, closeAt));
        }
        return found;
    }
}
