package io.newsflow.index.search;

/** A value of a keyword field and the number of articles that have it (one bucket of a terms aggregation). */
public record TermCount(String term, long count) {}
