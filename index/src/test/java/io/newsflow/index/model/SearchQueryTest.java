package io.newsflow.index.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchQueryTest {

    @Test
    void normalisesTypeLanguageAndBlanks() {
        SearchQuery q = new SearchQuery("  talks ", " ", "consult", null, null, " RU ", null, 5);
        assertThat(q.text()).isEqualTo("talks");
        assertThat(q.actor()).isNull();
        assertThat(q.type()).isEqualTo("CONSULT");
        assertThat(q.language()).isEqualTo("ru");
    }

    @Test
    void rejectsUnknownTypesReversedDatesAndBadSizes() {
        assertThatThrownBy(() -> new SearchQuery("", null, "HUG", null, null, null, null, 5))
                .hasMessageContaining("unknown event type 'HUG'").hasMessageContaining("SANCTION");
        assertThatThrownBy(() -> new SearchQuery("", null, null, LocalDate.parse("2025-06-02"), LocalDate.parse("2025-06-01"), null, null, 5))
                .hasMessageContaining("before");
        assertThatThrownBy(() -> SearchQuery.text("x", 0)).hasMessageContaining("size");
    }
}
