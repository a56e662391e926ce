package io.newsflow.index.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import io.newsflow.index.articles.ArticleDocument;
import io.newsflow.index.mapping.Fields;
import io.newsflow.index.model.SearchQuery;

import java.io.IOException;
import java.util.List;

/**
 * Search over the articles alias: the words run against title and text in every analysed language (standard,
 * English, Russian, Armenian sub-fields; the best field wins, title boosted 2x), filtered by actor, event type, date
 * and language ({@link SearchQuery}); results are ranked by relevance (newest first when there are no words) with
 * highlighted passages. Works before anything is indexed (no index yet: no hits).
 */
public final class ArticleSearch {
    static final String PRE_TAG = "[[";
    static final String POST_TAG = "]]";
    static final int SNIPPET_CHARS = 160;

    private final ElasticsearchClient client;
    private final String index;

    /** @param index the articles alias ({@code index.articlesIndex}) */
    public ArticleSearch(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** Words only, best {@code size} hits. */
    public List<ArticleHit> search(String query, int size) throws IOException {
        return search(SearchQuery.text(query, size));
    }

    public List<ArticleHit> search(SearchQuery q) throws IOException {
        SearchResponse<ArticleDocument> response = client.search(s -> s
                .index(index).ignoreUnavailable(true).allowNoIndices(true)
                .size(q.size())
                .query(Filters.ARTICLES.query(q))
                .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("published").order(SortOrder.Desc).unmappedType(co.elastic.clients.elasticsearch._types.mapping.FieldType.Date)))
                .highlight(h -> h.preTags(PRE_TAG).postTags(POST_TAG)
                        .fields(NamedValue.of("text", HighlightField.of(f -> f.numberOfFragments(2).fragmentSize(SNIPPET_CHARS)
                                .matchedFields(Fields.multilingual("text", "")))))),
                ArticleDocument.class);
        return response.hits().hits().stream().map(ArticleSearch::toHit).toList();
    }

    /** The actors named in the most articles, most frequent first (a terms aggregation on {@code actorNames}). */
    public List<TermCount> topActors(int size) throws IOException {
        return Dashboards.terms(client, index, Filters.ARTICLES.query(SearchQuery.text("", 1)), "actorNames", size);
    }

    /** Number of articles in the index. */
    public long count() throws IOException {
        return client.count(c -> c.index(index).ignoreUnavailable(true).allowNoIndices(true)).count();
    }

    private static ArticleHit toHit(Hit<ArticleDocument> hit) {
        ArticleDocument doc = hit.source(); // never null: the index keeps _source
        List<String> highlights = hit.highlight().values().stream().flatMap(List::stream).toList();
        return new ArticleHit(hit.id(), hit.score() == null ? 0 : hit.score(), doc.title(), doc.url(), doc.published(),
                doc.language(), doc.actorNames(), doc.eventTypes(), highlights.isEmpty() ? List.of(opening(doc.text())) : highlights);
    }

    /** When only the title matched there is no text highlight: show the opening of the text instead. */
    private static String opening(String text) {
        return text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS) + "…";
    }
}
