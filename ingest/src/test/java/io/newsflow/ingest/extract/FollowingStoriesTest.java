package io.newsflow.ingest.extract;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static io.newsflow.ingest.extract.HarbourStory.P1;
import static io.newsflow.ingest.extract.HarbourStory.P2;
import static org.assertj.core.api.Assertions.assertThat;

/** Another story appended under the page's own, in plain containers, is neither chosen nor joined to it. */
class FollowingStoriesTest {
    private static final String NEXT = "Ferry fares will rise by a tenth in spring, the operator said, the second rise in a "
            + "year, blaming the price of fuel and the cost of the new timetable.";

    private static String extract(String body) {
        return new HtmlExtractor().extract(Jsoup.parse("<html><head><title>Pier to close after 70 years | Harbour Weekly</title>"
                + "<meta property=og:title content='Pier to close after 70 years'></head><body>" + body + "</body></html>",
                "https://harbour.example.org/news/pier")).text();
    }

    private static String followUp(int paragraphs) {
        StringBuilder s = new StringBuilder("<h1>Ferry fares to rise in spring</h1>");
        for (int i = 1; i <= paragraphs; i++) s.append("<p>Part ").append(i).append(". ").append(NEXT).append("</p>");
        return s.toString();
    }

    @Test
    void aLongerFollowUpInASiblingContainerIsNotTakenNorJoined() {
        String text = extract("<div class=wrap><div class=story><h1>Pier to close after 70 years</h1><p>" + P1 + "</p><p>" + P2
                + "</p></div><div class=story>" + followUp(5) + "</div></div>");

        assertThat(text).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void aFollowUpInTheSameContainerEndsTheText() {
        String text = extract("<div class=content><h1>Pier to close after 70 years</h1><p>" + P1 + "</p><p>" + P2 + "</p>"
                + followUp(2) + "</div>");

        assertThat(text).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void withoutAHeadlineSpellingTheTitleNothingChanges() {
        String text = extract("<div class=content><h1>Harbour Weekly</h1><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<h1>The pier's last summer</h1><p>" + NEXT + "</p></div>");

        // the logo's <h1> opening the text is left out as any opening <h1> is; the later one stays
        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\nThe pier's last summer\n\n" + NEXT);
    }
}
