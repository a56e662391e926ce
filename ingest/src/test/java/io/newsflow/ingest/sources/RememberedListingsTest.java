package io.newsflow.ingest.sources;

import io.newsflow.ingest.fetch.Validators;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The bound on remembered listings: least recently used first out, children counted, a listing too large kept as validators only. */
class RememberedListingsTest {
    private static RememberedListings.Read read(String body, int items, int children, String etag) {
        List<ListingItem> listed = IntStream.range(0, items).mapToObj(i -> new ListingItem("https://a.example/" + i, null, null)).toList();
        List<String> sitemaps = IntStream.range(0, children).mapToObj(i -> "https://a.example/sitemap-" + i + ".xml").toList();
        return new RememberedListings.Read(new RememberedListings.Listing(listed, sitemaps),
                RememberedListings.digest(body.getBytes(StandardCharsets.UTF_8)), new Validators(etag, null));
    }

    @Test
    void theLeastRecentlyUsedListingsMakeRoomAndChildrenCount() {
        RememberedListings remembered = new RememberedListings(10);
        remembered.remember("a", read("a", 4, 0, "\"a\""));
        remembered.remember("b", read("b", 2, 2, "\"b\"")); // 4 entries: 2 items, 2 child sitemaps
        assertThat(remembered.last("a")).isNotNull(); // a is now the more recently used
        remembered.remember("c", read("c", 3, 0, "\"c\"")); // 11 > 10: b goes, not a
        assertThat(remembered.last("b")).isNull();
        assertThat(remembered.last("a").validators().etag()).isEqualTo("\"a\"");
        assertThat(remembered.last("c").listing().items()).hasSize(3);
        remembered.remember("a", read("a2", 7, 0, "\"a2\"")); // replacing a frees its 4: 7 + 3 fit
        assertThat(remembered.last("c")).isNotNull();
        assertThat(remembered.last("a").listing().items()).hasSize(7);
    }

    @Test
    void aListingLargerThanTheBoundKeepsOnlyItsValidators() {
        RememberedListings remembered = new RememberedListings(10);
        remembered.remember("small", read("s", 2, 0, "\"s\""));
        remembered.remember("huge", read("h", 50, 0, "\"h\""));
        RememberedListings.Read huge = remembered.last("huge");
        assertThat(huge.listing()).isNull();
        assertThat(huge.validators().etag()).isEqualTo("\"h\"");
        assertThat(RememberedListings.sameBody(huge, RememberedListings.digest("h".getBytes(StandardCharsets.UTF_8)))).isFalse();
        assertThat(remembered.last("small")).as("the marker costs one entry").isNotNull();
        assertThat(RememberedListings.sameBody(remembered.last("small"), RememberedListings.digest("s".getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(RememberedListings.sameBody(remembered.last("small"), RememberedListings.digest("t".getBytes(StandardCharsets.UTF_8)))).isFalse();
    }
}
