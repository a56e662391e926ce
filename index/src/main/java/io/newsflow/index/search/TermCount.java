package io.newsflow.index.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;

import java.util.List;

/** One bucket of a terms aggregation: a keyword value and how many documents hold it. */
public record TermCount(String term, long count) {
    /** The buckets of a string terms aggregation, in its order (most documents first); none when it is absent. */
    static List<TermCount> of(Aggregate terms) {
        if (terms == null) return List.of();
        return terms.sterms().buckets().array().stream().map(b -> new TermCount(b.key().stringValue(), b.docCount())).toList();
    }
}
