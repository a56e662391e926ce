package io.newsflow.ingest.dedup;

import io.newsflow.schemas.NearDuplicates;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * 64-bit SimHash (Charikar) of a text over word 3-shingles: near-identical texts (a syndicated copy with a changed
 * headline or an extra line) get hashes a few bits apart, unrelated texts about 32 bits apart. Compare with
 * {@link NearDuplicates}; copies typically differ in at most {@value NearDuplicates#MAX_BITS} bits.
 */
public final class SimHash {
    static final int SHINGLE = 3;

    private SimHash() {}

    public static long of(String text) {
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream()
                .filter(w -> !w.isEmpty()).toList();
        int[] votes = new int[64];
        int shingles = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < shingles && !words.isEmpty(); i++) {
            String shingle = String.join(" ", words.subList(i, Math.min(words.size(), i + SHINGLE)));
            long h = fnv1a64(shingle);
            for (int bit = 0; bit < 64; bit++) votes[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
        }
        long hash = 0;
        for (int bit = 0; bit < 64; bit++) if (votes[bit] > 0) hash |= 1L << bit;
        return hash;
    }


    /** FNV-1a, 64 bit: fast, well spread, and stable across JVMs (unlike String.hashCode widened). */
    static long fnv1a64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
