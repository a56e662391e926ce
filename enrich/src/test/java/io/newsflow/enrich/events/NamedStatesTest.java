package io.newsflow.enrich.events;

import io.newsflow.enrich.actors.ActorEntry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NamedStatesTest {
    private static ActorEntry country(String code) {
        return new ActorEntry("c/" + code, code, "country", code, "GOV", Map.of(), List.of(), null);
    }

    /** Feeds one sentence's mentions, each a state code at its place in {@code text} (the codes are the words). */
    private static void sentence(NamedStates states, String text) {
        for (String word : text.split("[^A-Z]+")) {
            if (word.length() != 3) continue;
            int at = text.indexOf(word);
            states.add(country(word), text, at, at + 3);
        }
        states.endSentence();
    }

    @Test
    void aGroupIsTheLastListOfAsManyStates() {
        NamedStates states = new NamedStates();
        sentence(states, "Ships from IRN, RUS and CHN drilled in OMN waters");
        sentence(states, "Officers from AZE, KAZ, PAK and ZAF watched, said IRN");
        assertThat(states.forGroup(3, List.of())).containsExactly("CHN", "RUS", "IRN");
        assertThat(states.forGroup(4, List.of())).containsExactly("ZAF", "PAK", "KAZ", "AZE");
    }

    @Test
    void withNoSuchListTheSentenceThatNamedAsManyThenTheLatestNamed() {
        NamedStates states = new NamedStates();
        sentence(states, "RUS hosted AZE with ARM");
        sentence(states, "Later GEO spoke");
        assertThat(states.forGroup(3, List.of())).containsExactly("ARM", "AZE", "RUS");
        assertThat(states.forGroup(5, List.of())).containsExactly("GEO", "ARM", "AZE", "RUS");
        // the sentence's own states before the count come first when they are as many
        assertThat(states.forGroup(3, List.of(country("USA"), country("FRA"), country("DEU")))).containsExactly("DEU", "FRA", "USA");
    }

    @Test
    void fewerThanTwoStatesAndNonStatesMakeNoGroup() {
        NamedStates states = new NamedStates();
        states.add(new ActorEntry("o/un", "United Nations", "organisation", ActorEntry.IGO, "IGO", Map.of(), List.of(), null), "UN", 0, 2);
        states.add(new ActorEntry("p/tbs", "Tbilisi", "place", "GEO", null, Map.of(), List.of(), null), "UN, Tbilisi", 4, 11);
        states.add(country("ARM"), "UN, Tbilisi, ARM", 13, 16);
        states.endSentence();
        assertThat(states.forGroup(2, List.of())).isEmpty();
    }
}
