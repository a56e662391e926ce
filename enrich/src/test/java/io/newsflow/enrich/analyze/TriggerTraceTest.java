package io.newsflow.enrich.analyze;

import io.newsflow.enrich.events.TriggerTrace;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code analyze --trace}: what became of every trigger word, and the same events as without the trace. */
class TriggerTraceTest {
    static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 11);

    private static List<String> fates(ArticleAnalyzer.Analysis analysis) {
        return analysis.triggers().stream().map(t -> t.text() + " " + t.type() + " " + t.fate().label()).toList();
    }

    @Test
    void everyTriggerHasTheStepThatStoppedItOrMadeItAnEvent() {
        String text = "Putin met Pashinyan in Moscow. The talks ended. Armenia was attacked overnight. Lavrov praised the plan. "
                + "Russia could attack Armenia. Armenia refused to sign the declaration, and Yerevan has refused to host drills. "
                + "Putin met Pashinyan in Moscow again.";
        ArticleAnalyzer analyzer = ArticleAnalyzer.bundled();

        ArticleAnalyzer.Analysis traced = analyzer.analyze("t", null, text, PUBLISHED, "en", true);

        assertThat(fates(traced)).containsExactly(
                "met CONSULT event",
                "talks CONSULT no-actor",               // nobody named in the sentence
                "attacked ASSAULT no-source",           // a passive without its agent
                "praised SUPPORT no-target",            // a half event: the text has whole ones
                "attack ASSAULT did-not-happen",        // "could": hypothetical
                "refused REJECT event",
                "sign the declaration AGREE clause-coded", // the refusal is the clause's act
                "refused REJECT merged",                // Yerevan is Armenia: the same act in the sentence
                "host CONSULT clause-coded",
                "met CONSULT repeated");                // the same meeting again
        TriggerTrace first = traced.triggers().getFirst();
        assertThat(text.substring(first.start(), first.end())).isEqualTo("met");
        assertThat(traced.events()).isEqualTo(analyzer.analyze("t", null, text, PUBLISHED, "en").events());
        assertThat(analyzer.analyze("t", null, text, PUBLISHED, "en").triggers()).isEmpty();
    }

    /** A half event is reported when the text has no whole one: its trigger is then an event. */
    @Test
    void aHalfEventAloneIsAnEvent() {
        ArticleAnalyzer.Analysis traced = ArticleAnalyzer.bundled().analyze("t", null, "Lavrov praised the plan.", PUBLISHED, "en", true);

        assertThat(traced.events()).hasSize(1);
        assertThat(fates(traced)).containsExactly("praised SUPPORT event");
    }
}
