package io.newsflow.ingest.state;

import io.newsflow.schemas.NearDuplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Near-duplicate lookup over the SimHashes of the most recent {@value #CAPACITY} articles (older ones age out: a
 * syndicated copy appears within days). A linear scan of bit counts: about a millisecond per look-up at capacity,
 * far below one polite fetch.
 */
final class SimHashIndex {
    static final int CAPACITY = 200_000;

    private final long[] hashes = new long[CAPACITY];
    private final List<SeenUrl> owners = new ArrayList<>();
    private int next;
    private int size;

    synchronized void add(long simhash, SeenUrl owner) {
        hashes[next] = simhash;
        if (owners.size() < CAPACITY) owners.add(owner);
        else owners.set(next, owner);
        next = (next + 1) % CAPACITY;
        size = Math.min(size + 1, CAPACITY);
    }

    synchronized Optional<SeenUrl> near(long simhash, int maxBits) {
        for (int i = 0; i < size; i++) {
            if (NearDuplicates.distance(hashes[i], simhash) <= maxBits) return Optional.of(owners.get(i));
        }
        return Optional.empty();
    }
}
