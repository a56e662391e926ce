package io.newsflow.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences: at a line break, and after {@code .}, {@code !}, {@code ?}, {@code …} or Armenian's full
 * stop {@code ։} (U+0589; Armenian ends a sentence with it, not with a period) (and any closing
 * quotes, brackets or {@code [n]} citation markers) when whitespace and an upper-case letter, digit or opening quote
 * follow. A period after a known abbreviation (Mr., Gen., Jan., U.S.) or a single initial does not end a sentence.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "st", "mt",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc",
            "ltd", "co", "corp", "jr", "sr", "u.s", "u.n", "u.k", "e.u", "г", "гг", "им", "т.е", "т.д");

    private static final char ARMENIAN_FULL_STOP = '\u0589';

    private SentenceSplitter() {}

    public static List<Sentence> split(String text, List<Token> tokens) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                spans.add(new int[]{start, i});
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?' || c == '…' || c == ARMENIAN_FULL_STOP) && endsSentence(text, i)) {
                int end = afterClosers(text, i + 1);
                spans.add(new int[]{start, end});
                start = end;
                i = end - 1;
            }
        }
        spans.add(new int[]{start, text.length()});

        List<Sentence> sentences = new ArrayList<>();
        int t = 0;
        for (int[] span : spans) {
            int s = span[0], e = span[1];
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (s >= e) continue;
            while (t < tokens.size() && tokens.get(t).start() < s) t++;
            int from = t;
            while (t < tokens.size() && tokens.get(t).end() <= e) t++;
            sentences.add(new Sentence(sentences.size(), s, e, text.substring(s, e), tokens.subList(from, t)));
        }
        return sentences;
    }

    private static boolean endsSentence(String text, int at) {
        int next = afterClosers(text, at + 1);
        if (next >= text.length()) return true;
        if (!Character.isWhitespace(text.charAt(next))) return false;
        while (next < text.length() && text.charAt(next) == ' ') next++;
        if (next >= text.length()) return true;
        char following = text.charAt(next);
        if (!(Character.isUpperCase(following) || Character.isDigit(following) || "\"“«'‘(".indexOf(following) >= 0 || following == '\n')) {
            return false;
        }
        if (text.charAt(at) != '.') return true;
        int w = at;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) w--;
        String word = text.substring(w, at).toLowerCase(java.util.Locale.ROOT);
        return !(ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0))));
    }

    /** Skips closing quotes and brackets and {@code [n]} citation markers after a sentence end. */
    private static int afterClosers(String text, int i) {
        while (i < text.length()) {
            char c = text.charAt(i);
            if ("\"”»')’".indexOf(c) >= 0) {
                i++;
            } else if (c == '[') {
                int close = text.indexOf(']', i, Math.min(text.length(), i + 5)); // bounded: "[" with no "]" costs 5 chars, not the rest
                if (close < 0 || !text.substring(i + 1, close).chars().allMatch(Character::isDigit)) break;
                i = close + 1;
            } else {
                break;
            }
        }
        return i;
    }
}
