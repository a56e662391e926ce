package io.newsflow.ingest.files;

import io.newsflow.ingest.Document;
import io.newsflow.ingest.extract.ExtractedArticle;
import io.newsflow.ingest.extract.HtmlExtractor;
import io.newsflow.ingest.extract.PlainTextExtractor;
import io.newsflow.schemas.ContentHash;
import org.jsoup.Jsoup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads one article file into an {@link ExtractedArticle}, or rejects it with a reason. Guards: the file, and for
 * {@code .gz} its decompressed content, may hold at most {@code maxBytes} (a decompression bomb stops there); text
 * files must be valid UTF-8; HTML charsets come from a BOM or {@code <meta charset>}, else UTF-8.
 */
public final class FileReader {
    private final long maxBytes;
    private final HtmlExtractor html = new HtmlExtractor();
    private final PlainTextExtractor text = new PlainTextExtractor();

    /** @param maxBytes the largest (decompressed) file accepted, in bytes */
    public FileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Document read(Path file) throws InputRejectedException {
        if (!ArticleFiles.isSupported(file)) {
            throw new InputRejectedException("UNSUPPORTED_TYPE", "not an article file (.txt, .html, .htm, optionally .gz): " + file);
        }
        byte[] content = load(file);
        boolean isHtml = ArticleFiles.isHtml(file);
        ExtractedArticle article;
        if (isHtml) {
            try {
                article = html.extract(Jsoup.parse(new ByteArrayInputStream(content), null, file.toUri().toString()));
            } catch (IOException e) {
                throw new InputRejectedException("UNREADABLE_INPUT", "cannot parse HTML " + file + ": " + e.getMessage(), e);
            }
        } else {
            article = text.extract(utf8(file, content));
        }
        return new Document(article, isHtml, content.length, ContentHash.sha256(content));
    }

    /** The file's bytes (decompressed when gzip), refused beyond {@code maxBytes}. */
    byte[] load(Path file) throws InputRejectedException {
        try {
            long size = Files.size(file);
            if (size > maxBytes) throw tooLarge(file, size);
            try (InputStream in = ArticleFiles.isGzip(file) ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) throw tooLarge(file, bytes.length);
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new InputRejectedException("UNREADABLE_INPUT", "no such file: " + file, e);
        } catch (IOException e) {
            throw new InputRejectedException("UNREADABLE_INPUT", "cannot read " + file + ": " + e, e);
        }
    }

    private InputRejectedException tooLarge(Path file, long size) {
        return new InputRejectedException("TOO_LARGE", file + " holds more than " + maxBytes + " bytes (" + size + "+)");
    }

    private static String utf8(Path file, byte[] content) throws InputRejectedException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InputRejectedException("UNDECODABLE_TEXT", file + " is not valid UTF-8 text", e);
        }
    }
}
