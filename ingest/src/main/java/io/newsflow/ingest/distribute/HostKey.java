package io.newsflow.ingest.distribute;

import io.newsflow.ingest.fetch.UrlHost;
import io.newsflow.ingest.settings.SourceSettings;
import io.newsflow.ingest.settings.SourceType;
import org.apache.kafka.common.utils.Utils;

import java.nio.charset.StandardCharsets;

/**
 * The key that decides which ingest process does a piece of work: the host of the URL to fetch, lower case, as
 * {@link UrlHost#of} gives it (so {@code Example.org} and {@code example.org} are one host and one politeness budget;
 * a URL without a host is its own key and then fails as a fetch, once). A files source has no host; it is keyed
 * {@code files:<name>} so that exactly one process reads it.
 *
 * <p>{@link #partition(String, int)} is the partition Kafka's default partitioner picks for that key as a
 * {@code String}-serialised record key (murmur2, as {@code BuiltInPartitioner.partitionForKey}), so the process that
 * consumes a fetch-queue partition knows which sources are its own without asking anyone.
 */
public final class HostKey {
    private HostKey() {}

    /** The key of a source: its URL's host, or {@code files:<name>} for a files source. */
    public static String of(SourceSettings source) {
        return source.type() == SourceType.FILES ? "files:" + source.name() : UrlHost.of(source.url());
    }

    /** The fetch-queue partition of {@code key} among {@code partitions}, as Kafka's default partitioner picks it. */
    public static int partition(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
