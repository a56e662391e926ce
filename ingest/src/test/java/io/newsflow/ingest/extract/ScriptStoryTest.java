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

    /** The story as escaped HTML: a captioned picture, then the four paragraphs. */
    private static String escapedHtml() {
        return "\\u003cdiv class=\\\"img-box\\\"\\u003e\\u003cimg src=\\\"/p.jpg\\\"\\u003e"
                + "\\u003cdiv class=\\\"caption\\\"\\u003e\\u003cp\\u003eThe pier seen from the fishing quay on Monday morning.\\u003c/p\\u003e"
                + "\\u003c/div\\u003e\\u003c/div\\u003e" + escaped(PARAGRAPHS);
    }

    @Test
    void aStoryKeptAsHtmlInTheScriptsDataIsTheTextWithoutItsCaption() {
        String state = "{\"article\":{\"id\":\"A1\",\"teaser\":\"Divers found cracks.\",\"contentHtml\":\"" + escapedHtml() + "\"}}";

        String text = new HtmlExtractor().extract(Jsoup.parse(page(state))).text();

        assertThat(text).isEqualTo(String.join("\n\n", PARAGRAPHS));
    }

    /**
     * Two long paragraphs, their text over {@link StoryFallback#MIN_CLUSTER_CHARS} and the string over
     * {@link ScriptStory#MIN_LITERAL_CHARS}: only the paragraph rule ({@link ScriptStory#MIN_PARAGRAPHS}) keeps them
     * out, as the same text in three paragraphs shows.
     */
    @Test
    void aStringWithFewerThanThreeParagraphsIsASnippetNotAStory() {
        String first = PARAGRAPHS[0] + " " + PARAGRAPHS[1];
        String second = PARAGRAPHS[2] + " " + PARAGRAPHS[3] + " Ferry operators expect crowded boats on the first weekends of the season.";
        assertThat(first.length() + second.length()).isGreaterThan(StoryFallback.MIN_CLUSTER_CHARS);
        String two = escaped(first, second);
        assertThat(two.length()).isGreaterThan(ScriptStory.MIN_LITERAL_CHARS);

        assertThat(new HtmlExtractor().extract(Jsoup.parse(page(state(two)))).text()).doesNotContain("harbour authority");
        assertThat(new HtmlExtractor().extract(Jsoup.parse(page(state(escaped(PARAGRAPHS[0], PARAGRAPHS[1], second)))))
                .text()).as("the same text in three paragraphs").startsWith("The harbour authority");
    }

    private static String state(String contentHtml) {
        return "{\"article\":{\"contentHtml\":\"" + contentHtml + "\"}}";
    }

    /** The texts as paragraphs of HTML escaped in JSON (backslash-u003c). */
    private static String escaped(String... paragraphs) {
        StringBuilder html = new StringBuilder();
        for (String p : paragraphs) html.append("\\u003cp\\u003e").append(p).append("\\u003c/p\\u003e");
        return html.toString();
    }

    @Test
    void aPageWhoseMarkupHoldsTheStoryIgnoresItsScripts() {
        String state = "{\"related\":{\"contentHtml\":\"" + escapedHtml() + "\"}}";
        String story = "<article><h1>Bridge reopens</h1><p>" + "The bridge over the river reopened on Friday after a year of repairs, the council said. ".repeat(8)
                + "</p></article>";
        String html = page(state).replace("<div id=root><div class=loading>Loading</div></div>", story);

        assertThat(new HtmlExtractor().extract(Jsoup.parse(html)).text()).startsWith("The bridge over the river").doesNotContain("harbour authority");
    }
}
