package io.newsflow.ingest.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A page's {@code <meta>} tags, read in one pass and looked up by the lower-cased value of their {@code property},
 * {@code name}, {@code itemprop} or {@code http-equiv} ({@code og:title}, {@code author}, {@code datepublished}); one
 * pass instead of a document scan per key keeps metadata reading cheap.
 */
final class MetaTags {
    private static final String[] KEY_ATTRIBUTES = {"property", "name", "itemprop", "http-equiv"};
    private final Map<String, List<String>> values = new HashMap<>();

    MetaTags(Document document) {
        for (Element meta : document.getElementsByTag("meta")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) continue;
            for (String attribute : KEY_ATTRIBUTES) {
                String key = meta.attr(attribute);
                if (!key.isEmpty()) values.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content);
            }
        }
    }

    /** The first non-empty content for the key, or null. */
    String get(String key) {
        List<String> all = values.get(key);
        return all == null ? null : all.get(0);
    }

    /** Every non-empty content for the key, in page order. */
    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }
}
