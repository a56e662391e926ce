package io.newsflow.ingest.files;

import io.newsflow.ingest.extract.ExtractedArticle;
import io.newsflow.ingest.extract.HtmlExtractor;
import io.newsflow.ingest.extract.PlainTextExtractor;
import io.newsflow.ingest.model.Document;
import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.schemas.ContentHash;
import io.newsflow.schemas.DeadLetterReason;
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
 * files must be valid UTF-8; HTML that is valid UTF-8 is read as UTF-8, other HTML by its BOM or {@code <meta charset>};
 * only regular files are opened (a FIFO, socket or device is refused unopened, a dangling symbolic link named); a
 * document with no article text (empty, white space only) is refused as {@code EMPTY_TEXT}.
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
        return read(file, file.toUri().toString());
    }

    /**
     * Reads a file saved from the web, resolving its links against the URL it came from.
     *
     * @param baseUri the page's original URL (relative links and the default canonical URL resolve against it)
     */
    public Document read(Path file, String baseUri) throws InputRejectedException {
        if (!ArticleFiles.isSupported(file)) {
            throw new InputRejectedException(DeadLetterReason.UNSUPPORTED_TYPE, "not an article file (.txt, .html, .htm, optionally .gz): " + file);
        }
        byte[] content = load(file);
        if (ArticleFiles.isHtml(file)) return html(content, baseUri, file.toString());
        return text(content, file.toString());
    }

    /**
     * Reads one document from a stream (standard input) until it ends, refusing more than {@code maxBytes}.
     *
     * @param name what to call the input in an error message
     */
    public byte[] load(InputStream in, String name) throws InputRejectedException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) throw new InputRejectedException(DeadLetterReason.TOO_LARGE, name + " holds more than " + maxBytes + " bytes");
            return bytes;
        } catch (IOException e) {
            throw new InputRejectedException(DeadLetterReason.UNREADABLE_INPUT, "cannot read " + name + ": " + e, e);
        }
    }

    /**
     * Extracts a document of unknown type held in memory (standard input has no file name to tell): HTML when its
     * first character after a BOM and white space opens a tag, a comment or a declaration ({@code <html}, {@code <p},
     * {@code <!DOCTYPE}, {@code <!--}, {@code <?xml}), else UTF-8 plain text.
     *
     * @param baseUri where the document came from, when known (relative links resolve against it); may be null
     */
    public Document detect(byte[] content, String baseUri, String name) throws InputRejectedException {
        return looksLikeHtml(content) ? html(content, baseUri == null ? "" : baseUri, name) : text(content, name);
    }

    static boolean looksLikeHtml(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb && (content[2] & 0xff) == 0xbf ? 3 : 0;
        while (i < content.length && Character.isWhitespace(content[i])) i++;
        if (i + 1 >= content.length || content[i] != '<') return false;
        byte next = content[i + 1];
        return (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '!' || next == '?';
    }

    /** Extracts a UTF-8 plain-text article held in memory; {@code name} is what an error message calls it. */
    public Document text(byte[] content, String name) throws InputRejectedException {
        return withText(new Document(text.extract(utf8(name, content)), false, content.length, ContentHash.sha256(content)), name);
    }

    /** The document, or {@code EMPTY_TEXT} when it has no article text (an empty or white-space-only input, say). */
    private static Document withText(Document document, String name) throws InputRejectedException {
        if (document.article().text().isBlank()) {
            throw new InputRejectedException(DeadLetterReason.EMPTY_TEXT, "no article text in " + name + " (" + document.length()
                    + " bytes, " + (document.length() == 0 ? "empty" : "no text beyond white space or a title") + ")");
        }
        return document;
    }

    /**
     * Extracts an HTML page held in memory (fetched from the web, say): UTF-8 when the bytes are valid UTF-8, else
     * the charset of a BOM or {@code <meta charset>}.
     *
     * @param name what to call the input in an error message
     */
    public Document html(byte[] content, String baseUri, String name) throws InputRejectedException {
        if (content.length > maxBytes) throw new InputRejectedException(DeadLetterReason.TOO_LARGE, name + " holds more than " + maxBytes + " bytes");
        try {
            String utf8 = validUtf8(content);
            ExtractedArticle article = html.extract(utf8 != null ? Jsoup.parse(utf8, baseUri)
                    : Jsoup.parse(new ByteArrayInputStream(content), null, baseUri));
            return withText(new Document(article, true, content.length, ContentHash.sha256(content)), name);
        } catch (IOException e) {
            throw new InputRejectedException(DeadLetterReason.UNREADABLE_INPUT, "cannot parse HTML " + name + ": " + e.getMessage(), e);
        } catch (RuntimeException e) { // an extractor bug on one page must not end the run
            throw new InputRejectedException(DeadLetterReason.UNPARSABLE, "cannot extract an article from " + name + ": " + e, e);
        }
    }

    /** The file's bytes (decompressed when gzip), refused beyond {@code maxBytes}. */
    byte[] load(Path file) throws InputRejectedException {
        regularFile(file);
        try {
            long size = Files.size(file);
            if (size > maxBytes) throw tooLarge(file, size);
            try (InputStream in = ArticleFiles.isGzip(file) ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) throw tooLarge(file, bytes.length);
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new InputRejectedException(DeadLetterReason.UNREADABLE_INPUT, "no such file: " + file, e);
        } catch (IOException e) {
            throw new InputRejectedException(DeadLetterReason.UNREADABLE_INPUT, "cannot read " + file + ": " + e, e);
        }
    }

    /**
     * Refuses, without opening it, what is not a regular file: opening a FIFO would wait for a writer forever, and a
     * device or socket is no article. A symbolic link is followed; one whose target is missing is named as such.
     */
    private static void regularFile(Path file) throws InputRejectedException {
        if (Files.isRegularFile(file)) return;
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            String target;
            try {
                target = Files.readSymbolicLink(file).toString();
            } catch (IOException e) {
                target = "?";
            }
            throw new InputRejectedException(DeadLetterReason.UNREADABLE_INPUT, "dangling symbolic link: " + file + " -> " + target + " (no such file)");
        }
        if (!Files.exists(file)) throw new InputRejectedException(DeadLetterReason.UNREADABLE_INPUT, "no such file: " + file);
        throw new InputRejectedException(DeadLetterReason.UNREADABLE_INPUT, "not a regular file (a folder, FIFO, socket or device is not read): " + file);
    }

    private InputRejectedException tooLarge(Path file, long size) {
        return new InputRejectedException(DeadLetterReason.TOO_LARGE, file + " holds more than " + maxBytes + " bytes (" + size + "+)");
    }

    /** The bytes as text when they are valid UTF-8 (pages saved as UTF-8 often keep a stale {@code <meta charset>}); else null. */
    private static String validUtf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString().replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String utf8(String file, byte[] content) throws InputRejectedException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InputRejectedException(DeadLetterReason.UNDECODABLE_TEXT, file + " is not valid UTF-8 text", e);
        }
    }
}
