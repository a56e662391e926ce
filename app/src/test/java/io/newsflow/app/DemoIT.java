package io.newsflow.app;

import io.newsflow.app.config.ConfigLoader;
import io.newsflow.app.demo.Demo;
import io.newsflow.app.demo.DemoCorpus;
import io.newsflow.app.demo.DemoSummary;
import io.newsflow.index.search.ArticleHit;
import io.newsflow.index.search.TermCount;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole pipeline, end to end, on the real embedded broker and node: files → Kafka → Streams → Elasticsearch → search. */
class DemoIT {

    @Test
    void theDemoCorpusIsIngestedEnrichedIndexedAndFound() throws Exception {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        DemoSummary summary;
        try (Demo demo = new Demo(new PrintStream(progress, true, StandardCharsets.UTF_8), ConfigLoader.defaultsOnly())) {
            summary = demo.run(List.of());
        }

        int articles = DemoCorpus.names().size();
        assertThat(summary.ingest().articles()).isEqualTo(articles);
        assertThat(summary.ingest().deadLetterCount()).isZero();
        assertThat(summary.indexed()).isEqualTo(articles);
        assertThat(summary.topActors()).extracting(TermCount::term).contains("Armenia", "Russia");

        List<ArticleHit> seedLike = summary.searches().get(Demo.SEARCHES.get(0));
        assertThat(seedLike).isNotEmpty();
        ArticleHit top = seedLike.getFirst();
        assertThat(top.title()).containsIgnoringCase("Putin");
        assertThat(top.actorNames()).contains("Russia", "Armenia", "Vladimir Putin", "Nikol Pashinyan");
        assertThat(top.highlights()).anySatisfy(h -> assertThat(h).contains("[["));

        List<ArticleHit> russian = summary.searches().get(Demo.SEARCHES.get(1));
        assertThat(russian).isNotEmpty();
        assertThat(russian.getFirst().title()).containsPattern("\\p{IsCyrillic}");
        assertThat(russian.getFirst().actorNames()).contains("Sergey Lavrov", "Yerevan");

        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("[1/5]", "[5/5]", "demo pipeline complete");
    }

    @Test
    void demoExitPrintsTheSummaryAndExitsZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = Newsflow.commandLine().execute("demo", "--exit");
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(StandardCharsets.UTF_8);

        assertThat(code).isZero();
        assertThat(printed).contains("== newsflow demo: summary ==", "search \"Putin Pashinyan phone call\"",
                "Vladimir Putin", "Nikol Pashinyan");
    }
}
