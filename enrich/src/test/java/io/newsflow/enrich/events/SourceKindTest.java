package io.newsflow.enrich.events;

import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.actors.ActorResolver;
import io.newsflow.enrich.actors.UnknownActors;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The kind of an event's source, from the actor's id: the dictionary's kinds and the provisional actors'. */
class SourceKindTest {
    private static final ActorDictionary DICTIONARY = EvidenceTest.DICTIONARY;

    @Test
    void aDictionaryActorHasItsEntrysKind() {
        assertThat(SourceKind.of("nf:person/nikol-pashinyan", DICTIONARY)).isEqualTo(SourceKind.PERSON);
        assertThat(SourceKind.of("Q399", DICTIONARY)).as("Armenia").isEqualTo(SourceKind.COUNTRY);
        assertThat(SourceKind.of("nf:place/nagorno-karabakh", DICTIONARY)).isEqualTo(SourceKind.PLACE);
        assertThat(SourceKind.of("nf:org/kremlin", DICTIONARY)).isEqualTo(SourceKind.ORGANISATION);
        assertThat(SourceKind.of("nf:org/no-such-body", DICTIONARY)).as("an id of no known form weighs nothing").isNull();
    }

    @Test
    void aProvisionalActorHasTheKindItsIdSays() {
        assertThat(SourceKind.of("nf:unknown/name/sargsyan", DICTIONARY)).isEqualTo(SourceKind.NAME);
        assertThat(SourceKind.of("nf:unknown/person/levan-davitashvili", DICTIONARY)).isEqualTo(SourceKind.UNKNOWN_PERSON);
        assertThat(SourceKind.of("nf:unknown/organisation/civil-contract-party", DICTIONARY)).isEqualTo(SourceKind.UNKNOWN_ORGANISATION);
        assertThat(SourceKind.of("nf:group/arm/opp/protesters", DICTIONARY)).isEqualTo(SourceKind.GROUP);
        assertThat(SourceKind.of("nf:role/arm/president", DICTIONARY)).isEqualTo(SourceKind.ROLE);
        assertThat(SourceKind.of(ActorResolver.OWN_BODY_PREFIX + "arm/foreign-ministry", DICTIONARY)).as("a body made up for a state")
                .isEqualTo(SourceKind.ORGANISATION);
        assertThat(SourceKind.of((io.newsflow.schemas.EventActor) null, DICTIONARY)).as("no source").isNull();
    }

    @Test
    void onlyTheUnknownActorsOwnIdsSayTheirKind() {
        assertThat(UnknownActors.kindOf("nf:unknown/person/levan-davitashvili")).contains("person");
        assertThat(UnknownActors.kindOf("nf:unknown/organisation/x-party")).contains("organisation");
        assertThat(UnknownActors.kindOf("nf:unknown/name/sargsyan")).as("a name of no known kind").isEmpty();
        assertThat(UnknownActors.kindOf("nf:person/nikol-pashinyan")).isEmpty();
        assertThat(ActorResolver.isRole("nf:role/arm/president")).isTrue();
        assertThat(ActorResolver.isRole("nf:person/nikol-pashinyan")).isFalse();
    }

    @Test
    void theCodedSourcesKindIsTheOneItsConfidenceWeighs() {
        Confidence model = Confidence.bundled();
        for (var example : List.of(
                new Object[]{"Protesters in Yerevan accused the government of betraying Karabakh.", SourceKind.GROUP},
                new Object[]{"Moscow accused Yerevan of betraying its allies.", SourceKind.COUNTRY}, // a capital is its state
                new Object[]{"Nikol Pashinyan accused Moscow of failing its allies.", SourceKind.PERSON})) {
            List<EventCoder.Coded> coded = ConfidenceFit.explain(EvidenceTest.CODER, EvidenceTest.RESOLVER, (String) example[0], null);
            assertThat(coded).as((String) example[0]).isNotEmpty();
            EventCoder.Coded c = coded.getFirst();
            assertThat(ConfidenceFit.sourceKind(c, DICTIONARY)).as((String) example[0]).isEqualTo(example[1]);
            assertThat(c.event().getConfidence()).as((String) example[0])
                    .isEqualTo(model.of(c.evidence(), c.event().getType(), c.pattern(), (SourceKind) example[1]));
        }
    }
}
