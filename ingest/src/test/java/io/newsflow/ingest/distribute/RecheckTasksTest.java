package io.newsflow.ingest.distribute;

import io.newsflow.ingest.settings.SourceSettings;
import io.newsflow.ingest.settings.SourceType;
import io.newsflow.ingest.sources.ListingItem;
import io.newsflow.ingest.sources.SourceIngester;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rechecks in distributed mode: only the due pages of the hosts this process holds are queued, each once per due time. */
class RecheckTasksTest {
    static final SourceSettings FEED = SourceSettings.of("feed", SourceType.FEED, "https://feeds.example.org/rss");

    static final class Recorded implements PageTasks {
        final List<String> pages = new ArrayList<>();
        int flushes;

        @Override public void page(String source, SourceIngester.Link link) { pages.add(source + " " + link.item().url()); }
        @Override public void flush() { flushes++; }
    }

    static SourceIngester.Recheck due(String url, Instant at) {
        return new SourceIngester.Recheck(FEED, new SourceIngester.Link(url, new ListingItem(url, null, null)), at);
    }

    /** Two hosts, one held: the host whose partition of 2 this process holds, and one it does not. */
    static String[] hostsSplitBetweenTwoPartitions() {
        String held = null, other = null;
        for (int i = 0; held == null || other == null; i++) {
            String host = "site" + i + ".example.org";
            if (HostKey.partition(host, 2) == 0) held = held == null ? host : held;
            else other = other == null ? host : other;
        }
        return new String[] {held, other};
    }

    @Test
    void onlyTheHostsHeldAreQueuedAndEachPageOncePerDueTime() {
        String[] hosts = hostsSplitBetweenTwoPartitions();
        HostOwnership ownership = new HostOwnership();
        ownership.gain(List.of(0), 2);
        Recorded queue = new Recorded();
        RecheckTasks tasks = new RecheckTasks(queue, ownership, 100);
        Instant at = Instant.parse("2026-12-01T10:15:00Z");
        String mine = "https://" + hosts[0] + "/a", theirs = "https://" + hosts[1] + "/b";

        assertThat(tasks.offer(List.of(due(mine, at), due(theirs, at)))).isEqualTo(1);
        assertThat(queue.pages).containsExactly("feed " + mine);
        assertThat(queue.flushes).isEqualTo(1);

        assertThat(tasks.offer(List.of(due(mine, at)))).as("still due, not done yet: not queued again").isZero();
        assertThat(tasks.offer(List.of(due(mine, at.plusSeconds(2700))))).as("due again later: queued").isEqualTo(1);
        assertThat(queue.pages).hasSize(2);
        assertThat(queue.flushes).isEqualTo(2);
    }

    @Test
    void theMemoryOfHandedOnPagesHoldsAsManyAsConfiguredThenStartsAgain() {
        String host = hostsSplitBetweenTwoPartitions()[0];
        HostOwnership ownership = new HostOwnership();
        ownership.gain(List.of(0), 2);
        Instant at = Instant.parse("2026-12-01T10:15:00Z");
        List<SourceIngester.Recheck> three = List.of(due("https://" + host + "/a", at), due("https://" + host + "/b", at),
                due("https://" + host + "/c", at));

        RecheckTasks roomForThree = new RecheckTasks(new Recorded(), ownership, 3);
        assertThat(roomForThree.offer(three)).isEqualTo(3);
        assertThat(roomForThree.offer(three)).as("all three remembered").isZero();

        RecheckTasks roomForTwo = new RecheckTasks(new Recorded(), ownership, 2);
        assertThat(roomForTwo.offer(three)).isEqualTo(3);
        assertThat(roomForTwo.offer(three)).as("over its size the memory starts again: queued again").isEqualTo(3);
    }
}
