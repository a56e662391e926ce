package io.newsflow.ingest.extract;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static io.newsflow.ingest.extract.HarbourStory.P1;
import static io.newsflow.ingest.extract.HarbourStory.P2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A post the story embeds (a quoted tweet or Instagram post, named for its platform) is part of the story; a share bar
 * beside it, an image's caption and a pull quote (which repeats the story) are not.
 */
class EmbeddedPostsTest {
    private static final String POST = "Sad day for the harbour. Seventy years of ferries and now this.";
    private static final String QUOTED = "<blockquote class=twitter-tweet data-width=550><p lang=en dir=ltr>" + POST
            + "</p>&mdash; Harbour Friends (@harbourfriends) <a href=https://social.example.com/harbourfriends/1>May 3, 2024</a></blockquote>";
    private static final String CREDIT = "— Harbour Friends (@harbourfriends) May 3, 2024";

    private static String extract(String story) {
        return new HtmlExtractor().extract(Jsoup.parse("<html><head><title>Pier to close</title></head><body><article>"
                + "<h1>Pier to close</h1>" + story + "</article></body></html>", "https://harbour.example.org/news/pier")).text();
    }

    @Test
    void aQuotedPostNamedForItsPlatformIsKept() {
        String text = extract("<p>" + P1 + "</p>" + QUOTED + "<div class='social-share'><a href=/s>Share</a> on the harbour forum "
                + "and tell your friends what you think.</div><p>" + P2 + "</p>");

        assertThat(text).isEqualTo(P1 + "\n\n" + POST + "\n\n" + CREDIT + "\n\n" + P2);
    }

    @Test
    void aPostInsideAnEmbedFigureIsKeptButAnImageFigureAndAPullQuoteAreNot() {
        String text = extract("<p>" + P1 + "</p><figure class='wp-block-embed is-provider-twitter wp-block-embed-twitter'>"
                + "<div class=wp-block-embed__wrapper>" + QUOTED + "</div></figure>"
                + "<figure><img src=/pier.jpg><div>The old pier at dawn, seen from the harbour wall last spring.</div></figure>"
                + "<figure class=pull-quote><blockquote><p>Nobody asked the people who use the pier every day.</p></blockquote></figure>"
                + "<p>" + P2 + "</p>");

        assertThat(text).isEqualTo(P1 + "\n\n" + POST + "\n\n" + CREDIT + "\n\n" + P2);
    }
}
