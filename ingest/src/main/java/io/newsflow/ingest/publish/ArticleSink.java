package io.newsflow.ingest.publish;

import io.newsflow.schemas.DeadLetter;
import io.newsflow.schemas.RawArticle;

/** Where ingest delivers what it read: articles, and dead letters for what it could not read. */
public interface ArticleSink extends AutoCloseable {
    /** The stage recorded on ingest's dead letters. */
    String STAGE = "ingest";

    void article(RawArticle article);

    void deadLetter(DeadLetter deadLetter);

    /** Blocks until everything handed over so far is stored; throws if any of it could not be. */
    void flush();

    @Override
    void close();
}
