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
    void aGroupRightAfterTheActIsItsObjectWhenNoActorIs() {
        // rather than the state where it happens or the source's own state
        assertThat(sides("In Uzbekistan, Michelle Bachelet called on the authorities to hold an independent investigation."))
                .containsExactly("REQUEST Michelle Bachelet(IGO/GOV) -> authorities(UZB/GOV)");
        assertThat(sides("Pashinyan urged opposition parties to respect the vote."))
                .containsExactly("REQUEST Nikol Pashinyan(ARM/GOV) -> opposition parties(ARM/OPP)");
        // a named object still wins, and a group far from the act is no object of it
        assertThat(sides("Pashinyan urged Azerbaijan and opposition parties to respect the vote."))
                .singleElement().satisfies(s -> assertThat(s).contains("-> Azerbaijan(AZE/"));
    }

    @Test
    void statesNamedByAPluralAreAGroupOfNoCountryAndOnlyEverTheObject() {
        assertThat(sides("Ukrainian President Volodymyr Zelensky asked allies for more air defence systems."))
                .containsExactly("REQUEST Volodymyr Zelensky(UKR/GOV) -> allies(null/null)");
        assertThat(events("Kuleba thanked the countries that had voted for the resolution.", null)).singleElement()
                .satisfies(e -> assertThat(e.getTarget().getId()).isEqualTo("nf:group/states/countries"));
        // "backed by 143 countries": no one the event can name acts
        assertThat(sides("The resolution was backed by 143 countries on Thursday.")).isEmpty();
    }

    /** The group nouns {@link GroupNouns#addTo} finds in the text's first sentence, beside the actors the dictionary names. */
    static java.util.List<String> groups(String text) {
        java.util.List<io.newsflow.enrich.text.Token> tokens = io.newsflow.enrich.text.Tokenizer.tokenize(text);
        io.newsflow.enrich.text.Sentence sentence = io.newsflow.enrich.text.SentenceSplitter.split(text, tokens).getFirst();
        Participants participants = Participants.english(code -> null);
        java.util.List<Participant> people = participants.of(sentence, tokens,
                io.newsflow.enrich.actors.ActorResolver.bundled().resolve(text, tokens, null).mentions(), text);
        SentenceStructure st = SentenceStructure.of(text, tokens, sentence, FunctionWords.bundled().get("en"), true);
        return new GroupNouns(participants).addTo(people, st).stream().filter(p -> !people.contains(p))
                .map(p -> p.actor().name()).toList();
    }

    @Test
    void aNounOfANamedActorStaysThatActors() {
        // the demonym's soldiers, the ministry's officials, the hyphenated "Kremlin-backed": no group of their own
        assertThat(groups("Moldovan soldiers and riot police detained two smugglers near the border with Ukraine."))
                .containsExactly("police");
        assertThat(groups("The ministry's officials met as Kremlin-backed fighters shelled Kramatorsk and protesters gathered."))
                .containsExactly("protesters");
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
