package io.newsflow.app.analyze;

import io.newsflow.enrich.analyze.ArticleAnalyzer;
import io.newsflow.schemas.DatePrecision;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.EventActor;
import io.newsflow.schemas.EventType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisJsonTest {

    private static Event event(double confidence, LocalDate date, DatePrecision precision) {
        return Event.newBuilder().setId("e1").setType(EventType.ACCUSE).setMode(null)
                .setSource(EventActor.newBuilder().setId("Q399").setName("Armenia").setCountryCode("ARM").setSector(null).build())
                .setTarget(null).setDate(date).setDatePrecision(precision).setNegated(false)
                .setSentence("Armenia accused its neighbour.").setSentenceStart(0).setSentenceEnd(30)
                .setConfidence(confidence).setArticleId("a").build();
    }

    private static String json(Event e) {
        return AnalysisJson.document("a", new ArticleAnalyzer.Analysis(List.of(), List.of(e), List.of(), "en"), true);
    }

    @Test
    void eventsBelowTheThresholdArePrintedOnlyWhenAskedFor() {
        Event doubtful = Event.newBuilder(event(0.45, null, DatePrecision.UNKNOWN)).setConfident(false).build();
        var analysis = new ArticleAnalyzer.Analysis(List.of(), List.of(doubtful), List.of(), "en");

        assertThat(AnalysisJson.document("a", analysis, false)).contains("\"events\":[]");
        assertThat(AnalysisJson.document("a", analysis, true)).contains("\"confidence\":0.45,\"confident\":false");
    }

    @Test
    void eventLineWithRoundedConfidenceAndDateAsFarAsKnown() {
        assertThat(json(event(0.4 + 0.25 + 0.2, LocalDate.of(2024, 2, 1), DatePrecision.MONTH))).isEqualTo(
                "{\"id\":\"a\",\"language\":\"en\",\"actors\":[],\"quotes\":[],\"events\":[{\"id\":\"e1\",\"type\":\"ACCUSE\",\"mode\":null,"
                        + "\"source\":[{\"id\":\"Q399\",\"name\":\"Armenia\",\"code\":\"ARM\",\"sector\":null}],\"target\":[],"
                        + "\"date\":\"2024-02\",\"datePrecision\":\"MONTH\",\"negated\":false,\"modality\":null,\"confidence\":0.85,\"confident\":true,"
                        + "\"sentence\":\"Armenia accused its neighbour.\",\"start\":0,\"end\":30}]}");
    }

    @Test
    void confidenceHasTwoDecimals() {
        assertThat(0.4 + 0.25 + 0.2).isNotEqualTo(0.85);
        assertThat(AnalysisJson.confidence(0.4 + 0.25 + 0.2)).isEqualTo(0.85);
        assertThat(AnalysisJson.confidence(0.655)).isEqualTo(0.66);
        assertThat(AnalysisJson.confidence(1.0)).isEqualTo(1.0);
        assertThat(AnalysisJson.confidence(0.3 - 0.1 - 0.1)).isEqualTo(0.1);
    }

    @Test
    void dateHasItsPrecision() {
        LocalDate day = LocalDate.of(2024, 2, 3);
        assertThat(AnalysisJson.date(day, DatePrecision.DAY)).isEqualTo("2024-02-03");
        assertThat(AnalysisJson.date(LocalDate.of(2024, 2, 1), DatePrecision.MONTH)).isEqualTo("2024-02");
        assertThat(AnalysisJson.date(LocalDate.of(2024, 1, 1), DatePrecision.YEAR)).isEqualTo("2024");
        assertThat(AnalysisJson.date(null, DatePrecision.UNKNOWN)).isNull();
    }

    @Test
    void problemLine() {
        assertThat(AnalysisJson.problem("in.jsonl", 3, "no \"text\": the field is missing or null"))
                .isEqualTo("{\"input\":\"in.jsonl\",\"line\":3,\"error\":\"no \\\"text\\\": the field is missing or null\"}");
    }
}
