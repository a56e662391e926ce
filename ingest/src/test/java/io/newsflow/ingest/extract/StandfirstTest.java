package io.newsflow.ingest.extract;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The lead under the headline, outside the story's container, is kept in front of the story. */
class StandfirstTest {
    private static final String LEAD = "The council wants a new pier on the deeper side of the bay; fishermen say nobody asked them.";
    private static final String STORY = "<article><p>The regional council voted on Thursday evening to close the old ferry pier, "
            + "ending a crossing that had run every hour since the harbour was rebuilt.</p><p>Fishermen who use the pier said "
            + "they had not been asked, and several of them spoke against the plan during the public part of the meeting.</p>"
            + "<p>The council said repairs would cost more than a new pier on the other side of the bay, where the water is "
            + "deeper.</p></article>";

    private static String extract(String body) {
        return new HtmlExtractor().extract(Jsoup.parse("<html><head><title>Harbour pier to close after 70 years</title>"
                + "</head><body>" + body + "</body></html>", "https://harbour.example.org/news/pier")).text();
    }

    @Test
    void theLeadBetweenTheHeadlineAndTheStoryComesFirst() {
        String text = extract("<header><span>Harbour</span><h1>Harbour pier to close after 70 years</h1>"
                + "<p class=dek>" + LEAD + "</p><div>By Ann Lee</div><div>12 May 2024</div></header>" + STORY);

        assertThat(text).startsWith(LEAD + "\n\nThe regional council voted").doesNotContain("Ann Lee", "Harbour pier");
    }

    @Test
    void aSecondHeadlineAndBulletPointsAreNoLead() {
        String text = extract("<div class=top><h1>Harbour pier to close after 70 years</h1>"
                + "<h2>Analysis: the harbour pier will close after 70 years of ferries</h2>"
                + "<ul><li>The pier has carried ferries every hour since the harbour was rebuilt</li></ul></div>" + STORY);

        assertThat(text).startsWith("The regional council voted").doesNotContain("Analysis", "carried ferries");
    }

    @Test
    void aLowerHeadingThatRestatesTheTitleIsTheHeadline() {
        String text = extract("<h1><a href=/>Harbour Weekly</a></h1><div class=head><h2>Harbour pier to close after 70 years</h2>"
                + "<div class=intro><span>" + LEAD + "</span></div></div>" + STORY);

        assertThat(text).startsWith(LEAD + "\n\nThe regional council voted");
    }

    @Test
    void withoutAHeadlineJustAboveNothingIsAdded() {
        String text = extract("<div class=intro><p>" + LEAD + "</p></div>" + STORY);

        assertThat(text).startsWith("The regional council voted").doesNotContain(LEAD);
    }

    @Test
    void aLeadThatLinksTwoNamesIsALeadButALinkedBylineIsNot() {
        // the lead is 18% link text (16 of 91 characters), the byline 32%: tune-part leads carry at most 4%, bylines 34% and more
        String lead = "The <a href=/council>council</a> wants a new pier by the harbour mouth; <a href=/fishing>fishermen</a> who moor there are against it.";
        String byline = "<p>Reporting by <a href=/a>Jan Kowalski</a> and <a href=/b>Maria Lindqvist</a> from the harbour town of Ustka, Poland</p>";
        String text = extract("<h1>Harbour pier to close after 70 years</h1>" + byline + "<p class=intro>" + lead + "</p>" + STORY);

        assertThat(text).startsWith("The council wants a new pier by the harbour mouth; fishermen who moor there are against it.\n\n"
                + "The regional council voted").doesNotContain("Jan Kowalski");
    }

    @Test
    void aShortStraplineThePagesDescriptionSpellsIsTheLeadEvenWithoutAHeadlineAbove() {
        String strapline = "A new pier, but not for everyone"; // 32 characters: too short to read as a lead by its own look
        String page = "<html><head><meta property=og:description content='A new pier, but not for everyone'></head><body>"
                + "<div class=top><span>Harbour</span></div><p class=strapline>" + strapline + "</p>" + STORY + "</body></html>";
        String withoutDescription = page.replace("<meta property=og:description content='A new pier, but not for everyone'>", "");

        assertThat(new HtmlExtractor().extract(Jsoup.parse(page)).text()).startsWith(strapline + "\n\nThe regional council voted");
        assertThat(new HtmlExtractor().extract(Jsoup.parse(withoutDescription)).text()).startsWith("The regional council voted");
    }
}
