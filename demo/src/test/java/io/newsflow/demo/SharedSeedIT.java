package io.newsflow.demo;

import io.newsflow.app.config.ConfigLoader;
import io.newsflow.devstack.SharedData;
import io.newsflow.index.search.ArticleHit;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's seed article ({@code seed/russia-armenia-alliance.txt} in the shared data, see {@link SharedData})
 * through the whole pipeline. Skipped where the file is absent (a user's clone).
 */
class SharedSeedIT {

    static Path seed() {
        return SharedData.require("seed/russia-armenia-alliance.txt");
    }

    @Test
    void theSeedArticleIsFoundWithItsActors() throws Exception {
        Path seed = seed();

        DemoSummary summary;
        try (Demo demo = new Demo(new PrintStream(OutputStream.nullOutputStream()), ConfigLoader.defaultsOnly())) {
            summary = demo.run(List.of(seed));
        }

        assertThat(summary.indexed()).isEqualTo(1);
        List<ArticleHit> hits = summary.searches().get(Demo.SEARCHES.get(0));
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.title()).isEqualTo("Russia and Armenia: A Tumultuous Yet Persistent Alliance");
            assertThat(hit.actorNames()).contains("Russia", "Armenia", "Vladimir Putin", "Nikol Pashinyan", "Sergey Lavrov",
                    "Azerbaijan", "Nagorno-Karabakh", "Collective Security Treaty Organization", "Yerevan", "Moscow");
        });
    }
}
