package io.newsflow.enrich.events;

import io.newsflow.enrich.text.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DatelineTest {
    /** The text after the dateline of the sentence starting at {@code at} (the whole sentence when there is none). */
    private static String after(String text, int at) {
        Sentence s = new Sentence(0, at, text.length(), text.substring(at), List.of());
        return text.substring(Dateline.end(text, s));
    }

    @Test
    void aDatelineEndsAtItsColonOrDash() {
        assertThat(after("NEW DELHI: Pakistan's army said.", 0)).isEqualTo("Pakistan's army said.");
        assertThat(after("KATHMANDU, April 25 (Reuters) - Nepal's aviation authority said.", 0)).isEqualTo("Nepal's aviation authority said.");
        assertThat(after("LA CROSSE, Wis. (AP) — After a summer of tumult.", 0)).isEqualTo("After a summer of tumult.");
        assertThat(after("MEXICO CITY (AP) — Mexico's economy grew.", 0)).isEqualTo("Mexico's economy grew.");
        assertThat(after("ЕРЕВАН, 3 марта — Пашинян заявил.", 0)).isEqualTo("Пашинян заявил.");
        assertThat(after("Title\n\nMOSCOW — Russia said.", 7)).isEqualTo("Russia said.");
    }

    @Test
    void noDatelineWithoutCapitalsAndASeparatorAtAParagraphsStart() {
        assertThat(after("EU: Russia must pay.", 0)).isEqualTo("EU: Russia must pay.");            // two capitals: an acronym
        assertThat(after("Moscow — Russia said.", 0)).isEqualTo("Moscow — Russia said.");          // not in capitals
        assertThat(after("US-RUSSIA talks ended.", 0)).isEqualTo("US-RUSSIA talks ended.");        // no separator
        assertThat(after("NATO-led troops - in Kosovo.", 0)).isEqualTo("NATO-led troops - in Kosovo.");
        assertThat(after("Talks. MOSCOW — Russia said.", 7)).isEqualTo("MOSCOW — Russia said.");   // mid-paragraph
        // a headline in capitals: its source after the dash, or more words than a place has
        assertThat(after("RUSSIA SAYS UKRAINE ATTACKED KURSK - TASS", 0)).isEqualTo("RUSSIA SAYS UKRAINE ATTACKED KURSK - TASS");
        assertThat(after("RUSSIA SAYS UKRAINE ATTACKED KURSK - Ukraine denies it.", 0))
                .isEqualTo("RUSSIA SAYS UKRAINE ATTACKED KURSK - Ukraine denies it.");
    }
}
