package io.newsflow.enrich.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed {@code irregular-verbs-en.txt} is what {@link IrregularVerbsExtractor} makes from WordNet. */
class IrregularVerbsTest {
    @Test
    void theCommittedListIsWhatTheExtractorWrites() throws IOException {
        GeneratedWordList.assertCommitted("irregular-verbs-en.txt", IrregularVerbsExtractor.render(), "irregular-verbs");
    }

    @Test
    void pastFormsAreInAndFormsUsedAsNounsAreNot() throws IOException {
        assertThat(IrregularVerbsExtractor.words()).contains("said", "told", "held", "struck", "sent", "met", "took")
                .doesNotContain("shot", "left", "thought", "ground")   // nouns in use
                .doesNotContain("led", "fled", "says")                 // -ed and -s forms: verbs by their ending already
                .allMatch(w -> w.matches("[a-z]+"));
    }
}
