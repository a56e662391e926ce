package io.newsflow.ingest.fetch;

/**
 * Dead-letter reason codes of fetching, so alerting can tell a blocked address from a broken server. (File ingest adds
 * {@code UNSUPPORTED_TYPE}, {@code UNREADABLE_INPUT}, {@code TOO_LARGE}, {@code UNDECODABLE_TEXT}, {@code EMPTY_TEXT},
 * which fetching reuses with the same meaning.)
 */
public final class Reasons {
    /** Not an http(s) URL, or not a URL at all. */
    public static final String UNSUPPORTED_URL = "UNSUPPORTED_URL";
    /** The host resolves to a private, loopback, link-local or otherwise internal address and is not allow-listed. */
    public static final String BLOCKED_ADDRESS = "BLOCKED_ADDRESS";
    /** robots.txt disallows the URL for newsflow's User-Agent (or the host asks for an excessive Crawl-delay). */
    public static final String ROBOTS_DISALLOWED = "ROBOTS_DISALLOWED";
    /** A 4xx answer, or a 5xx/429 that persisted through every retry. */
    public static final String HTTP_ERROR = "HTTP_ERROR";
    /** No complete answer within the request timeout, through every retry. */
    public static final String TIMEOUT = "TIMEOUT";
    /** Connection refused/reset, DNS failure, TLS failure, through every retry. */
    public static final String NETWORK_ERROR = "NETWORK_ERROR";
    /** More redirects than {@code maxRedirects}, or a redirect without a usable Location. */
    public static final String TOO_MANY_REDIRECTS = "TOO_MANY_REDIRECTS";
    /** Body larger than {@code maxBodyBytes} as sent or after decompression (a decompression bomb ends here). */
    public static final String TOO_LARGE = "TOO_LARGE";
    /** Content-Type not accepted for what was asked (a page must be HTML or text, a feed XML). */
    public static final String UNSUPPORTED_TYPE = "UNSUPPORTED_TYPE";
    /** A feed or sitemap that cannot be parsed. */
    public static final String UNPARSABLE = "UNPARSABLE";
    /** Text that is not valid in its declared (or assumed UTF-8) charset. */
    public static final String UNDECODABLE_TEXT = "UNDECODABLE_TEXT";
    /** A page where extraction found no article text. */
    public static final String EMPTY_TEXT = "EMPTY_TEXT";
    /** A local file or standard input that could not be read (missing, unreadable, not gzip). */
    public static final String UNREADABLE_INPUT = "UNREADABLE_INPUT";

    private Reasons() {}

    /** Whether a later attempt may succeed (the URL is tried again on a later poll, up to a limit). */
    public static boolean isTransient(String reason) {
        return HTTP_ERROR.equals(reason) || TIMEOUT.equals(reason) || NETWORK_ERROR.equals(reason);
    }
}
