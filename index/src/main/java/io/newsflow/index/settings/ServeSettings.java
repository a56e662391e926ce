package io.newsflow.index.settings;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The HTTP page and API of {@code newsflow serve} (the {@code index.serve:} section of newsflow's YAML). Read-only
 * whatever the settings; no TLS of its own (put a reverse proxy in front to expose it beyond one machine).
 *
 * @param host  address to listen on; default {@code 127.0.0.1}. A host that is not a loopback address needs a
 *              {@code token}: without one the settings are refused, so the page is never open to a network by mistake
 * @param port  TCP port; default 8321; 0 picks a free one
 * @param token shared secret, or null (default; allowed on loopback only). When set, every request must carry it:
 *              {@code Authorization: Bearer TOKEN} (scripts, curl), or HTTP Basic with any user name and the token
 *              as password (browsers ask for it). At least {@value #MIN_TOKEN} characters; never logged
 */
public record ServeSettings(String host, int port, String token) {
    /** The documented defaults. */
    public static final ServeSettings DEFAULTS = new ServeSettings("127.0.0.1", 8321, null);
    /** Shortest token accepted, in characters. */
    public static final int MIN_TOKEN = 16;

    public ServeSettings {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("index.serve.host must not be blank");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("index.serve.port must be 0..65535, was " + port);
        if (token != null && token.isBlank()) token = null;
        if (token != null && token.length() < MIN_TOKEN) {
            throw new IllegalArgumentException("index.serve.token must have at least " + MIN_TOKEN + " characters");
        }
        if (token == null && !isLoopback(host)) {
            throw new IllegalArgumentException("index.serve.host is " + host + ", not a loopback address: set index.serve.token"
                    + " (or the environment variable NEWSFLOW_SERVE_TOKEN) so that the page and API ask for it, or listen on 127.0.0.1");
        }
    }

    /** Loopback only, no token. */
    public ServeSettings(String host, int port) {
        this(host, port, null);
    }

    /** True for {@code localhost}, {@code 127.x.x.x} and {@code ::1}; a name that does not resolve is not loopback. */
    public static boolean isLoopback(String host) {
        String h = host.strip();
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        try {
            return h.equalsIgnoreCase("localhost") || InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The token masked: settings get logged, secrets must not be. */
    @Override
    public String toString() {
        return "ServeSettings[host=" + host + ", port=" + port + ", token=" + (token == null ? "none" : "***") + "]";
    }
}
