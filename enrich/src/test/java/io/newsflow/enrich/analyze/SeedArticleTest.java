package io.newsflow.enrich.analyze;

import io.newsflow.devstack.SharedData;
import io.newsflow.enrich.events.EventCoder;
import io.newsflow.schemas.Actor;
import io.newsflow.schemas.DatePrecision;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.EventType;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's seed article (../shared/seed): the actors and the events the issues ask for (and the doubtful ones). */
class SeedArticleTest {
    /** Every event, in text order; which of them are confident is the calibrated model's call (checked below). */
    static final List<String> EXPECTED = List.of(
            "CONSULT Vladimir Putin -> Nikol Pashinyan",
            "CONSULT Sergey Lavrov -> President of Armenia",
            "ASSAULT Azerbaijan -> Nagorno-Karabakh",
            "ACCUSE Armenia -> Russia",
            "REJECT Russia -> Armenia",
            "SANCTION Nikol Pashinyan -> Collective Security Treaty Organization",
            "SANCTION Armenia -> Collective Security Treaty Organization",
            "CONSULT Russia -> Armenia",
            "CONSULT Sergey Lavrov -> Armenia",
            // "…, emphasizing the historical bond … and pledging to find solutions to Armenia's security concerns": the
            // second participle shares the first's clause, whose subject is Lavrov
            "AGREE Sergey Lavrov -> Armenia",
            "SUPPORT Sergey Lavrov -> Nikol Pashinyan",
            // "He urged for regular communication … and strengthened Armenian involvement in the CSTO": names no one
            // asked, so the demand is aimed at the nearest actor of another country than Lavrov's (Targets.nearestNamed)
            "REQUEST Sergey Lavrov -> Armenia",
            "CONSULT Armenia -> Azerbaijan",
            "AID Russia -> Nagorno-Karabakh",
            "CONSULT Sergey Lavrov -> Nikol Pashinyan");

    static ArticleAnalyzer.Analysis analyzeSeed() throws Exception {
        String text = Files.readString(SharedData.require("seed/russia-armenia-alliance.txt"));
        return ArticleAnalyzer.bundled().analyze("seed", null, text, null);
    }

    @Test
    void actorsIncludeTheNamedOnesAndArmeniasPresidentAsARoleWithNoSpuriousPeople() throws Exception {
        List<Actor> actors = analyzeSeed().actors();

        assertThat(actors).extracting(Actor::getName).contains("Vladimir Putin", "Nikol Pashinyan", "Sergey Lavrov", "Russia",
                "Armenia", "Azerbaijan", "Collective Security Treaty Organization", "Yerevan", "Moscow", "Nagorno-Karabakh");
        assertThat(actors).filteredOn(a -> a.getKind().equals("person")).extracting(Actor::getId)
                .containsExactlyInAnyOrder("Q7747", "nf:person/nikol-pashinyan", "nf:person/sergey-lavrov", "nf:role/arm/president");
    }

    @Test
    void theEventsAreCodedWithoutSpuriousOnesAndTheDoubtfulOnesAreFlagged() throws Exception {
        List<Event> events = analyzeSeed().events();

        assertThat(events.stream().map(SeedArticleTest::coded)).containsExactlyElementsOf(EXPECTED);
        assertThat(events).allSatisfy(e -> assertThat(e.getConfident()).isEqualTo(e.getConfidence() >= EventCoder.CONFIDENT));
        assertThat(events.stream().filter(e -> !e.getConfident()).map(SeedArticleTest::coded))
                .as("the doubtful ones are among the least sure").contains("AID Russia -> Nagorno-Karabakh");
        assertThat(events).allSatisfy(e -> assertThat(e.getTarget() == null || !e.getTarget().getId().equals(e.getSource().getId()))
                .as("no actor on both sides: %s", coded(e)).isTrue());
        Event talks = events.stream().filter(e -> coded(e).equals("CONSULT Sergey Lavrov -> Armenia")).findFirst().orElseThrow();
        assertThat(talks.getLocation().getName()).isEqualTo("Yerevan");
        assertThat(talks.getDate()).hasToString("2025-05-01");
        assertThat(talks.getDatePrecision()).isEqualTo(DatePrecision.MONTH);
        Event funding = events.stream().filter(e -> coded(e).equals("SANCTION Armenia -> Collective Security Treaty Organization")).findFirst().orElseThrow();
        assertThat(funding.getDate()).hasToString("2024-02-01");
        Event takeover = events.stream().filter(e -> e.getType() == EventType.ASSAULT).findFirst().orElseThrow();
        assertThat(takeover.getDate()).hasToString("2023-01-01");
        assertThat(takeover.getDatePrecision()).isEqualTo(DatePrecision.YEAR);
    }

    static String coded(Event e) {
        return e.getType() + " " + e.getSource().getName() + " -> " + (e.getTarget() == null ? "-" : e.getTarget().getName());
    }
}
