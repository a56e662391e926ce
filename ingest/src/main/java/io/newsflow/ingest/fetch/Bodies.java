package io.newsflow.ingest.fetch;

import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.schemas.DeadLetterReason;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Turns a received body into the document's bytes: undoes {@code Content-Encoding: gzip/deflate} (and a gzip file
 * served as such), stopping at {@code maxBytes} of output, so a small compressed "bomb" that inflates to gigabytes
 * costs at most that much memory and ends as {@code TOO_LARGE}.
 */
final class Bodies {
    private Bodies() {}

    static byte[] decode(byte[] body, String contentEncoding, String mimeType, long maxBytes) throws InputRejectedException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        boolean gzipFile = "application/x-gzip".equals(mimeType) || "application/gzip".equals(mimeType);
        try {
            if (encoding.equals("gzip") || encoding.equals("x-gzip")) body = inflate(new GZIPInputStream(new ByteArrayInputStream(body)), maxBytes);
            else if (encoding.equals("deflate")) body = inflate(new InflaterInputStream(new ByteArrayInputStream(body)), maxBytes);
            else if (!encoding.equals("identity")) {
                throw new InputRejectedException(DeadLetterReason.UNSUPPORTED_TYPE, "unsupported Content-Encoding " + contentEncoding);
            }
            if (gzipFile) body = inflate(new GZIPInputStream(new ByteArrayInputStream(body)), maxBytes);
            return body;
        } catch (IOException e) {
            throw new InputRejectedException(DeadLetterReason.UNDECODABLE_TEXT, "corrupt compressed body: " + e.getMessage(), e);
        }
    }

    private static byte[] inflate(InputStream in, long maxBytes) throws IOException, InputRejectedException {
        try (in) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (out.length > maxBytes) {
                throw new InputRejectedException(DeadLetterReason.TOO_LARGE, "body inflates beyond the limit of " + maxBytes + " bytes (decompression bomb guard)");
            }
            return out;
        }
    }

    /** Media type of a Content-Type header, lower case without parameters; null when absent. */
    static String mimeType(String contentType) {
        if (contentType == null || contentType.isBlank()) return null;
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** The charset a Content-Type header declares, if the JVM supports it; else null. */
    static Charset charset(String contentType) {
        if (contentType == null) return null;
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring(8).replace("\"", "").replace("'", "").strip();
                try {
                    return Charset.isSupported(name) ? Charset.forName(name) : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
