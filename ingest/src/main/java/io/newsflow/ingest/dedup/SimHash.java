package io.newsflow.ingest.dedup;

import io.newsflow.schemas.NearDuplicates;

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
        Words words = Words.of(text.toLowerCase(Locale.ROOT));
        if (words.count == 0) return 0;
        int[] ones = new int[64]; // per bit, the shingles whose hash has it set
        long[] lanes = new long[8]; // lanes[k], byte j: how many hashes since the last flush have bit 8j + k set
        int shingles = Math.max(1, words.count - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            long h = FNV_OFFSET;
            for (int w = i; w < Math.min(words.count, i + SHINGLE); w++) {
                if (w > i) h = fnv1a64(h, SPACE);
                for (int b = words.starts[w]; b < words.starts[w + 1]; b++) h = fnv1a64(h, words.bytes[b]);
            }
            // eight additions count all 64 bits, eight to a long, one per byte (instead of 64 shifts and adds)
            for (int k = 0; k < 8; k++) lanes[k] += (h >>> k) & BYTE_LOW_BITS;
            if ((i + 1) % LANE_MAX == 0) flush(lanes, ones); // a byte holds at most 255
        }
        flush(lanes, ones);
        long hash = 0;
        for (int bit = 0; bit < 64; bit++) if (2 * ones[bit] > shingles) hash |= 1L << bit; // more set than not
        return hash;
    }

    /** The lowest bit of each byte of a long. */
    private static final long BYTE_LOW_BITS = 0x0101010101010101L;
    /** The largest count a byte lane holds. */
    private static final int LANE_MAX = 255;

    /** Adds the lanes' counts to the per-bit counts and empties the lanes. */
    private static void flush(long[] lanes, int[] ones) {
        for (int k = 0; k < 8; k++) {
            for (int j = 0; j < 8; j++) ones[8 * j + k] += (int) ((lanes[k] >>> (8 * j)) & 0xff);
            lanes[k] = 0;
        }
    }

    /**
     * The text's words, as UTF-8 bytes: maximal runs of letters and numbers (Unicode categories L and N), one pass
     * over the text (this is what {@code split("[^\\p{L}\\p{N}]+")} gives), written one after the other into one
     * array: word {@code w} is {@code bytes[starts[w] .. starts[w + 1])}. No string or array per word.
     */
    private record Words(byte[] bytes, int[] starts, int count) {
        static Words of(String text) {
            byte[] bytes = new byte[3 * text.length()]; // UTF-8 takes at most 3 bytes per UTF-16 char
            int[] starts = new int[text.length() / 2 + 2]; // a word and the gap after it take two chars at least
            int count = 0, length = 0;
            boolean inWord = false;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (isWordChar(cp)) {
                    if (!inWord) starts[count++] = length;
                    inWord = true;
                    length = utf8(cp, bytes, length);
                } else {
                    inWord = false;
                }
                i += Character.charCount(cp);
            }
            starts[count] = length;
            return new Words(bytes, starts, count);
        }

        /** Writes code point {@code cp} (not a surrogate: words hold none) as UTF-8 at {@code at}; returns the end. */
        private static int utf8(int cp, byte[] out, int at) {
            if (cp < 0x80) {
                out[at++] = (byte) cp;
            } else if (cp < 0x800) {
                out[at++] = (byte) (0xc0 | cp >>> 6);
                out[at++] = (byte) (0x80 | cp & 0x3f);
            } else if (cp < 0x10000) {
                out[at++] = (byte) (0xe0 | cp >>> 12);
                out[at++] = (byte) (0x80 | cp >>> 6 & 0x3f);
                out[at++] = (byte) (0x80 | cp & 0x3f);
            } else {
                out[at++] = (byte) (0xf0 | cp >>> 18);
                out[at++] = (byte) (0x80 | cp >>> 12 & 0x3f);
                out[at++] = (byte) (0x80 | cp >>> 6 & 0x3f);
                out[at++] = (byte) (0x80 | cp & 0x3f);
            }
            return at;
        }
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
