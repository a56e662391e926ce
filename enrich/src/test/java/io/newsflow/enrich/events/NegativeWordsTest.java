package io.newsflow.enrich.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed {@code negative-words-en.txt} is what {@link NegativeWordsExtractor} makes from the VADER lexicon. */
class NegativeWordsTest {
    @Test
    void theCommittedListIsWhatTheExtractorWrites() throws IOException {
        GeneratedWordList.assertCommitted("negative-words-en.txt", NegativeWordsExtractor.render(), "negative-words");
    }

    @Test
    void judgementsAreInTopicsAndMildWordsAreNot() throws IOException {
        assertThat(NegativeWordsExtractor.words()).contains("illegal", "reckless", "sabotage", "betrayal", "shameful", "unfair")
                .doesNotContain("war", "emergency", "crisis")   // topics (NegativeWordsExtractor.TOPICS)
                .doesNotContain("pressure", "aggression")      // valence above -1.5
                .allMatch(w -> w.matches("[a-z]{3,}"));
    }
}
