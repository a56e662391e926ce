package io.newsflow.index;

/**
 * The HTTP search API of {@code newsflow serve} (the {@code index.serve:} section of newsflow's YAML).
 *
 * @param host address to listen on; default {@code 127.0.0.1} (put a reverse proxy with TLS and auth in front to
 *             expose it: the API itself has neither)
 * @param port TCP port; default 8321; 0 picks a free one
 */
public record ServeSettings(String host, int port) {
    /** The documented defaults. */
    public static final ServeSettings DEFAULTS = new ServeSettings("127.0.0.1", 8321);

    public ServeSettings {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("index.serve.host must not be blank");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("index.serve.port must be 0..65535, was " + port);
    }
}
