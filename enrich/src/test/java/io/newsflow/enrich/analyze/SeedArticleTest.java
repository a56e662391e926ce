package io.newsflow.enrich.analyze;

import io.newsflow.schemas.Actor;
import io.newsflow.schemas.Event;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's seed article (../shared/seed): the actors and the twelve events the issues ask for. */
class SeedArticleTest {
    static final List<String> EXPECTED = List.of(
            "CONSULT Vladimir Putin -> Nikol Pashinyan",
            "CONSULT Sergey Lavrov -> President of Armenia",
            "ASSAULT Azerbaijan -> Nagorno-Karabakh",
            "ACCUSE Armenia -> Russia",
            "REJECT Russia -> Armenia",
            "SANCTION Nikol Pashinyan -> Collective Security Treaty Organization",
            "SANCTION Armenia -> Collective Security Treaty Organization",
            "CONSULT Sergey Lavrov -> Armenia",
            "SUPPORT Sergey Lavrov -> Nikol Pashinyan",
            "REQUEST Sergey Lavrov -> Armenia",
            "CONSULT Armenia -> Azerbaijan",
            "AID Russia -> Nagorno-Karabakh");

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
    void theTwelveEventsAreCodedWithoutSpuriousOnes() throws Exception {
        List<Event> events = analyzeSeed().events();
        List<String> coded = events.stream().map(e -> e.getType() + " " + e.getSource().getName() + " -> "
                + (e.getTarget() == null ? "-" : e.getTarget().getName())).toList();

        assertThat(coded).containsExactlyElementsOf(EXPECTED);
        Event talks = events.get(7);
        assertThat(talks.getLocation().getName()).isEqualTo("Yerevan");
        assertThat(talks.getDate()).hasToString("2025-05-01");
        assertThat(events.get(6).getDate()).hasToString("2024-02-01");
        assertThat(events.get(2).getDate()).hasToString("2023-01-01");
    }
}
