package io.newsflow.ingest.extract.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arithmetic of the extraction-dev scorer ({@code score.py}), in Java: word tokens as Python's {@code \w+} on
 * lower-cased text (letters, numbers and {@code _}; combining marks split words, as in Python), word-4-gram multisets,
 * multiset precision/recall/F1, and the title, date and author normalisations.
 */
public final class ShingleScore {
    /** Shingle length, in words. */
    public static final int N = 4;
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]");
    private static final Pattern DATE = Pattern.compile("\\s*(\\d{4}-\\d{2}-\\d{2})");

    private ShingleScore() {}

    /** Precision, recall and F1 of one comparison. */
    public record Prf(double p, double r, double f1) {}

    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) return tokens;
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            boolean word = isWordChar(cp);
            if (word && start < 0) start = i;
            if (!word && start >= 0) {
                tokens.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) tokens.add(lower.substring(start));
        return tokens;
    }

    /** Python's {@code \w} on str: alphanumeric (letter or number categories) or underscore. */
    static boolean isWordChar(int cp) {
        if (cp == '_') return true;
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Word-4-gram multiset; fewer than four tokens give one shingle of them all, none give none. */
    public static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) return counts;
        if (tokens.size() < N) {
            counts.put(List.copyOf(tokens), 1);
            return counts;
        }
        for (int i = 0; i + N <= tokens.size(); i++) counts.merge(List.copyOf(tokens.subList(i, i + N)), 1, Integer::sum);
        return counts;
    }

    /** Multiset precision/recall/F1 of a prediction against the gold; both empty is a perfect score. */
    public static <K> Prf prf(Map<K, Integer> predicted, Map<K, Integer> gold) {
        if (predicted.isEmpty() && gold.isEmpty()) return new Prf(1, 1, 1);
        if (predicted.isEmpty() || gold.isEmpty()) return new Prf(0, 0, 0);
        long overlap = 0;
        for (var e : predicted.entrySet()) overlap += Math.min(e.getValue(), gold.getOrDefault(e.getKey(), 0));
        double p = (double) overlap / total(predicted);
        double r = (double) overlap / total(gold);
        return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    public static Prf body(String predicted, String gold) {
        return prf(shingles(tokens(predicted)), shingles(tokens(gold)));
    }

    public static boolean titleMatches(String predicted, String gold) {
        return normaliseSpace(predicted).equals(normaliseSpace(gold));
    }

    /** The calendar date ({@code YYYY-MM-DD}, as written) an ISO-8601 string starts with, or null. */
    public static String datePart(String iso) {
        if (iso == null) return null;
        Matcher m = DATE.matcher(iso);
        return m.lookingAt() ? m.group(1) : null;
    }

    /** Set F1 of author names after NFKC, case folding and punctuation-to-space. */
    public static double authorsF1(Collection<String> predicted, Collection<String> gold) {
        return prf(asSet(predicted), asSet(gold)).f1();
    }

    static String normaliseName(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> out.appendCodePoint(Character.isLetterOrDigit(cp) || Character.isWhitespace(cp) ? cp : ' '));
        return String.join(" ", out.toString().strip().split("(?U)\\s+"));
    }

    private static String normaliseSpace(String s) {
        String nfc = ZERO_WIDTH.matcher(Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC)).replaceAll("");
        return String.join(" ", nfc.strip().split("(?U)\\s+"));
    }

    private static Map<String, Integer> asSet(Collection<String> names) {
        Set<String> set = new HashSet<>();
        for (String name : names) set.add(normaliseName(name));
        set.remove("");
        Map<String, Integer> counts = new HashMap<>();
        for (String n : set) counts.put(n, 1);
        return counts;
    }

    private static long total(Map<?, Integer> counts) {
        long total = 0;
        for (int c : counts.values()) total += c;
        return total;
    }
}
