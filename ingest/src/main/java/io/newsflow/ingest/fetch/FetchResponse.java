package io.newsflow.ingest.fetch;

import java.net.URI;
import java.nio.charset.Charset;

/**
 * A fetched document.
 *
 * @param requested   the URL asked for
 * @param uri         the URL that answered, after redirects
 * @param status      final HTTP status (200..299, or 304 when {@link #notModified()})
 * @param contentType the Content-Type header as sent, or null
 * @param mimeType    its media type, lower case, without parameters, or null
 * @param charset     the charset the header declares, when the JVM knows it; else null (BOM or meta decide)
 * @param body        the body, decompressed; empty for 304
 * @param wireBytes   bytes received on the wire for the body (before decompression)
 * @param validators  ETag and Last-Modified of this answer, for the next conditional request
 */
public record FetchResponse(URI requested, URI uri, int status, String contentType, String mimeType, Charset charset,
                            byte[] body, long wireBytes, Validators validators) {

    public boolean notModified() {
        return status == 304;
    }

    public boolean isHtml() {
        return mimeType == null || mimeType.equals("text/html") || mimeType.equals("application/xhtml+xml");
    }
}
