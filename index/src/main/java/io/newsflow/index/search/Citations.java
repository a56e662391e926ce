package io.newsflow.index.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.newsflow.index.articles.ArticleDocument;
import io.newsflow.index.model.SearchQuery;

import java.io.IOException;
import java.util.List;

/**
 * Who cites whom, from the articles' provenance keywords: {@code linkDomains} (the body's outbound links) and
 * {@code citedDomains} (where its "[n]" references point). "Who cites X": the outlets whose articles link to or cite
 * the domain X, most articles first ("which outlets follow TASS"); "what does X cite": the domains the articles of
 * outlet X cite and link to. Both take the usual filters of a {@link SearchQuery} (period, language, actor, words), so
 * either question can be asked per period. Aggregations over the articles alias; syndicated copies count as the
 * articles they are (an outlet that reprints a story cites what it cites). Thread-safe.
 */
public final class Citations {
    private final ElasticsearchClient client;
    private final String articles;

    public Citations(ElasticsearchClient client, String articlesAlias) {
        this.client = client;
        this.articles = articlesAlias;
    }

    /** @param articles articles matching the filters that cite or link to {@code domain} */
    public record WhoCites(String domain, long articles, List<TermCount> outlets) {}

    /**
     * @param cited  domains its "[n]" references point to, most articles first
     * @param linked domains its outbound links point to, most articles first
     */
    public record WhatItCites(String outlet, long articles, List<TermCount> cited, List<TermCount> linked) {}

    /** The outlets whose articles (matching {@code q}) cite or link to {@code domain} ("www." and case ignored). */
    public WhoCites whoCites(SearchQuery q, String domain) throws IOException {
        String d = normalised(domain);
        Query citing = Query.of(b -> b.bool(x -> x.must(Filters.ARTICLES.query(q)).filter(f -> f.bool(o -> o.minimumShouldMatch("1")
                .should(s -> s.term(t -> t.field("citedDomains").value(d)))
                .should(s -> s.term(t -> t.field("linkDomains").value(d)))))));
        SearchResponse<Void> r = client.search(s -> s.index(articles).ignoreUnavailable(true).allowNoIndices(true).size(0)
                .trackTotalHits(t -> t.enabled(true)).query(citing)
                .aggregations("outlets", a -> a.terms(t -> t.field("outlet").size(q.size()))), Void.class);
        return new WhoCites(d, total(r), TermCount.of(r.aggregations().get("outlets")));
    }

    /** What the articles of {@code q}'s outlet (required) cite and link to. */
    public WhatItCites whatItCites(SearchQuery q) throws IOException {
        if (q.outlet() == null) throw new IllegalArgumentException("name the outlet whose citations to list (outlet=...)");
        SearchResponse<Void> r = client.search(s -> s.index(articles).ignoreUnavailable(true).allowNoIndices(true).size(0)
                .trackTotalHits(t -> t.enabled(true)).query(Filters.ARTICLES.query(q))
                .aggregations("cited", a -> a.terms(t -> t.field("citedDomains").size(q.size())))
                .aggregations("linked", a -> a.terms(t -> t.field("linkDomains").size(q.size()))), Void.class);
        return new WhatItCites(q.outlet(), total(r), TermCount.of(r.aggregations().get("cited")), TermCount.of(r.aggregations().get("linked")));
    }

    /** A domain as {@link ArticleDocument#domain} stores it: "https://www.TASS.ru/x", "www.tass.ru" and "tass.ru" agree. */
    static String normalised(String domain) {
        String d = domain.strip();
        String host = ArticleDocument.domain(d.contains("://") ? d : "https://" + d);
        if (host == null) throw new IllegalArgumentException("not a domain: '" + domain + "'");
        return host;
    }

    private static long total(SearchResponse<Void> r) {
        return r.hits().total() == null ? 0 : r.hits().total().value();
    }
}
