package io.newsflow.ingest;

import io.newsflow.ingest.publish.ArticleSink;
import io.newsflow.schemas.DeadLetter;
import io.newsflow.schemas.RawArticle;

import java.util.ArrayList;
import java.util.List;

/** An in-memory sink for unit tests of the file handling (the Kafka sink has its own integration test). */
final class RecordingSink implements ArticleSink {
    final List<RawArticle> articles = new ArrayList<>();
    final List<DeadLetter> deadLetters = new ArrayList<>();
    int flushes;

    @Override public void article(RawArticle article) { articles.add(article); }
    @Override public void deadLetter(DeadLetter deadLetter) { deadLetters.add(deadLetter); }
    @Override public void flush() { flushes++; }
    @Override public void close() {}
}
