package io.newsflow.enrich.events;

import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.actors.ActorResolver;
import io.newsflow.enrich.actors.RolePhrases;
import io.newsflow.schemas.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The evidence the coder reports with an event: what the confidence model weighs ({@code confidence.yaml}). */
class EvidenceTest {
    static final ActorDictionary DICTIONARY = ActorDictionary.bundled();
    static final ActorResolver RESOLVER = new ActorResolver(DICTIONARY, RolePhrases.bundled());
    static final EventCoder CODER = EventCoder.bundled(DICTIONARY);

    static Set<Evidence> evidenceOf(String text, EventType type) {
        List<EventCoder.Coded> coded = ConfidenceFit.explain(CODER, RESOLVER, text, null);
        return coded.stream().filter(c -> c.event().getType() == type).findFirst().orElseThrow().evidence();
    }

    @Test
    void aPersonAsTargetAndASideOfTheSourcesOwnState() {
        assertThat(evidenceOf("Russia accused Nikol Pashinyan of betrayal.", EventType.ACCUSE)).contains(Evidence.PERSON_TARGET)
                .doesNotContain(Evidence.SAME_STATE);
        assertThat(evidenceOf("Nikol Pashinyan accused Armenia's Catholicos Garegin II of plotting a coup.", EventType.ACCUSE))
                .contains(Evidence.SAME_STATE);
        assertThat(evidenceOf("Russia accused Armenia of betrayal.", EventType.ACCUSE))
                .doesNotContain(Evidence.PERSON_TARGET, Evidence.SAME_STATE);
    }

    @Test
    void anEventWithNoTargetSaysSo() {
        assertThat(evidenceOf("Moscow condemned the drills.", EventType.ACCUSE)).contains(Evidence.NO_TARGET);
        assertThat(evidenceOf("Moscow condemned Armenia's drills.", EventType.ACCUSE)).doesNotContain(Evidence.NO_TARGET);
        // a target inferred, not named: talks in Yerevan are hosted by Armenia
        assertThat(evidenceOf("Lavrov held talks in Yerevan.", EventType.CONSULT)).doesNotContain(Evidence.NO_TARGET);
    }

    @Test
    void aSideFarFromItsTriggerIsMarked() {
        assertThat(evidenceOf("Russia accused Armenia of betrayal.", EventType.ACCUSE)).doesNotContain(Evidence.FAR_SOURCE, Evidence.FAR_TARGET);
        assertThat(evidenceOf("Russia, which has kept a military base in the country for three decades and more, accused Armenia"
                + " of betrayal.", EventType.ACCUSE)).contains(Evidence.FAR_SOURCE).doesNotContain(Evidence.FAR_TARGET);
    }

    @Test
    void aRussianVerbInThePresentTenseIsAVerbAndANounEndingAlikeIsNot() {
        assertThat(evidenceOf("Москва обвиняет Ереван в провокациях.", EventType.ACCUSE)).contains(Evidence.VERB);
        // guards against a pattern too broad: the trigger here is the noun "переговорам" after a present-tense verb, and
        // "визит" ends in "-ит" after a consonant, as the present tense's "-ит" is left out for
        assertThat(evidenceOf("Армения и Азербайджан готовятся к переговорам.", EventType.CONSULT)).doesNotContain(Evidence.VERB);
        assertThat(evidenceOf("Визит Лаврова в Ереван начался в понедельник.", EventType.CONSULT)).doesNotContain(Evidence.VERB);
    }

    @Test
    void anActInTheHeadlineIsMarked() {
        // the headline: a first line without sentence punctuation, a blank line after it (the lead tells another act)
        assertThat(evidenceOf("Kazakhstan protests to Kyiv over oil terminal strike\n\nAstana summoned Ukraine's ambassador on Monday.",
                EventType.ACCUSE)).contains(Evidence.HEADLINE); // a government's protest is a complaint
        assertThat(evidenceOf("Armenian opposition supporters rally outside Russian embassy\n\nRussia accused Armenia of betrayal.",
                EventType.ACCUSE)).doesNotContain(Evidence.HEADLINE);
        assertThat(evidenceOf("Kazakhstan protested to Kyiv over the strike.", EventType.ACCUSE)).doesNotContain(Evidence.HEADLINE);
    }

    @Test
    void anActInASubordinateOrRelativeClauseIsMarked() {
        assertThat(evidenceOf("Azerbaijan closed the road after Armenia accused Baku of shelling.", EventType.ACCUSE))
                .contains(Evidence.SUBORDINATE);
        assertThat(evidenceOf("Lavrov praised Baku, which signed a deal with Moscow.", EventType.AGREE)).contains(Evidence.SUBORDINATE);
        assertThat(evidenceOf("Armenia accused Baku of shelling after the talks.", EventType.ACCUSE)).doesNotContain(Evidence.SUBORDINATE);
    }
}
