package io.newsflow.ingest.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorFinderTest {

    private static List<String> authors(String html) {
        Document d = Jsoup.parse(html, "https://www.harbourpost.example/news/1");
        return new AuthorFinder().authors(d, new MetaTags(d), JsonLd.of(d));
    }

    @Test
    void theSiteCreditingItselfGivesWayToThePersonInTheMetaTags() {
        String html = "<html><head><meta property=og:site_name content='Harbour Post'>"
                + "<meta name=author content='Lena Brandt'>"
                + "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\",\"name\":\"Harbour Post\"}}</script>"
                + "</head><body></body></html>";

        assertThat(authors(html)).containsExactly("Lena Brandt");
    }

    @Test
    void theSiteStaysTheAuthorWhenNoPersonIsNamed() {
        String html = "<html><head><meta property=og:site_name content='Harbour Post'><meta name=author content='harbourpost'>"
                + "</head><body><p class=author-bio>Harbour Post covers the coast.</p></body></html>";

        assertThat(authors(html)).containsExactly("harbourpost");
    }

    @Test
    void givenAndFamilyNamesParenthesisedInitialsAndMoreThanSixJsonLdAuthors() {
        StringBuilder people = new StringBuilder();
        String[] names = {"Ada Lind", "Boris Kern", "Carla Ruiz", "Dev Patel", "Ema Horvat", "Finn Berg", "Gita Rao"};
        for (String n : names) {
            String[] p = n.split(" ");
            people.append(people.isEmpty() ? "" : ",").append("{\"@type\":\"Person\",\"givenName\":\"").append(p[0])
                    .append("\",\"familyName\":\"").append(p[1]).append("\"}");
        }
        people.append(",{\"@type\":\"Person\",\"name\":\"Hugo Vidal (hvi)\"}");
        String html = "<html><head><script type=application/ld+json>{\"@type\":\"NewsArticle\",\"author\":[" + people
                + "]}</script></head><body></body></html>";

        assertThat(authors(html)).containsExactly("Ada Lind", "Boris Kern", "Carla Ruiz", "Dev Patel", "Ema Horvat", "Finn Berg",
                "Gita Rao", "Hugo Vidal");
    }

    @Test
    void theVisibleBylineSkipsCommentAuthorsPictureCreditsAndDeskCodes() {
        String html = "<html><body class='single comments-open'>"
                + "<figure><span class=image-author>Photo: Agency</span></figure>"
                + "<div class=post-meta><span class=author-by>By</span> <a class='author url'>Mara Quinn</a></div>"
                + "<p class=desk-author>rk</p>"
                + "<div class=comments><span class=comment-author>Reader42</span></div></body></html>";

        assertThat(authors(html)).containsExactly("Mara Quinn");
    }

    @Test
    void creditsAndEmailAddressesAreNotNames() {
        String html = "<html><head><meta name=author content='Emma Stone'><meta name=author content='(Image: Getty Images)'>"
                + "</head><body></body></html>";
        String email = "<html><head><meta name=author content='e.stone@harbourpost.example'></head><body>"
                + "<h5 class=authorline>Von Emma Stone</h5></body></html>";

        assertThat(authors(html)).containsExactly("Emma Stone");
        assertThat(authors(email)).containsExactly("Emma Stone");
    }

    @Test
    void aBylineNamedByItsIdAndANameWrittenAsASlug() {
        String byId = "<html><head><meta name=author content='l.brandt@harbourpost.example'></head><body>"
                + "<div id=author-bio>Lena writes about ports.</div>"
                + "<div id=authors><span>Lena Brandt</span></div><p>The ferry resumed service.</p></body></html>";
        String slug = "<html><head><script type=application/ld+json>{\"@type\":\"NewsArticle\",\"author\":"
                + "{\"@type\":\"Person\",\"name\":\"lena-brandt\"}}</script></head><body></body></html>";

        assertThat(authors(byId)).containsExactly("Lena Brandt");
        assertThat(authors(slug)).containsExactly("Lena Brandt");
    }
}
