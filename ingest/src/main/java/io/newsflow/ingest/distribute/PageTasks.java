package io.newsflow.ingest.distribute;

import io.newsflow.ingest.sources.SourceIngester;

/** Where page tasks go: the fetch queue ({@link FetchQueue}), keyed by the page's host. */
public interface PageTasks {
    /** Asks the owner of the link's host to fetch it. */
    void page(String source, SourceIngester.Link link);

    /** Waits until every task sent so far is stored. */
    void flush();
}
