package io.newsflow.enrich.events;

import io.newsflow.enrich.actors.ActorDictionary;
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
        assertThat(SourceKind.of("nf:capital/usa", DICTIONARY)).as("Washington").isEqualTo(SourceKind.PLACE);
        assertThat(SourceKind.of("nf:org/kremlin", DICTIONARY)).isEqualTo(SourceKind.ORGANISATION);
    }

    @Test
    void aProvisionalActorHasTheKindItsIdSays() {
        assertThat(SourceKind.of("nf:unknown/name/sargsyan", DICTIONARY)).isEqualTo(SourceKind.NAME);
        assertThat(SourceKind.of("nf:unknown/person/levan-davitashvili", DICTIONARY)).isEqualTo(SourceKind.UNKNOWN_PERSON);
        assertThat(SourceKind.of("nf:unknown/organisation/civil-contract-party", DICTIONARY)).isEqualTo(SourceKind.UNKNOWN_ORGANISATION);
        assertThat(SourceKind.of("nf:group/arm/opp/protesters", DICTIONARY)).isEqualTo(SourceKind.GROUP);
        assertThat(SourceKind.of("nf:role/arm/president", DICTIONARY)).isEqualTo(SourceKind.ROLE);
        assertThat(SourceKind.of("nf:org/own/arm/foreign-ministry", DICTIONARY)).as("a body made up for a state").isEqualTo(SourceKind.ORGANISATION);
    }

    @Test
    void theCodedSourcesKindIsTheOneItsConfidenceWeighs() {
        List<EventCoder.Coded> coded = ConfidenceFit.explain(EvidenceTest.CODER, EvidenceTest.RESOLVER,
                "Protesters in Yerevan accused the government of betraying Karabakh.", null);
        assertThat(coded).isNotEmpty();
        assertThat(ConfidenceFit.sourceKind(coded.getFirst(), DICTIONARY)).isEqualTo(SourceKind.GROUP);
    }
}
