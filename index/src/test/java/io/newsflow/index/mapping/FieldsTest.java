package io.newsflow.index.mapping;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class FieldsTest {
    @Test
    void aTextIsCopiedForStemmingInItsOwnLanguageOnly() {
        assertThat(Fields.stemmedCopies("en", "title", "Talks", "text", "Lavrov held talks"))
                .containsExactly(entry("title_en", "Talks"), entry("text_en", "Lavrov held talks"));
        assertThat(Fields.stemmedCopies("ru", "text", "о переговорах")).containsExactly(entry("text_ru", "о переговорах"));
        assertThat(Fields.stemmedCopies("hy", "text", "Փաշինյանի")).containsExactly(entry("text_hy", "Փաշինյանի"));
        assertThat(Fields.stemmedCopies("en-GB", "text", "talks")).containsExactly(entry("text_en", "talks"));
        assertThat(Fields.stemmedCopies("RU_ru", "text", "x")).containsOnlyKeys("text_ru");
    }

    @Test
    void anUnknownLanguageGetsEveryCopyAnotherLanguageNone() {
        assertThat(Fields.stemmedCopies(null, "text", "talks")).containsOnlyKeys("text_en", "text_ru", "text_hy");
        assertThat(Fields.stemmedCopies(" ", "text", "talks")).containsOnlyKeys("text_en", "text_ru", "text_hy");
        assertThat(Fields.stemmedCopies("de", "text", "Verhandlungen")).isEmpty();
        assertThat(Fields.stemmedCopies("en", "title", null, "text", "talks")).containsOnlyKeys("text_en");
    }

    @Test
    void queriesSearchTheFieldAndEveryCopyAndTheSourceLeavesTheCopiesOut() {
        assertThat(Fields.multilingual("title", "^2")).containsExactly("title^2", "title_en^2", "title_ru^2", "title_hy^2",
                "title.en^2", "title.ru^2", "title.hy^2"); // the last three: sub-fields of indexes created before
        assertThat(Fields.stemmedNames("title", "text"))
                .containsExactly("title_en", "title_ru", "title_hy", "text_en", "text_ru", "text_hy");
        assertThat(Fields.multilingualText("sentence")).containsOnlyKeys("sentence", "sentence_en", "sentence_ru", "sentence_hy");
        assertThat(Fields.multilingualText("sentence").get("sentence_ru").text().analyzer()).isEqualTo("russian");
        assertThat(Fields.multilingualText("sentence").get("sentence").text().analyzer()).isEqualTo("standard");
    }
}
