package io.newsflow.ingest.dedup;

import io.newsflow.schemas.NearDuplicates;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 64-bit SimHash (Charikar) of a text over word 3-shingles: near-identical texts (a syndicated copy with a changed
 * headline or an extra line) get hashes a few bits apart, unrelated texts about 32 bits apart. Compare with
 * {@link NearDuplicates}; copies typically differ in at most {@value NearDuplicates#MAX_BITS} bits.
 */
public final class SimHash {
    static final int SHINGLE = 3;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final byte SPACE = ' ';

    private SimHash() {}

    public static long of(String text) {
        List<byte[]> words = words(text.toLowerCase(Locale.ROOT));
        if (words.isEmpty()) return 0;
        int[] ones = new int[64]; // per bit, the shingles whose hash has it set
        int shingles = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            long h = FNV_OFFSET;
            for (int w = i; w < Math.min(words.size(), i + SHINGLE); w++) {
                if (w > i) h = fnv1a64(h, SPACE);
                for (byte b : words.get(w)) h = fnv1a64(h, b);
            }
            for (int bit = 0; bit < 64; bit++) ones[bit] += (int) ((h >>> bit) & 1);
        }
        long hash = 0;
        for (int bit = 0; bit < 64; bit++) if (2 * ones[bit] > shingles) hash |= 1L << bit; // more set than not
        return hash;
    }

    /**
     * The text's words, as UTF-8 bytes: maximal runs of letters and numbers (Unicode categories L and N), one pass
     * over the text (this is what {@code split("[^\\p{L}\\p{N}]+")} gives, without a string per shingle).
     */
    private static List<byte[]> words(String text) {
        List<byte[]> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) start = i;
            } else if (start >= 0) {
                words.add(text.substring(start, i).getBytes(StandardCharsets.UTF_8));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) words.add(text.substring(start).getBytes(StandardCharsets.UTF_8));
        return words;
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** One byte into FNV-1a, 64 bit: fast, well spread, and stable across JVMs (unlike String.hashCode widened). */
    private static long fnv1a64(long h, byte b) {
        return (h ^ (b & 0xff)) * 0x100000001b3L;
    }
}
