package io.newsflow.ingest.extract;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static io.newsflow.ingest.extract.HarbourStory.P1;
import static io.newsflow.ingest.extract.HarbourStory.P2;
import static org.assertj.core.api.Assertions.assertThat;

/** A short blog post followed by a list of other posts (each an {@code <article>} with a linked title and an excerpt). */
class ListOfPostsTest {
    private static final String EXCERPT = "The bridge company says the toll will go up by a fifth in April, the first rise in "
            + "six years, and blames the cost of repairs to the southern span.";

    private static String extract(String headline) {
        StringBuilder page = new StringBuilder("<html><head><title>Pier to close after 70 years</title></head><body><div class=site>"
                + "<article class=post>" + headline + "<div class=entry-content><p>" + P1 + "</p><p>" + P2 + "</p></div></article>"
                + "<section class=recent-posts>");
        for (int i = 1; i <= 5; i++) {
            page.append("<article class=post><h2 class=entry-title><a href=/post/").append(i).append(">Other post ").append(i)
                    .append("</a></h2><div class=entry-summary><p>Excerpt ").append(i).append(". ").append(EXCERPT).append("</p></div></article>");
        }
        page.append("</section></div></body></html>");
        return new HtmlExtractor().extract(Jsoup.parse(page.toString(), "https://harbour.example.org/pier")).text();
    }

    @Test
    void theOtherPostsExcerptsAreNotKept() {
        assertThat(extract("<h1 class=entry-title>Pier to close after 70 years</h1>")).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void aPostWhoseLinkedTitleSpellsThePageTitleIsNotACard() {
        assertThat(extract("<h2 class=entry-title><a href=/pier>Pier to close after 70 years</a></h2>"))
                .isEqualTo(P1 + "\n\n" + P2);
    }
}
