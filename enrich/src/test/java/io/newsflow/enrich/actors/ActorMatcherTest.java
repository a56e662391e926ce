package io.newsflow.enrich.actors;

import io.newsflow.schemas.Actor;
import io.newsflow.schemas.Mention;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorMatcherTest {
    static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.bundled());

    static List<String> names(String text) {
        return MATCHER.find(text).stream().map(Actor::getName).toList();
    }

    @Test
    void findsCountriesAndPeopleInOrderOfFirstMention() {
        assertThat(names("In a phone call, Putin, Russia's President, wished Armenia's Prime Minister, Nikol Pashinyan, a happy birthday."))
                .containsExactly("Vladimir Putin", "Russia", "Armenia", "Nikol Pashinyan");
    }

    @Test
    void recordsEveryMentionWithOffsetsAndSurfaceForm() {
        String text = "Nikol Pashinyan spoke. Later Pashinyan left.";
        Actor pashinyan = MATCHER.find(text).getFirst();

        assertThat(pashinyan.getId()).isEqualTo("nf:person/nikol-pashinyan");
        assertThat(pashinyan.getKind()).isEqualTo("person");
        assertThat(pashinyan.getCountryCode()).isEqualTo("ARM");
        assertThat(pashinyan.getSector()).isEqualTo("GOV");
        assertThat(pashinyan.getMentions()).containsExactly(new Mention(0, 15, "Nikol Pashinyan"), new Mention(29, 38, "Pashinyan"));
    }

    @Test
    void russianInflectedFormsResolveToTheSameActor() {
        assertThat(names("Лавров провёл переговоры с Пашиняном в Ереване; Москва и Армения обсудили ОДКБ."))
                .containsExactly("Sergey Lavrov", "Nikol Pashinyan", "Yerevan", "Moscow", "Armenia",
                        "Collective Security Treaty Organization");
        assertThat(names("визит Лаврова в Армению")).containsExactly("Sergey Lavrov", "Armenia");
    }

    @Test
    void armenianCaseEndingsResolve() {
        assertThat(names("Փաշինյանը Երևանում հանդիպեց Լավրովի հետ")).containsExactly("Nikol Pashinyan", "Yerevan", "Sergey Lavrov");
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertThat(names("Let us talk to the US and the UN about the CSTO.")).containsExactly("United States", "United Nations",
                "Collective Security Treaty Organization");
    }

    @Test
    void theLongestAliasWins() {
        assertThat(names("Russian 102nd Military Base in Gyumri")).containsExactly("Russian 102nd Military Base", "Gyumri");
    }

    @Test
    void aDictionaryWithADuplicateIdIsRejected() {
        String yaml = "actors:\n  - {id: X1, name: A, kind: person}\n  - {id: X1, name: B, kind: person}\n";
        assertThatThrownBy(() -> ActorDictionary.parse(yaml.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("X1 appears twice");
    }

    @Test
    void anUnknownKindIsRejectedWithTheActorsId() {
        String yaml = "actors:\n  - {id: X2, name: A, kind: planet}\n";
        assertThatThrownBy(() -> ActorDictionary.parse(yaml.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("X2").hasMessageContaining("planet");
    }
}
