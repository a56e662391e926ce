package io.newsflow.index.settings;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How much time one concrete index holds. A document's index is chosen from its article's date (published, else
 * fetched), which does not change when the article is enriched again, so a newer version overwrites the older one in
 * the same index instead of duplicating it in a newer one (which a rollover write alias would do).
 */
public enum IndexPeriod {
    /** {@code <alias>-yyyy.MM}: the default; a month of news per index. */
    MONTH(DateTimeFormatter.ofPattern("yyyy.MM").withZone(ZoneOffset.UTC)),
    /** {@code <alias>-yyyy}: for small volumes. */
    YEAR(DateTimeFormatter.ofPattern("yyyy").withZone(ZoneOffset.UTC));

    private final DateTimeFormatter suffix;

    IndexPeriod(DateTimeFormatter suffix) {
        this.suffix = suffix;
    }

    /** The concrete index for a document of {@code alias} dated {@code time}, e.g. {@code newsflow-articles-2025.05}. */
    public String indexName(String alias, Instant time) {
        return alias + "-" + suffix.format(time);
    }
}
