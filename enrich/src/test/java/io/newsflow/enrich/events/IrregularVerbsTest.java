package io.newsflow.enrich.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed {@code irregular-verbs-en.txt} is what {@link IrregularVerbsExtractor} makes from WordNet. */
class IrregularVerbsTest {
    @Test
    void theCommittedListIsWhatTheExtractorWrites() throws IOException {
        try (InputStream in = EventLexicon.class.getResourceAsStream("irregular-verbs-en.txt")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .as("regenerate with ./mvnw -q -B -pl enrich -am test-compile -Pirregular-verbs")
                    .isEqualTo(IrregularVerbsExtractor.render());
        }
    }

    @Test
    void pastFormsAreInAndFormsUsedAsNounsAreNot() throws IOException {
        assertThat(IrregularVerbsExtractor.words()).contains("said", "told", "held", "struck", "sent", "met", "took")
                .doesNotContain("shot", "left", "thought", "ground")   // nouns in use
                .doesNotContain("led", "fled", "says")                 // -ed and -s forms: verbs by their ending already
                .allMatch(w -> w.matches("[a-z]+"));
    }
}
