package io.newsflow.ingest.extract;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static io.newsflow.ingest.extract.HarbourStory.P1;
import static io.newsflow.ingest.extract.HarbourStory.P2;
import static io.newsflow.ingest.extract.HarbourStory.P3;
import static org.assertj.core.api.Assertions.assertThat;

/** Pages whose story sits where boilerplate removal or the density vote does not look: the text must not be nearly empty. */
class StoryFallbackTest {

    private static String extract(String body) {
        return new HtmlExtractor().extract(Jsoup.parse("<html><head><title>Pier to close</title></head><body>" + body
                + "</body></html>", "https://harbour.example.org/news/pier")).text();
    }

    @Test
    void aStoryInsideAnAsideIsFound() {
        String text = extract("<div class=top><a href=/>Home</a> <a href=/news>News</a></div>"
                + "<aside class=layout-column><h2>Pier to close after 70 years</h2><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></aside><div class=bottom>© Harbour Weekly</div>");

        assertThat(text).startsWith(P1).contains(P2).endsWith(P3); // its heading restates the title: not repeated
    }

    @Test
    void aStoryInsideAFormAndASidebarNamedBoxIsFound() {
        String text = extract("<header><a href=/>Harbour Weekly</a></header>"
                + "<div id=sidebar-main><div><span>" + P1 + "</span></div><div><span>" + P2 + "</span></div>"
                + "<div><span>" + P3 + "</span></div></div><footer>Contact us</footer>");

        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void aShortStoryIsKeptRatherThanATeaserListOrAConsentBox() {
        String teasers = "<aside class=more><h3><a href=/a>Bridge tolls to rise</a></h3><p>" + P2 + "</p>"
                + "<h3><a href=/b>New school opens</a></h3><p>" + P3 + "</p><h3><a href=/c>Storm warning</a></h3><p>" + P1
                + "</p></aside>";
        String consent = "<div class=cookie-consent><p>" + P1.replace("council", "site") + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div>";

        String text = extract("<article><h1>Pier to close</h1><p>The council voted to close the ferry pier.</p></article>"
                + teasers + consent);

        assertThat(text).isEqualTo("The council voted to close the ferry pier.");
    }

    @Test
    void aClusterStepsOverShortLabelsButStopsAtLinks() {
        var blocks = TextBlocks.of(Jsoup.parse("<div><p>" + P1 + "</p><p>Photo</p><p>" + P2 + "</p>"
                + "<p><a href=/x>Read the whole series on the harbour here</a></p><p>" + P3 + "</p></div>").body());

        assertThat(StoryFallback.bestCluster(blocks)).extracting(TextBlocks.Block::text).containsExactly(P1, P2);
    }

    @Test
    void aStoryInARegionMarkedComplementaryIsFound() {
        String text = extract("<div class=top><a href=/>Home</a> <a href=/news>News</a></div>"
                + "<div role=complementary><h2>Pier to close after 70 years</h2><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div><div role=complementary style='display: none'><p>" + P3.repeat(5) + "</p></div>");

        assertThat(text).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void aStoryInAnAsideIsFoundBesideAShortBlurb() {
        String blurb = "Harbour Weekly is the independent voice of the bay since 1952, published every Thursday by the Harbour "
                + "Press cooperative with the help of our members and readers, who fund our journalism each month with a small sum.";
        String story = P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\n" + P1.replace("regional", "county") + "\n\n"
                + P2.replace("Fishermen", "Boat owners") + "\n\n" + P3.replace("council", "county");
        String text = extract("<div class=intro><p>" + blurb + "</p></div><aside class=main-column><h1>Pier to close</h1><p>"
                + story.replace("\n\n", "</p><p>") + "</p></aside>");

        assertThat(blurb.length()).isBetween(201, StoryFallback.TINY_CHARS - 1);
        assertThat(text).isEqualTo(story); // the headline is the title, not repeated
    }

    @Test
    void aStoryInsideNavigationOrInTheTextForReadersWithoutScriptsIsFound() {
        String story = "<h2>Pier to close after 70 years</h2><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
        String expected = P1 + "\n\n" + P2 + "\n\n" + P3; // the heading restates the title

        assertThat(extract("<nav class=layout><ul><li><a href=/>Home</a></li></ul><div>" + story + "</div></nav>")).isEqualTo(expected);
        assertThat(extract("<div id=app>Loading ...</div><noscript>" + story + "</noscript>")).isEqualTo(expected);
    }
}
