package io.newsflow.ingest.dedup;

import crawlercommons.filters.basic.BasicURLNormalizer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One spelling per article URL, so the same page reached through a feed, a sitemap and a share link is fetched and
 * produced once. crawler-commons' {@link BasicURLNormalizer} lower-cases scheme and host, converts IDNs to punycode,
 * drops default ports, user info and the fragment, resolves {@code /./} and {@code /../} and normalises
 * percent-encoding; before that, tracking parameters are removed: every {@code utm_*} and the click ids and mailing
 * tags in {@link #TRACKING}. Other parameters keep their order (some sites route on them).
 */
public final class UrlCanonicalizer {
    /** Tracking parameters removed besides {@code utm_*}. */
    public static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "yclid", "msclkid",
            "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "ocid", "cmpid", "ref_src", "at_medium", "at_campaign");

    private static final BasicURLNormalizer NORMALIZER = BasicURLNormalizer.newBuilder().build();

    private UrlCanonicalizer() {}

    /** The canonical form of an absolute http(s) URL; null when it is not one. */
    public static String canonicalize(String url) {
        if (url == null) return null;
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) return null;
        int hash = u.indexOf('#');
        if (hash >= 0) u = u.substring(0, hash);
        int q = u.indexOf('?');
        if (q >= 0) {
            String kept = Arrays.stream(u.substring(q + 1).split("&"))
                    .filter(p -> !p.isEmpty() && !isTracking(p))
                    .collect(Collectors.joining("&"));
            u = u.substring(0, q) + (kept.isEmpty() ? "" : "?" + kept);
        }
        try {
            return NORMALIZER.filter(u);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean isTracking(String param) {
        int eq = param.indexOf('=');
        String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING.contains(name);
    }
}
