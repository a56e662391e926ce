package io.newsflow.ingest.files;

import org.junit.jupiter.api.Test;
import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.schemas.HostileInput;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz (bounded tries, seeded: HostileInput.forAll): broken pages and random bytes, as {@code newsflow ingest -} and web ingest read them,
 * become an article with text or one refusal with a dead-letter reason, and never hang. An extractor exception caught
 * as {@code UNPARSABLE} is accounted for in production, but here it is a defect to fix, so the property fails on it.
 */
class HtmlFuzzTest {
    static final String PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Railway talks | Herald</title>
            <link rel="canonical" href="https://herald.example.org/news/railway"><meta property="article:published_time" content="2026-03-03T05:30:00Z">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Railway talks resume","author":{"name":"A. Writer"},
            "datePublished":"2026-03-03","articleBody":"Officials from Armenia and Russia met on Tuesday."}</script></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Railway talks resume in Yerevan</h1><p class="standfirst">The line reopens.</p>
            <p>Officials from Armenia and Russia met on Tuesday to discuss the railway concession [1].</p><table><tr><td>2012</td><td>61 %</td></tr></table>
            <figure><img src="a.jpg"><figcaption>Photo: Herald</figcaption></figure><p>Both delegations said the talks would continue.</p>
            <aside>Sign up for our newsletter</aside></article><ol class="references"><li id="cite-1"><a href="https://tass.ru/x">TASS</a></li></ol></body></html>""";
    static final String TEXT = "Gas price unchanged for Armenia\n\nGazprom Armenia said the border price would stay as it is.\n";

    final FileReader reader = new FileReader(10L << 20);

    static HostileInput.Gen<byte[]> pages() {
        return HostileInput.bytesOf(3000, PAGE, TEXT, "<p>" + "Лавров провёл переговоры. ".repeat(30) + "</p>");
    }

    @Test
    void aPageBecomesAnArticleOrOneDeadLetter() throws Exception {
        HostileInput.forAll(300, pages(), content -> {
            try {
                var document = HostileInput.within(Duration.ofSeconds(20), () -> reader.detect(content, "https://herald.example.org/news/x", "fuzz"));
                assertThat(document.article().text()).isNotBlank();
            } catch (InputRejectedException e) {
                assertThat(e.reason()).isNotNull();
                assertThat(e.getCause() instanceof RuntimeException).as("an extractor exception hidden as a dead letter: %s", e.getMessage())
                        .isFalse();
            }
        });
    }
}
