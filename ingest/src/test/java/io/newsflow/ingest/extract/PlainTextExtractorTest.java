package io.newsflow.ingest.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextExtractorTest {
    private final PlainTextExtractor extractor = new PlainTextExtractor();

    @Test
    void firstLineIsTheTitleAndEachLineAParagraph() {
        ExtractedArticle a = extractor.extract("\uFEFFRussia and Armenia\nPutin called Pashinyan.\nLavrov went to Yerevan.\n");

        assertThat(a.title()).isEqualTo("Russia and Armenia");
        assertThat(a.text()).isEqualTo("Putin called Pashinyan.\n\nLavrov went to Yerevan.");
        assertThat(a.language()).isEqualTo("en");
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
