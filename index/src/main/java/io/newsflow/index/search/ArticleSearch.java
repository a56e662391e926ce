package io.newsflow.index.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import io.newsflow.index.articles.ArticleDocument;

import java.io.IOException;
import java.util.List;

/**
 * Full-text search over the articles index: the query runs against title and text in every analysed language
 * (standard, English, Russian, Armenian sub-fields; the best field wins, title boosted 2x) and returns highlighted
 * passages of the text.
 */
public final class ArticleSearch {
    static final String PRE_TAG = "[[";
    static final String POST_TAG = "]]";
    static final int SNIPPET_CHARS = 160;
    private static final List<String> FIELDS = List.of("title^2", "title.en^2", "title.ru^2", "title.hy^2",
            "text", "text.en", "text.ru", "text.hy");

    private final ElasticsearchClient client;
    private final String index;

    public ArticleSearch(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    public List<ArticleHit> search(String query, int size) throws IOException {
        SearchResponse<ArticleDocument> response = client.search(s -> s
                .index(index)
                .size(size)
                .query(q -> q.multiMatch(m -> m.query(query).fields(FIELDS).type(TextQueryType.BestFields)))
                .highlight(h -> h.preTags(PRE_TAG).postTags(POST_TAG)
                        .fields(NamedValue.of("text", HighlightField.of(f -> f.numberOfFragments(2).fragmentSize(SNIPPET_CHARS)
                                .matchedFields("text", "text.en", "text.ru", "text.hy"))))),
                ArticleDocument.class);
        return response.hits().hits().stream().map(ArticleSearch::toHit).toList();
    }

    /** The actors named in the most articles, most frequent first (a terms aggregation on {@code actorNames}). */
    public List<TermCount> topActors(int size) throws IOException {
        SearchResponse<Void> response = client.search(s -> s
                .index(index)
                .size(0)
                .aggregations("actors", a -> a.terms(t -> t.field("actorNames").size(size))), Void.class);
        return response.aggregations().get("actors").sterms().buckets().array().stream()
                .map(b -> new TermCount(b.key().stringValue(), b.docCount())).toList();
    }

    /** Number of articles in the index. */
    public long count() throws IOException {
        return client.count(c -> c.index(index)).count();
    }

    private static ArticleHit toHit(Hit<ArticleDocument> hit) {
        ArticleDocument doc = hit.source(); // never null: the index keeps _source
        List<String> highlights = hit.highlight().values().stream().flatMap(List::stream).toList();
        return new ArticleHit(hit.id(), hit.score() == null ? 0 : hit.score(), doc.title(), doc.url(), doc.published(),
                doc.actorNames(), highlights.isEmpty() ? List.of(opening(doc.text())) : highlights);
    }

    /** When only the title matched there is no text highlight: show the opening of the text instead. */
    private static String opening(String text) {
        return text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS) + "…";
    }
}
