package io.newsflow.ingest.fetch;

import java.net.URI;
import java.util.Locale;

/** The host of a URL as politeness counts hosts: lower case, so {@code Example.org} and {@code example.org} are one. */
public final class UrlHost {
    private UrlHost() {}

    /** The host of {@code url} in lower case, or {@code url} itself when it has none or is not a URL. */
    public static String of(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? url : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
