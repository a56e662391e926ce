package io.newsflow.enrich.events;

import io.newsflow.devstack.SharedData;
import io.newsflow.schemas.EventType;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The bundled confidence model: well formed, and the fit of the current coder (not a stale one). */
class ConfidenceModelTest {

    @Test
    void theModelLoadsAndItsThresholdSplitsTheScale() {
        Confidence model = Confidence.bundled();
        assertThat(model.threshold()).isBetween(0.3, 0.95);
        assertThat(EventCoder.CONFIDENT).isEqualTo(model.threshold());
        double plain = model.of(Set.of(Evidence.SUBJECT), EventType.ACCUSE, null, null);
        assertThat(model.of(Set.of(Evidence.SUBJECT, Evidence.OBJECT), EventType.ACCUSE, null, null))
                .as("a target found in the clause makes an event surer").isGreaterThan(plain);
        assertThat(plain).isBetween(0.0, 1.0);
    }

    @Test
    void aPatternsWeightMovesTheConfidenceOfItsEvents() {
        Confidence model = Confidence.bundled();
        assertThat(model.patterns()).as("the fit weighs the frequent lexicon patterns").hasSizeGreaterThan(50);
        Set<Evidence> found = Set.of(Evidence.SUBJECT, Evidence.OBJECT);
        var weakest = model.patterns().entrySet().stream().min(java.util.Map.Entry.comparingByValue()).orElseThrow();
        var surest = model.patterns().entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow();
        assertThat(model.of(found, EventType.ACCUSE, weakest.getKey(), null)).isLessThan(model.of(found, EventType.ACCUSE, null, null));
        assertThat(model.of(found, EventType.ACCUSE, surest.getKey(), null)).isGreaterThan(model.of(found, EventType.ACCUSE, null, null));
        assertThat(model.of(found, EventType.ACCUSE, "a pattern no lexicon has", null)).isEqualTo(model.of(found, EventType.ACCUSE, null, null));
    }

    @Test
    void everyWeighedPatternIsALexiconsPattern() { // a pattern edited in its lexicon loses its weight: refit
        Set<String> written = new java.util.HashSet<>(Set.of(ReportedWrongs.MODE));
        for (String language : List.of("en", "ru", "hy")) written.addAll(EventLexicon.bundled(language).patterns());
        assertThat(written).containsAll(Confidence.bundled().patterns().keySet());
    }

    @Test
    void anEventsConfidenceWeighsTheEvidenceTypePatternAndSourceItWasCodedWith() {
        List<EventCoder.Coded> coded = ConfidenceFit.explain(EvidenceTest.CODER, EvidenceTest.RESOLVER, "Russia accused Armenia of betrayal.", null);
        assertThat(coded).singleElement().satisfies(c -> {
            Confidence model = Confidence.bundled();
            assertThat(model.patterns()).containsKey(c.pattern());
            SourceKind source = ConfidenceFit.sourceKind(c, EvidenceTest.DICTIONARY);
            assertThat(source).isEqualTo(SourceKind.COUNTRY);
            assertThat(c.event().getConfidence()).isEqualTo(model.of(c.evidence(), c.event().getType(), c.pattern(), source));
            // both weigh (compared as weights: near 1 two confidences can round alike, 0.94 with or without one)
            assertThat(model.patterns().get(c.pattern())).isNotZero();
            assertThat(model.sources().getOrDefault(source, 0.0)).isNotZero();
        });
    }

    @Test
    void theCommittedModelIsTheFitOfTheCurrentCoder() throws Exception {
        Path shared = SharedData.root();
        assumeTrue(Files.isDirectory(shared.resolve("datasets/events-news-dev")), "dev sets not present at " + shared);
        String committed;
        try (InputStream in = Confidence.class.getResourceAsStream(Confidence.FILE)) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(ConfidenceFit.model(shared))
                .as("the coder changed since confidence.yaml was fitted: ./mvnw -B -q -pl enrich -am test-compile -Pconfidence-fit")
                .isEqualTo(committed);
    }
}
