package io.newsflow.ingest.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code ingest.fetch.allowHosts} entries the {@link AddressGuard} lets through whatever they resolve to. An entry
 * is a host name or IP literal, meaning every port of it ({@code 127.0.0.1}, {@code intranet.example}, {@code ::1} or
 * {@code [::1]}), or the same with a port, meaning only that port ({@code 127.0.0.1:8080}, {@code [::1]:8080},
 * {@code intranet.example:443}). Names compare case-insensitively; IP literals compare by address, so {@code [::1]},
 * {@code ::1} and {@code 0:0:0:0:0:0:0:1} are one entry. A URL without a port is on its scheme's default port (80, 443).
 */
final class AllowedHosts {
    private final Set<String> anyPort = new HashSet<>();
    private final Set<String> onePort = new HashSet<>();

    AllowedHosts(List<String> entries) {
        for (String entry : entries) {
            String e = entry.strip().toLowerCase(Locale.ROOT);
            int colon = e.lastIndexOf(':');
            boolean bracketed = e.startsWith("[");
            boolean withPort = colon > 0 && (bracketed ? e.indexOf(']') == colon - 1 : e.indexOf(':') == colon)
                    && colon < e.length() - 1 && e.substring(colon + 1).chars().allMatch(Character::isDigit);
            if (withPort) onePort.add(normalise(e.substring(0, colon)) + ":" + Integer.parseInt(e.substring(colon + 1)));
            else anyPort.add(normalise(e));
        }
    }

    /** Whether the URL's host (and port) is on the list. */
    boolean allows(URI uri) {
        String host = normalise(uri.getHost());
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return anyPort.contains(host) || onePort.contains(host + ":" + port);
    }

    /** Lower case, without IPv6 brackets; an IP literal in the JDK's one spelling of its address. */
    static String normalise(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        if (!isIpLiteral(h)) return h;
        try {
            return InetAddress.getByName(h).getHostAddress(); // a literal: parsed, never looked up
        } catch (UnknownHostException e) {
            return h;
        }
    }

    private static boolean isIpLiteral(String h) {
        return h.contains(":") ? h.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')
                : !h.isEmpty() && h.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.') && h.chars().filter(c -> c == '.').count() == 3;
    }
}
