package io.newsflow.ingest.distribute;

import io.newsflow.ingest.fetch.UrlHost;
import io.newsflow.ingest.settings.SourceSettings;
import io.newsflow.ingest.settings.SourceType;
import io.newsflow.ingest.sources.ListingItem;
import io.newsflow.ingest.sources.SourceIngester;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostKeyTest {

    @Test
    void theKeyIsTheLowerCaseHostAndFilesSourcesAreKeyedByName() {
        assertThat(UrlHost.of("https://News.Example.org:8443/a?b=c")).isEqualTo("news.example.org");
        assertThat(HostKey.of(SourceSettings.of("herald", SourceType.FEED, "http://127.0.0.7:9000/feed.xml"))).isEqualTo("127.0.0.7");
        assertThat(HostKey.of(new SourceSettings("inbox", SourceType.FILES, null, "/data/in", null, null, null))).isEqualTo("files:inbox");
        assertThat(UrlHost.of("not a url")).isEqualTo("not a url");
    }

    @Test
    void thePartitionIsTheOneKafkasDefaultPartitionerPicksForTheKey() {
        List<String> hosts = IntStream.range(0, 500).mapToObj(i -> "host" + i + ".example.org").toList();
        for (int partitions : List.of(1, 3, 6, 7)) {
            for (String host : hosts) {
                assertThat(HostKey.partition(host, partitions)).as("%s of %d", host, partitions)
                        .isEqualTo(BuiltInPartitioner.partitionForKey(host.getBytes(StandardCharsets.UTF_8), partitions));
            }
        }
        assertThat(hosts.stream().map(h -> HostKey.partition(h, 6)).distinct()).hasSize(6);
    }

    @Test
    void ownershipFollowsThePartitionsHeld() {
        HostOwnership ownership = new HostOwnership();
        String host = "news.example.org";
        int partition = HostKey.partition(host, 6);
        assertThat(ownership.owns(host)).as("nothing is owned before the first assignment").isFalse();
        ownership.gain(List.of((partition + 1) % 6), 6);
        assertThat(ownership.owns(host)).isFalse();
        ownership.gain(List.of(partition), 6);
        assertThat(ownership.owns(host)).isTrue();
        assertThat(ownership.owns(SourceSettings.of("s", SourceType.SITE, "https://NEWS.example.org/"))).isTrue();
        ownership.lose(List.of(partition));
        assertThat(ownership.owns(host)).isFalse();
        assertThat(ownership.partitions()).containsExactly((partition + 1) % 6);
    }

    @Test
    void aTaskTravelsAsJsonWithItsLink() throws IOException {
        SourceIngester.Link link = new SourceIngester.Link("https://example.org/a", new ListingItem("https://example.org/a?utm=x", "A title", Instant.parse("2026-01-02T03:04:05Z")));
        FetchTask page = FetchTask.fromJson(FetchTask.page("herald", link).toJson());
        assertThat(page.kind()).isEqualTo(FetchTask.Kind.PAGE);
        assertThat(page.source()).isEqualTo("herald");
        assertThat(page.link()).isEqualTo(link);
        assertThat(FetchTask.fromJson(FetchTask.list("herald").toJson())).isEqualTo(FetchTask.list("herald"));
    }

    @Test
    void whatIsNotATaskFailsToDecode() {
        assertThatThrownBy(() -> FetchTask.fromJson("not json".getBytes(StandardCharsets.UTF_8))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> FetchTask.fromJson("{\"kind\":\"PAGE\",\"source\":\"s\"}".getBytes(StandardCharsets.UTF_8)))
                .as("a page task without its URL").isInstanceOf(IOException.class);
        assertThatThrownBy(() -> FetchTask.fromJson(null)).isInstanceOf(IOException.class);
    }
}
