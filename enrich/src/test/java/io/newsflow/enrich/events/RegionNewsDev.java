package io.newsflow.enrich.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Russia–Armenia news passages written for this project with their events annotated
 * ({@code src/test/resources/events/region-news-dev.jsonl}, events-news-dev's format; see the README beside it): the
 * region the pipeline watches, which the shared dev sets hardly cover. Split into tune and check parts by the same
 * fixed hash as the other dev sets ({@link PloverGold#inTunePart}).
 */
final class RegionNewsDev {
    static final String RESOURCE = "/events/region-news-dev.jsonl";

    private RegionNewsDev() {}

    /** The file's lines (one passage each). */
    static List<String> lines() {
        try (InputStream in = RegionNewsDev.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the test classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
