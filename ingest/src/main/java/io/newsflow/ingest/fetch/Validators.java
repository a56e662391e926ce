package io.newsflow.ingest.fetch;

/**
 * A previous answer's {@code ETag} and {@code Last-Modified}, sent back as {@code If-None-Match} and
 * {@code If-Modified-Since} so an unchanged feed costs a 304 instead of a download.
 */
public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
