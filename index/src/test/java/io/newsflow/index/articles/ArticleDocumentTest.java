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
        assertThat(doc.version()).isEqualTo(1);
        assertThat(doc.previousTextHash()).isNull();
    }

    @Test
    void everyVersionOfAnArticleGoesToTheIndexOfItsFirstVersion() {
        Instant first = Instant.parse("2026-11-30T23:50:00Z");
        EnrichedArticle v1 = EnrichedArticle.newBuilder().setId("a").setSource("s").setFetchedAt(first).setText("t").setContentHash("h")
                .setEnrichmentVersion("v").setEnrichedAt(first).build();
        EnrichedArticle v2 = EnrichedArticle.newBuilder(v1).setFetchedAt(first.plusSeconds(3600)).setFirstFetchedAt(first).setVersion(2)
                .setPreviousTextHash("h").setContentHash("h2").setModified(first.plusSeconds(3600)).build();

        assertThat(ArticleDocument.indexTime(v2)).isEqualTo(ArticleDocument.indexTime(v1)).isEqualTo(first); // not December's index
        ArticleDocument doc = ArticleDocument.from(v2);
        assertThat(doc.version()).isEqualTo(2);
        assertThat(doc.previousTextHash()).isEqualTo("h");
        assertThat(doc.firstFetchedAt()).isEqualTo(first);
        assertThat(doc.modified()).isEqualTo(first.plusSeconds(3600));
    }
}
