package io.newsflow.ingest.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrailingPromptsTest {

    @Test
    void dropsTheRunOfPromptsAtTheEnd() {
        List<String> paragraphs = List.of("The harbour master closed the pier after the storm damaged its railings.",
                "Repairs are expected to take until the end of May.",
                "Got a story? Get in touch with our newsroom by email.",
                "Reporting by Ana Costa; Editing by Tom Reed");

        assertThat(TrailingPrompts.trim(paragraphs)).containsExactly(paragraphs.get(0), paragraphs.get(1));
    }

    @Test
    void keepsPromptWordsInsideTheStoryAndInLongParagraphs() {
        String newsletter = "The council's newsletter, sent to every household, had announced the closure a week earlier.";
        String longLast = "Residents who want to follow us on the campaign can sign up at the library, organisers said, adding that "
                + "the petition had already gathered more than four thousand names from across the district and would be handed "
                + "to the mayor on Friday, together with photographs of the damaged railings and the flooded car park nearby.";
        List<String> paragraphs = List.of(newsletter, "Repairs are expected to take until the end of May.", longLast);

        assertThat(longLast.length()).isGreaterThanOrEqualTo(TrailingPrompts.MAX_PROMPT_CHARS);
        assertThat(TrailingPrompts.trim(paragraphs)).isEqualTo(paragraphs);
    }

    @Test
    void neverEmptiesTheText() {
        assertThat(TrailingPrompts.trim(List.of("Sign up for our newsletter"))).containsExactly("Sign up for our newsletter");
    }

    @Test
    void dropsSectionLabelsInSeveralLanguagesButNotTheStoryUnderThem() {
        String first = "The harbour master closed the pier after the storm damaged its railings.";
        String more = "Repairs are expected to take until the end of May, the council said.";
        List<String> paragraphs = List.of(first, "Lesen Sie auch", more, "Ähnliche Beiträge:", "12 Kommentare", "Lire aussi :",
                "Related posts");

        assertThat(TrailingPrompts.trim(paragraphs)).containsExactly(first, more);
    }

    @Test
    void aSentenceThatStartsLikeALabelIsProse() {
        List<String> paragraphs = List.of("Comments", "More than forty boats were damaged in the harbour overnight.",
                "Related posts on social media showed the flooded quay.");

        assertThat(TrailingPrompts.trim(paragraphs)).isEqualTo(paragraphs);
    }

    @Test
    void closedCommentNoticesAndRussianLabelsAreDroppedWithTheirFullStop() {
        String first = "The harbour master closed the pier after the storm damaged its railings.";
        String more = "Repairs are expected to take until the end of May, the council said.";
        List<String> paragraphs = List.of(first, "Читайте также:", more, "Kommentare geschlossen.", "Comments are closed.",
                "Комментарии");

        assertThat(TrailingPrompts.trim(paragraphs)).containsExactly(first, more);
    }

    @Test
    void theNextStorysTeaserUnderTheStoryIsDroppedWithItsLabel() {
        String first = "The harbour master closed the pier after the storm damaged its railings.";
        String more = "Repairs are expected to take until the end of May, the council said.";
        String teaser = "The bridge company says the toll will go up by a fifth in April, the first rise in six years.";

        assertThat(TrailingPrompts.trim(List.of(first, more, "Nächster Artikel", "Bridge tolls to rise next spring", teaser)))
                .containsExactly(first, more);
        assertThat(TrailingPrompts.trim(List.of(first, "Next story:", more, teaser.repeat(7))))
                .containsExactly(first, "Next story:", more, teaser.repeat(7)); // the story goes on at length under it: not a teaser
    }

    @Test
    void wireCreditsAndCopyrightLinesEndingTheStoryAreDropped() {
        String first = "The harbour authority closed the old ferry pier on Monday after divers found cracks in its pillars.";
        String last = "Ferries will leave from the fishing quay until the repairs are done.";
        List<String> paragraphs = List.of(first, last, "— Additional reporting by Jan Kowalski in Gdansk",
                "Associated Press writer Maria Lindqvist in Stockholm contributed to this report.", "Copyright © 2026 Harbour Weekly");

        assertThat(TrailingPrompts.trim(paragraphs)).containsExactly(first, last);
    }
}
