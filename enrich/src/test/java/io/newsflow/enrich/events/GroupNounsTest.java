package io.newsflow.enrich.events;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.newsflow.enrich.events.EventCoderTest.events;
import static org.assertj.core.api.Assertions.assertThat;

/** Groups named by a sector noun alone take part in events as any named actor does ({@link GroupNouns}). */
class GroupNounsTest {
    /** "TYPE source(code/sector) -> target(code/sector)" of each event. */
    static java.util.List<String> sides(String text) {
        return events(text, LocalDate.of(2024, 5, 6)).stream().map(e -> e.getType() + " " + e.getSource().getName() + "("
                + e.getSource().getCountryCode() + "/" + e.getSource().getSector() + ") -> " + (e.getTarget() == null ? "-"
                : e.getTarget().getName() + "(" + e.getTarget().getCountryCode() + "/" + e.getTarget().getSector() + ")")).toList();
    }

    @Test
    void aGroupNounActsAndUndergoesWithTheCountryOfItsClause() {
        assertThat(sides("Riot police detained dozens of demonstrators in Chisinau on Sunday."))
                .containsExactly("COERCE Riot police(MDA/COP) -> demonstrators(MDA/CVL)");
        // one actor per country in the pair counts and dashboards, which key on ids
        assertThat(events("Riot police detained dozens of demonstrators in Chisinau on Sunday.", LocalDate.of(2024, 5, 6)))
                .singleElement().satisfies(e -> assertThat(e.getSource().getId()).isEqualTo("nf:group/mda/cop/police"));
        assertThat(sides("Thousands of farmers marched through Bucharest on Monday against the new tax."))
                .singleElement().satisfies(s -> assertThat(s).startsWith("PROTEST farmers(ROU/CVL)"));
    }

    @Test
    void aNounOfANamedActorStaysThatActors() {
        // the demonym's soldiers, the alliance's envoys, the hyphenated "Kremlin-backed"
        assertThat(sides("Moldovan soldiers detained two smugglers near the border with Ukraine."))
                .allSatisfy(s -> assertThat(s).startsWith("COERCE Moldova(MDA/MIL)"));
        assertThat(sides("Kremlin-backed fighters shelled Kramatorsk overnight, Ukraine said."))
                .noneSatisfy(s -> assertThat(s).startsWith("ASSAULT fighters"));
    }

    @Test
    void singularBodiesWeaponsAndQualitiesAreNoGroups() {
        // "the court" is a body named before or resolved otherwise; drones are things; "security" a quality
        assertThat(sides("Moldova's Constitutional Court ruled on Monday. The court rejected the appeal of Ilan Shor."))
                .noneSatisfy(s -> assertThat(s).contains("court(MDA/JUD) ->"));
        assertThat(sides("Kyiv denied sending drones to Chisinau."))
                .noneSatisfy(s -> assertThat(s).contains("drones("));
    }
}
