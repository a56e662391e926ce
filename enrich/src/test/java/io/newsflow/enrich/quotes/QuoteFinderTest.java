package io.newsflow.enrich.quotes;

import io.newsflow.enrich.actors.ActorResolver;
import io.newsflow.enrich.text.Tokenizer;
import io.newsflow.schemas.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteFinderTest {
    static final ActorResolver RESOLVER = ActorResolver.bundled();

    static List<Quote> quotes(String text) {
        return QuoteFinder.find(text, RESOLVER.resolve(text, Tokenizer.tokenize(text), null).mentions());
    }

    @Test
    void theSpeakerNamedAfterTheQuote() {
        String text = "“We value our alliance with Armenia,” Lavrov told reporters in Yerevan.";
        assertThat(quotes(text)).singleElement().satisfies(q -> {
            assertThat(q.getSpeakerName()).isEqualTo("Sergey Lavrov");
            assertThat(q.getText()).isEqualTo("We value our alliance with Armenia,");
            assertThat(text.substring(q.getStart(), q.getEnd())).isEqualTo(q.getText());
        });
    }

    @Test
    void theSpeakerNamedBeforeTheQuoteAndRussianGuillemets() {
        assertThat(quotes("Пашинян заявил: «Армения не собирается выходить из ЕАЭС в ближайшее время»."))
                .singleElement().extracting(Quote::getSpeakerId).isEqualTo("nf:person/nikol-pashinyan");
    }

    @Test
    void aQuoteWithoutANamedSpeakerIsKeptAndShortQuotesAreNot() {
        assertThat(quotes("The statement called it \"a historic step towards lasting peace\". Critics said it was \"too late\"."))
                .singleElement().satisfies(q -> {
                    assertThat(q.getSpeakerId()).isNull();
                    assertThat(q.getText()).isEqualTo("a historic step towards lasting peace");
                });
    }
}
