package io.newsflow.ingest.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextExtractorTest {
    private final PlainTextExtractor extractor = new PlainTextExtractor();

    @Test
    void firstLineIsTheTitleAndEachLineAParagraph() {
        ExtractedArticle a = extractor.extract("\uFEFFRussia and Armenia\nPutin called Pashinyan on Monday to wish him a happy birthday."
                + "\nLavrov went to Yerevan for talks with the government.\n");

        assertThat(a.title()).isEqualTo("Russia and Armenia");
        assertThat(a.text()).isEqualTo("Putin called Pashinyan on Monday to wish him a happy birthday.\n\nLavrov went to Yerevan for talks with the government.");
        assertThat(a.language()).isEqualTo("en"); // no language stated: the detector's
        // names alone say too little to name a language: none rather than a guess
        assertThat(extractor.extract("Russia and Armenia\nPutin called Pashinyan.\n").language()).isNull();
    }

    @Test
    void aSingleLineIsTheBodyAndItsFirstSentenceTheTitle() {
        ExtractedArticle a = extractor.extract("  Pashinyan met Putin in Moscow. They spoke about gas!  \n\n");

        assertThat(a.title()).isEqualTo("Pashinyan met Putin in Moscow");
        assertThat(a.text()).isEqualTo("Pashinyan met Putin in Moscow. They spoke about gas!");
    }

    @Test
    void aFirstLineTooLongForATitleIsBodyAndTheTitleIsCutAtAWord() {
        String first = "Officials " + "from Armenia and Russia met again ".repeat(10) + "in Yerevan.";
        ExtractedArticle a = extractor.extract(first + "\nSecond paragraph.");

        assertThat(a.title()).hasSizeLessThanOrEqualTo(PlainTextExtractor.MAX_TITLE_CHARS).endsWith("…")
                .startsWith("Officials from Armenia");
        String words = a.title().substring(0, a.title().length() - 1);
        assertThat(first).startsWith(words + " "); // cut between words
        assertThat(words.length()).isGreaterThan(PlainTextExtractor.MAX_TITLE_CHARS - 12);
        assertThat(a.text()).isEqualTo(first + "\n\nSecond paragraph.");
        assertThat(PlainTextExtractor.firstSentence("x".repeat(300))).isEqualTo("x".repeat(PlainTextExtractor.MAX_TITLE_CHARS - 1) + "…");
    }

    @Test
    void blankTextHasNoTitleAndNoText() {
        ExtractedArticle a = extractor.extract(" \n\t\n");

        assertThat(a.title()).isNull();
        assertThat(a.text()).isEmpty();
    }

    @Test
    void hardWrappedBlocksSeparatedByBlankLinesBecomeParagraphs() {
        ExtractedArticle a = extractor.extract("Title\r\n\r\nOne sentence\r\nwrapped here.\r\n\r\nSecond block.\r\n");

        assertThat(a.text()).isEqualTo("One sentence wrapped here.\n\nSecond block.");
    }

    @Test
    void citationMarkersAreFoundWithoutTargets() {
        ExtractedArticle a = extractor.extract("Title\nRussia denied the claims[4]. Armenia froze it[3].");

        assertThat(a.citations()).extracting(ExtractedArticle.CitationMark::marker).containsExactly("[4]", "[3]");
        assertThat(a.citations().getFirst().start()).isEqualTo("Russia denied the claims".length());
        assertThat(a.citations()).allSatisfy(c -> assertThat(c.targetUrl()).isNull());
    }

    @Test
    void armenianScriptIsGuessedArmenian() {
        assertThat(extractor.extract("Փաշինյան\nՓաշինյանը հանդիպեց Լավրովի հետ Երևանում։").language()).isEqualTo("hy");
    }

    @Test
    void blankInputHasNoTitleAndNoText() {
        ExtractedArticle a = extractor.extract("  \n \n");
        assertThat(a.title()).isNull();
        assertThat(a.text()).isEmpty();
    }
}
