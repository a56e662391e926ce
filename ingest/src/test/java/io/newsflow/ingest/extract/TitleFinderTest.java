package io.newsflow.ingest.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TitleFinderTest {

    private static String title(String html) {
        Document d = Jsoup.parse(html, "https://paper.example.org/a/1");
        MetaTags meta = new MetaTags(d);
        return new TitleFinder().title(d, meta, JsonLd.of(d), meta.get("og:site_name"));
    }

    @Test
    void theVisibleHeadlineThatMetadataConfirmsWinsOverAnSeoHeadingInTheBreadcrumbs() {
        String html = "<html><head><title>Storm closes the port for two days</title>"
                + "<meta property=og:title content='Storm closes the port for two days'>"
                + "<meta name=twitter:title content='Storm closes the port for two days'>"
                + "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Harbour shut as gales batter the coast\"}</script>"
                + "</head><body><nav><ul><li><h1>Storm closes the port for two days</h1></li></ul></nav>"
                + "<article><h2>Harbour shut as gales batter the coast</h2><p>Text.</p></article></body></html>";

        assertThat(title(html)).isEqualTo("Harbour shut as gales batter the coast");
    }

    @Test
    void theWrittenFormMostSourcesShareWinsOverOneSourcesStraightQuotes() {
        // og:title alone turned the typographic apostrophes into straight ones; the heading, the JSON-LD headline and
        // <title> keep them
        String html = "<html><head><title>Why the port’s owners won’t sell</title>"
                + "<meta property=og:title content=\"Why the port's owners won't sell\">"
                + "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Why the port\u2019s owners won\u2019t sell\"}</script>"
                + "</head><body><article><h1>Why the port’s owners won’t sell</h1><p>Text.</p></article></body></html>";

        assertThat(title(html)).isEqualTo("Why the port’s owners won’t sell");
        // with no majority, the metadata spelling stays (the kicker case below)
        assertThat(TitleFinder.commonForm("A: b’s c", List.of("A: b's c", "A: b’s c"))).isEqualTo("A: b’s c");
    }

    @Test
    void aKickerElementInTheHeadingIsMatchedWithTheMetadataSpelling() {
        String html = "<html><head><meta property=og:title content='Budget: Ministers agree on spending cuts'>"
                + "<title>Other wording | Example Paper</title></head><body>"
                + "<article><h1><span class=kicker>Budget</span><span>Ministers agree on spending cuts</span></h1></article></body></html>";

        assertThat(title(html)).isEqualTo("Budget: Ministers agree on spending cuts");
    }

    @Test
    void aSiteOrSectionSuffixIsCutBackToTheCandidateItExtends() {
        String html = "<html><head><title>Bridge reopens after repairs - Local | Example Paper</title>"
                + "<meta property=og:title content='Bridge reopens after repairs - Local | Example Paper'>"
                + "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Bridge reopens after repairs\"}</script>"
                + "</head><body><p>No heading here.</p></body></html>";

        assertThat(title(html)).isEqualTo("Bridge reopens after repairs");
    }

    @Test
    void aHeadlineEndingTheTitleAfterTheSiteNameKeepsItsOwnColon() {
        String html = "<html><head><title>Example.lu | Skiing | Insults and blame: the row over the suits</title>"
                + "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Insults and blame: the row over the suits\"}</script>"
                + "</head><body><h1>Insults and blame: the row over the suits</h1></body></html>";

        assertThat(title(html)).isEqualTo("Insults and blame: the row over the suits");
    }

    @Test
    void ogTitleAndHeadlineAgreeingOutvoteAHeadingOnlyTwitterSpells() {
        String html = "<html><head><title>Council approves the new tram line - Example Paper</title>"
                + "<meta property=og:title content='Council approves the new tram line'>"
                + "<meta name=twitter:title content='Trams are coming: what changes for commuters'>"
                + "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Council approves the new tram line\"}</script>"
                + "</head><body><article><h2>Trams are coming: what changes for commuters</h2><p>Text.</p></article></body></html>";

        assertThat(title(html)).isEqualTo("Council approves the new tram line");
    }
}
