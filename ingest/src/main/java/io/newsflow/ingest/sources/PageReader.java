package io.newsflow.ingest.sources;

import io.newsflow.ingest.extract.HtmlExtractor;
import io.newsflow.ingest.extract.PlainTextExtractor;
import io.newsflow.ingest.fetch.FetchResponse;
import io.newsflow.ingest.model.Document;
import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.schemas.ContentHash;
import io.newsflow.schemas.DeadLetterReason;
import org.jsoup.Jsoup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a fetched page into a {@link Document}. Charset, for HTML: a byte-order mark wins, then the HTTP header's
 * charset, then {@code <meta charset>} / {@code http-equiv}, then UTF-8 (Jsoup's order), so windows-1251 and KOI8-R
 * pages come out as correct Unicode. Plain text: BOM, then header charset, else it must be valid UTF-8.
 */
public final class PageReader {
    private final HtmlExtractor html = new HtmlExtractor();
    private final PlainTextExtractor text = new PlainTextExtractor();

    public Document read(FetchResponse page) throws InputRejectedException {
        byte[] body = page.body();
        if (page.isHtml()) {
            try {
                var document = Jsoup.parse(new ByteArrayInputStream(body), page.charset() == null ? null : page.charset().name(),
                        page.uri().toString());
                return new Document(html.extract(document), true, body.length, ContentHash.sha256(body));
            } catch (IOException | RuntimeException e) {
                throw new InputRejectedException(DeadLetterReason.UNDECODABLE_TEXT, "cannot parse HTML of " + page.uri() + ": " + e.getMessage(), e);
            }
        }
        return new Document(text.extract(decodeText(body, page.charset(), page.uri().toString())), false, body.length, ContentHash.sha256(body));
    }

    static String decodeText(byte[] body, Charset declared, String where) throws InputRejectedException {
        Charset charset = declared == null ? StandardCharsets.UTF_8 : declared;
        int skip = 0;
        if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (body.length >= 2 && (body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (body.length >= 2 && (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, skip, body.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new InputRejectedException(DeadLetterReason.UNDECODABLE_TEXT, where + " is not valid " + charset.name() + " text", e);
        }
    }
}
