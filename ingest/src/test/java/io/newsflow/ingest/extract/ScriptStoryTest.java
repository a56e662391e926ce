package io.newsflow.ingest.extract;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptStoryTest {
    private static final String[] PARAGRAPHS = {
            "The harbour authority closed the old ferry pier on Monday after divers found cracks in two of its pillars.",
            "Ferries to the islands will leave from the fishing quay until repairs are done, which may take the summer.",
            "Fishermen said the quay was already crowded and asked the town to find them other moorings for the season.",
            "The authority said it would publish the divers' report and a timetable for the repairs by the end of the week."};

    /** A page built by its scripts: an empty shell, the story as escaped HTML in the data handed to the scripts. */
    private static String page(String state) {
        return "<html><head><title>Pier closed - Harbour Weekly</title>"
                + "<script>window.__STATE__ = " + state + ";</script></head>"
                + "<body><div id=root><div class=loading>Loading</div></div>"
                + "<script src=/app.js></script></body></html>";
    }

    private static String escapedHtml(int paragraphs) {
        StringBuilder html = new StringBuilder("\\u003cdiv class=\\\"img-box\\\"\\u003e\\u003cimg src=\\\"/p.jpg\\\"\\u003e"
                + "\\u003cdiv class=\\\"caption\\\"\\u003e\\u003cp\\u003eThe pier seen from the fishing quay on Monday morning.\\u003c/p\\u003e"
                + "\\u003c/div\\u003e\\u003c/div\\u003e");
        for (int i = 0; i < paragraphs; i++) html.append("\\u003cp\\u003e").append(PARAGRAPHS[i]).append("\\u003c/p\\u003e");
        return html.toString();
    }

    @Test
    void aStoryKeptAsHtmlInTheScriptsDataIsTheTextWithoutItsCaption() {
        String state = "{\"article\":{\"id\":\"A1\",\"teaser\":\"Divers found cracks.\",\"contentHtml\":\"" + escapedHtml(4) + "\"}}";

        String text = new HtmlExtractor().extract(Jsoup.parse(page(state))).text();

        assertThat(text).isEqualTo(String.join("\n\n", PARAGRAPHS));
    }

    @Test
    void aStringWithFewerThanThreeParagraphsIsASnippetNotAStory() {
        String state = "{\"article\":{\"contentHtml\":\"" + escapedHtml(2) + "\"}}";

        assertThat(new HtmlExtractor().extract(Jsoup.parse(page(state))).text()).doesNotContain("harbour authority");
    }

    @Test
    void aPageWhoseMarkupHoldsTheStoryIgnoresItsScripts() {
        String state = "{\"related\":{\"contentHtml\":\"" + escapedHtml(4) + "\"}}";
        String story = "<article><h1>Bridge reopens</h1><p>" + "The bridge over the river reopened on Friday after a year of repairs, the council said. ".repeat(8)
                + "</p></article>";
        String html = page(state).replace("<div id=root><div class=loading>Loading</div></div>", story);

        assertThat(new HtmlExtractor().extract(Jsoup.parse(html)).text()).startsWith("The bridge over the river").doesNotContain("harbour authority");
    }
}
