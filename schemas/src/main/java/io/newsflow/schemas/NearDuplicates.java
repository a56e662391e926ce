package io.newsflow.schemas;

/**
 * What the {@code simhash} fields of the records mean for every stage: two texts whose 64-bit SimHashes differ in at most
 * {@value #MAX_BITS} bits are near-duplicates (a syndicated copy, a lightly edited re-publication). Ingest marks them,
 * enrich links them into one story; both use this one definition.
 */
public final class NearDuplicates {
    /** Hamming distance at or below which two texts count as near-duplicates. */
    public static final int MAX_BITS = 3;

    private NearDuplicates() {}

    /** Number of bits in which the two hashes differ. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    public static boolean near(long a, long b) {
        return distance(a, b) <= MAX_BITS;
    }
}
