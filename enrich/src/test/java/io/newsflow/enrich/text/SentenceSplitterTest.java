package io.newsflow.enrich.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    static List<String> split(String text) {
        return SentenceSplitter.split(text, Tokenizer.tokenize(text)).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtSentenceEndsAndLineBreaks() {
        assertThat(split("Russia denied the claims[4]. As tensions rose, Pashinyan froze it.\nA new paragraph"))
                .containsExactly("Russia denied the claims[4].", "As tensions rose, Pashinyan froze it.", "A new paragraph");
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertThat(split("Gen. Prosper Avril met F.W. de Klerk and U.S. officials on Jan. 5. They talked."))
                .containsExactly("Gen. Prosper Avril met F.W. de Klerk and U.S. officials on Jan. 5.", "They talked.");
    }

    @Test
    void armenianFullStopEndsASentence() {
        assertThat(split("Նախարարը ժամանել է Երևան։ Միրզոյանը հանդիպել է նրան։"))
                .containsExactly("Նախարարը ժամանել է Երևան։", "Միրզոյանը հանդիպել է նրան։");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertThat(split("\"We value the alliance.\" Lavrov left.")).containsExactly("\"We value the alliance.\"", "Lavrov left.");
    }

    @Test
    void tokensOfEachSentenceAreItsOwn() {
        String text = "Putin called. Pashinyan answered.";
        List<Sentence> sentences = SentenceSplitter.split(text, Tokenizer.tokenize(text));
        assertThat(sentences.get(1).tokens()).extracting(Token::text).containsExactly("Pashinyan", "answered");
        assertThat(sentences.get(1).firstToken()).isEqualTo(2);
    }
}
