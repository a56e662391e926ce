package io.newsflow.index.articles;

import io.newsflow.schemas.Actor;
import io.newsflow.schemas.EnrichedArticle;
import io.newsflow.schemas.Mention;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleDocumentTest {

    @Test
    void flattensActorsForFiltersAndKeepsMentionCounts() {
        Actor putin = Actor.newBuilder().setId("Q7747").setName("Vladimir Putin").setKind("person").setCountryCode("RUS")
                .setMentions(List.of(new Mention(0, 5, "Putin"), new Mention(20, 25, "Putin"))).build();
        Actor russia = Actor.newBuilder().setId("Q159").setName("Russia").setKind("country").setCountryCode("RUS")
                .setMentions(List.of(new Mention(7, 13, "Russia"))).build();
        Actor csto = Actor.newBuilder().setId("nf:org/csto").setName("CSTO").setKind("organisation").setCountryCode("IGO")
                .setMentions(List.of(new Mention(30, 34, "CSTO"))).build();
        EnrichedArticle article = EnrichedArticle.newBuilder().setId("a").setSource("s").setFetchedAt(Instant.EPOCH)
                .setText("t").setContentHash("h").setActors(List.of(putin, russia, csto)).setEnrichmentVersion("v")
                .setEnrichedAt(Instant.EPOCH).build();

        ArticleDocument doc = ArticleDocument.from(article);

        assertThat(doc.actorIds()).containsExactly("Q7747", "Q159", "nf:org/csto");
        assertThat(doc.actorNames()).containsExactly("Vladimir Putin", "Russia", "CSTO");
        assertThat(doc.actorCountries()).containsExactly("RUS", "IGO");
        assertThat(doc.actors().getFirst().mentions()).isEqualTo(2);
    }
}
