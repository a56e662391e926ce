package io.newsflow.ingest.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one ingest run did.
 *
 * @param inputs      files looked at
 * @param articles    articles produced
 * @param deadLetters dead letters produced, by reason code
 */
public record IngestReport(int inputs, int articles, Map<String, Integer> deadLetters) {
    public IngestReport {
        deadLetters = Map.copyOf(deadLetters);
    }

    public int deadLetterCount() {
        return deadLetters.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
        return inputs + " inputs: " + articles + " articles, " + deadLetterCount() + " dead letters"
                + (deadLetters.isEmpty() ? "" : " " + new TreeMap<>(deadLetters));
    }
}
