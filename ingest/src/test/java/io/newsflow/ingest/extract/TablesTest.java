package io.newsflow.ingest.extract;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A table inside the story is part of it: one line a row, cells set apart; a layout table is still cut by its blocks. */
class TablesTest {
    private static final String P1 = "The regional council published the turnout of the last four elections on Thursday, "
            + "after a week in which the opposition questioned the figures.";
    private static final String P2 = "Turnout fell in every district except the harbour, where a new polling station "
            + "opened in the school, the council said in its statement.";

    /** The text of a story whose two paragraphs have {@code between} between them. */
    private static String storyWith(String between) {
        String page = "<html><head><title>Turnout falls again</title></head><body><article><h1>Turnout falls again</h1>"
                + "<p>" + P1 + "</p>" + between + "<p>" + P2 + "</p></article></body></html>";
        return new HtmlExtractor().extract(Jsoup.parse(page)).text();
    }

    @Test
    void aTableInTheStoryIsKeptRowByRow() {
        String text = storyWith("<table><thead><tr><th>Year</th><th>Turnout</th></tr></thead>"
                + "<tbody><tr><td>2012</td><td>61 %</td></tr><tr><td>2016</td><td><b>58</b> %</td></tr></tbody></table>");

        assertThat(text).isEqualTo(P1 + "\n\nYear | Turnout\n\n2012 | 61 %\n\n2016 | 58 %\n\n" + P2);
    }

    @Test
    void aCellHoldingBlocksIsNotJoinedToItsNeighbours() {
        var blocks = TextBlocks.of(Jsoup.parse("<table><tr><td><div>Home</div><div>News</div></td>"
                + "<td><p>" + P1 + "</p></td><td>Weather</td></tr></table>").body());

        assertThat(blocks).extracting(TextBlocks.Block::text).containsExactly("Home", "News", P1, "Weather");
    }

    @Test
    void aTableInAFigureAndADefinitionListAreKept() {
        String text = storyWith("<figure class=wp-block-table><table><tbody><tr><td>2012</td><td>61 %</td></tr>"
                + "<tr><td>2016</td><td>58 %</td></tr></tbody></table><figcaption>Source: the council</figcaption></figure>"
                + "<dl><dt>Districts</dt><dd>12</dd><dt>Polling stations</dt><dd>48</dd></dl>");

        assertThat(text).isEqualTo(P1 + "\n\n2012 | 61 %\n\n2016 | 58 %\n\nDistricts\n\n12\n\nPolling stations\n\n48\n\n" + P2);
    }

    @Test
    void aLayoutColumnThatBreaksItsLinesIsNotJoinedToTheNavigationBesideIt() {
        var blocks = TextBlocks.of(Jsoup.parse("<table><tr><td><a href=/>Home</a><br><a href=/news>News</a></td>"
                + "<td><b>Turnout falls again</b><br><br>" + P1 + "<br><br>" + P2 + "</td></tr></table>").body());

        assertThat(blocks).extracting(TextBlocks.Block::text).containsExactly("Home News", "Turnout falls again " + P1 + " " + P2);
    }
}
