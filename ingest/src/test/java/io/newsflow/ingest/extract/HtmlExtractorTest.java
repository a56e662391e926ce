package io.newsflow.ingest.extract;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlExtractorTest {

    static ExtractedArticle extractFixture() throws Exception {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/fixtures/news-page.html")) {
            return new HtmlExtractor().extract(Jsoup.parse(in, null, "https://courier.example.org/"));
        }
    }

    @Test
    void keepsTheStoryParagraphsAndHeadingsInOrder() throws Exception {
        String[] paragraphs = extractFixture().text().split("\n\n");

        assertThat(paragraphs).hasSize(5); // the references list is links, not prose
        assertThat(paragraphs[0]).startsWith("Armenia has stopped paying its share");
        assertThat(paragraphs[2]).isEqualTo("Moscow's response");
        assertThat(paragraphs[4]).startsWith("Analysts in Yerevan said").endsWith("partners[1], as a recent study argued.");
    }

    @Test
    void dropsBoilerplate() throws Exception {
        String text = extractFixture().text();

        assertThat(text).doesNotContain("cookies", "Share on", "Sign up", "Related", "Reader:", "All rights reserved",
                "Photo: Courier", "By Mariam", "Politics");
    }

    @Test
    void readsMetadataFromTheHead() throws Exception {
        ExtractedArticle article = extractFixture();

        assertThat(article.title()).isEqualTo("Armenia weighs its place in the CSTO");
        assertThat(article.published().toInstant()).isEqualTo(Instant.parse("2024-02-23T10:05:00Z"));
        assertThat(article.authors()).containsExactly("Mariam Tevosyan");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.canonicalUrl()).isEqualTo("https://courier.example.org/politics/armenia-csto-2024?utm_source=rss");
        assertThat(article.siteName()).isEqualTo("South Caucasus Courier");
        assertThat(article.modified().toInstant()).isEqualTo(Instant.parse("2024-02-24T05:00:00Z"));
    }

    @Test
    void bodyLinksAndCitationsWithTheirTargets() throws Exception {
        ExtractedArticle article = extractFixture();

        assertThat(article.links()).containsExactly(
                new ExtractedArticle.BodyLink("https://think.example.net/csto-analysis", "a recent study"),
                new ExtractedArticle.BodyLink("https://archive.example.org/csto-budget", "CSTO budget statement, 2024"));
        assertThat(article.citations()).singleElement().satisfies(c -> {
            assertThat(c.marker()).isEqualTo("[1]");
            assertThat(article.text().substring(c.start(), c.start() + 3)).isEqualTo("[1]");
            assertThat(c.targetUrl()).isEqualTo("https://archive.example.org/csto-budget");
        });
    }

    @Test
    void withoutAnArticleElementTheDensestParagraphBlockWins() {
        String page = "<html><head><title>Talks in Baku - Wire</title></head><body>"
                + "<div class=menu-links><p><a href=/1>Home</a> <a href=/2>World news</a></p></div>"
                + "<div class=story-body><p>Armenian and Azerbaijani negotiators met in Baku on Tuesday.</p>"
                + "<p>Both sides said the text of a peace agreement was nearly settled.</p></div>"
                + "<div><p>Short note.</p></div></body></html>";

        ExtractedArticle article = new HtmlExtractor().extract(Jsoup.parse(page));

        assertThat(article.title()).isEqualTo("Talks in Baku");
        assertThat(article.text()).isEqualTo("Armenian and Azerbaijani negotiators met in Baku on Tuesday.\n\n"
                + "Both sides said the text of a peace agreement was nearly settled.");
        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void cyrillicPageWithoutLangIsGuessedRussian() {
        String page = "<html><body><article><h1>Лавров в Ереване</h1><p>Министр иностранных дел России Сергей Лавров "
                + "провёл переговоры в Ереване с армянскими коллегами.</p></article></body></html>";

        ExtractedArticle article = new HtmlExtractor().extract(Jsoup.parse(page));

        assertThat(article.title()).isEqualTo("Лавров в Ереване");
        assertThat(article.language()).isEqualTo("ru");
        assertThat(article.text()).startsWith("Министр иностранных дел");
    }

    @Test
    void aPageWrappedInOneFormKeepsItsStory() {
        String page = "<html><body><form id=pageForm><div class=menu-links><a href=/1>Home</a></div>"
                + "<div class=story><h1>Ferry pier to be rebuilt</h1>"
                + "<p>The council voted on Monday to rebuild the old ferry pier before the summer season.</p>"
                + "<p>Work starts in March, and the harbour stays open to fishing boats throughout.</p></div></form>"
                + "<form class=search><input name=q><p>Search the whole archive of the paper, all of it, here.</p></form></body></html>";

        ExtractedArticle article = new HtmlExtractor().extract(Jsoup.parse(page));

        assertThat(article.text()).isEqualTo("The council voted on Monday to rebuild the old ferry pier before the summer season.\n\n"
                + "Work starts in March, and the harbour stays open to fishing boats throughout.");
    }

    @Test
    void aStoryTheMarkupBarelyHoldsFallsBackToTheStatedArticleBody() {
        String first = "The survey of the northern lakes took three summers and forty volunteers.";
        StringBuilder stated = new StringBuilder(first);
        for (int i = 1; i <= 12; i++) stated.append("\\n").append("Lake number ").append(i).append(" had clearer water than the last time anyone measured it.");
        String page = "<html><head><script type=application/ld+json>{\"@type\":\"NewsArticle\",\"articleBody\":\"" + stated
                + "\"}</script></head><body><article><p>" + first + "</p><div id=rest-rendered-by-script></div></article></body></html>";

        String text = new HtmlExtractor().extract(Jsoup.parse(page)).text();

        assertThat(text.split("\n\n")).hasSize(13);
        assertThat(text).startsWith(first + "\n\nLake number 1 had").endsWith("Lake number 12 had clearer water than the last time anyone measured it.");
    }

    @Test
    void aCommentThreadAfterTheArticleIsDroppedHoweverLongItsComments() {
        String sentence = " The committee heard evidence from residents, engineers and the water company over two long days in the town hall.";
        StringBuilder page = new StringBuilder("<html><body><main><section><article><h1>Reservoir plan approved</h1>");
        for (int i = 1; i <= 3; i++) page.append("<p>Story paragraph ").append(i).append('.').append(sentence.repeat(2)).append("</p>");
        page.append("</article><div class=comments-section>");
        for (int i = 1; i <= 4; i++) page.append("<div><p>Reader comment ").append(i).append('.').append(sentence.repeat(2)).append("</p></div>");
        page.append("</div></section></main></body></html>");

        String text = new HtmlExtractor().extract(Jsoup.parse(page.toString())).text();

        assertThat(text.split("\n\n")).hasSize(3).allMatch(p -> p.startsWith("Story paragraph"));
    }

    @Test
    void teaserCardsInsideTheStoryContainerAreNotKept() {
        StringBuilder page = new StringBuilder("<html><body><article><h1>Bridge reopens after repairs</h1><div class=body>"
                + "<p>The old river bridge reopened to traffic on Monday, two years after cracks were found in its piers.</p>"
                + "<p>Engineers replaced four bearings and strengthened the deck, the council said in a statement.</p>"
                + "<h2>More stories</h2>");
        for (int i = 1; i <= 3; i++) {
            page.append("<div><h3><a href=/story/").append(i).append(">Other story ").append(i).append("</a></h3>")
                    .append("<p>A short summary of another story, number ").append(i).append(", written for the list of links.</p></div>");
        }
        page.append("</div></article></body></html>");

        String text = new HtmlExtractor().extract(Jsoup.parse(page.toString())).text();

        assertThat(text).startsWith("The old river bridge reopened").doesNotContain("A short summary");
    }

    @Test
    void aShortStoryWithOneTeaserCardKeepsItsParagraphs() {
        String page = "<html><body><article><h1>Library extends opening hours</h1>"
                + "<p>The central library will open until nine in the evening from next week, the city said.</p>"
                + "<div class=also><h3><a href=/story/9>Reading room reopens</a></h3><p>A summary of an older story, kept short.</p></div>"
                + "<p>The longer hours will be paid for by savings on heating, officials added.</p></article></body></html>";

        String text = new HtmlExtractor().extract(Jsoup.parse(page)).text();

        assertThat(text).isEqualTo("The central library will open until nine in the evening from next week, the city said.\n\n"
                + "The longer hours will be paid for by savings on heating, officials added.");
    }

    @Test
    void theTextUnderAnImageIsACaptionButTextBeforeAnIconIsNot() {
        String page = "<html><body><article><h1>Harbour cranes replaced</h1>"
                + "<p>Two new cranes arrived at the container harbour on Friday, replacing machines built in the seventies.</p>"
                + "<p><img src=/cranes.jpg><br><em>The new cranes at dawn (Port office)</em></p>"
                + "<p>The port expects to handle a fifth more containers next year. <img src=/icon.png></p>"
                + "<p>Unions welcomed the investment but asked for training for the crane operators.</p></article></body></html>";

        String text = new HtmlExtractor().extract(Jsoup.parse(page)).text();

        assertThat(text.split("\n\n")).containsExactly(
                "Two new cranes arrived at the container harbour on Friday, replacing machines built in the seventies.",
                "The port expects to handle a fifth more containers next year.",
                "Unions welcomed the investment but asked for training for the crane operators.");
    }

    @Test
    void aNextStoryAppendedUnderTheArticleIsNotPartOfIt() {
        String sentence = " The regional council published the figures on Thursday, after a year of counting on every road in the county.";
        StringBuilder page = new StringBuilder("<html><body><main><article><h1>Cycling up a third</h1>");
        for (int i = 1; i <= 3; i++) page.append("<p>Story paragraph ").append(i).append('.').append(sentence).append(sentence).append("</p>");
        page.append("</article><div class=under><article><h2>Ferry fares to rise</h2>");
        for (int i = 1; i <= 4; i++) page.append("<p>Next story paragraph ").append(i).append('.').append(sentence).append(sentence).append("</p>");
        page.append("</article></div></main></body></html>");

        String text = new HtmlExtractor().extract(Jsoup.parse(page.toString())).text();

        assertThat(text.split("\n\n")).hasSize(3).allMatch(p -> p.startsWith("Story paragraph"));
    }

    @Test
    void softHyphensAreDroppedAndTheTextIsNfcNormalised() {
        String decomposed = "Gru\u0308nde"; // "Gründe" with a combining diaeresis (NFD), as some CMSs write it
        String page = "<html><head><title>Bahn\u00adstreik - Zeitung</title></head><body><article>"
                + "<p>Der Bahn\u00adstreik legt am Montag den Fern\u00adverkehr in ganz Deutschland lahm.</p>"
                + "<p>Die " + decomposed + " f\u00fcr den Streik nannte die Gewerkschaft am Sonntag in Frankfurt.</p>"
                + "</article></body></html>";

        ExtractedArticle article = new HtmlExtractor().extract(Jsoup.parse(page));

        assertThat(article.title()).isEqualTo("Bahnstreik");
        assertThat(article.text()).isEqualTo("Der Bahnstreik legt am Montag den Fernverkehr in ganz Deutschland lahm.\n\n"
                + "Die Gr\u00fcnde f\u00fcr den Streik nannte die Gewerkschaft am Sonntag in Frankfurt.");
    }

    @Test
    void authorNamesAreNfcNormalisedAndWithoutSoftHyphens() {
        String page = "<html><head><script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Bahnstreik\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jo\u0308rg Schnei\u00adder\"}]}</script></head><body><article>"
                + "<p>Der Bahnstreik legt am Montag den Fernverkehr in ganz Deutschland lahm.</p></article></body></html>";

        assertThat(new HtmlExtractor().extract(Jsoup.parse(page)).authors()).containsExactly("J\u00f6rg Schneider");
    }

    @Test
    void onlyAHeadingThatSpellsTheTitleIsLeftOutOfTheTextInAnyScript() {
        // a section heading in an <h1> inside the story; neither it nor the title has a Latin letter
        String page = "<html><head><meta property=og:title content='Шторм закрыл порт на два дня'></head><body><article>"
                + "<p>Министерство транспорта закрыло порт в среду из-за сильного шторма, сообщили в ведомстве.</p>"
                + "<h1>Что будет дальше</h1>"
                + "<p>Паромы будут отправляться от рыбацкого причала, пока шторм не утихнет, сказали в порту.</p>"
                + "</article></body></html>";
        String same = page.replace("<h1>Что будет дальше</h1>", "<h1>«Шторм закрыл порт на два дня»</h1>");

        assertThat(new HtmlExtractor().extract(Jsoup.parse(page)).text()).contains("ведомстве.\n\nЧто будет дальше\n\nПаромы");
        assertThat(new HtmlExtractor().extract(Jsoup.parse(same)).text()).contains("ведомстве.\n\nПаромы");
    }

    @Test
    void headingsTheStoryEndsWithHeadWhatFollowsItAndAreLeftOut() {
        String page = "<html><body><article><h1>Pier to close</h1>"
                + "<p>The harbour authority will close the old ferry pier next month, after divers found cracks in its pillars.</p>"
                + "<h2>What happens next</h2>"
                + "<p>Ferries will leave from the fishing quay until the repairs are done, the authority said on Monday.</p>"
                + "<h3>In the region</h3><ul><li><a href=/a>Divers inspect the pier</a></li><li><a href=/b>Quay crowded</a></li></ul>"
                + "<h3>Harbour Radio | Midday news | 28.04.2026</h3></article></body></html>"; // no label vocabulary needed

        String text = new HtmlExtractor().extract(Jsoup.parse(page)).text();

        assertThat(text).contains("What happens next").endsWith("the authority said on Monday.");
    }

    @Test
    void theHeadlineInOtherWordsDoesNotOpenTheText() {
        String story = "<p>The housing minister resigned on Friday after reports that a company owned by his brother won the contract.</p>"
                + "<h2>Opposition wants an inquiry</h2><p>The opposition said it would ask parliament for an inquiry into the deal.</p>";
        String kicker = "<html><head><meta property=og:title content='Minister resigns over housing deal'></head><body><article>"
                + "<h1>Politics Housing minister quits over his brother's contract</h1>" + story + "</article></body></html>";
        String siteName = kicker.replace("<h1>Politics Housing minister quits over his brother's contract</h1>",
                "<h2>Minister resigns over housing deal | Harbour Weekly</h2>");

        assertThat(new HtmlExtractor().extract(Jsoup.parse(kicker)).text()).startsWith("The housing minister resigned");
        assertThat(new HtmlExtractor().extract(Jsoup.parse(siteName)).text()).startsWith("The housing minister resigned")
                .contains("\n\nOpposition wants an inquiry\n\n");
    }
}
