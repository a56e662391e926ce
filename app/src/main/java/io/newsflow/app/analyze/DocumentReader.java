package io.newsflow.app.analyze;

import io.newsflow.ingest.files.FileReader;
import io.newsflow.ingest.model.Document;
import io.newsflow.ingest.rejection.InputRejectedException;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads one input of {@code newsflow analyze} into documents, in one linear pass, and tells what it cannot read as
 * problems instead of failing: a file that is missing, unreadable, binary (a NUL byte in its first
 * {@value #SNIFF_BYTES} bytes) or UTF-16 is one problem; so is a text or HTML document that is not valid UTF-8 (HTML in
 * another charset is read by its {@code <meta charset>}). In JSON lines each line stands alone: a bad byte, a bad line
 * or a line over the limit is that line's problem and the lines after it are read. Gzip is read by its magic bytes; a
 * UTF-8 BOM is skipped. How the input is read is {@link InputFormat}'s decision; a format given explicitly that the
 * content cannot be ({@code --format jsonl} on prose) is one problem that says which format to use.
 *
 * <p>The size limit, {@code maxDocumentBytes}, is that of one document: a text or HTML input, or one JSON line. A text
 * longer than that is analysed up to the last whole line that fits, and the rest is a problem that counts its lines
 * and bytes; an HTML page or JSON line over it is one problem. Not thread-safe.
 */
public final class DocumentReader {
    /** How many bytes at the start are looked at for a NUL byte, the mark of binary content (as git does). */
    static final int SNIFF_BYTES = 8000;
    private static final int BUFFER_BYTES = 1 << 16;

    private final long maxDocumentBytes;
    private final FileReader pages;
    private final Utf8 utf8 = new Utf8();

    /** Where documents and problems go, in input order. */
    public interface Sink {
        void document(InputDocument document);

        /** @param line the 1-based line it concerns, 0 for the whole input */
        void problem(int line, String message);
    }

    /**
     * @param maxDocumentBytes the largest document read, in bytes (the command passes {@code ingest.maxFileBytes}, the
     *                         largest article the pipeline takes in); at most {@link Integer#MAX_VALUE} - 8
     */
    public DocumentReader(long maxDocumentBytes) {
        this.maxDocumentBytes = Math.min(maxDocumentBytes, Integer.MAX_VALUE - 8);
        this.pages = new FileReader(this.maxDocumentBytes);
    }

    /** Reads one input: its documents and problems go to {@code sink}. */
    public void read(Inputs.Input input, InputStream stdin, InputFormat format, Sink sink) {
        if (input.problem() != null) {
            sink.problem(0, input.problem());
            return;
        }
        try (InputStream raw = input.stdin() ? new FilterInputStream(stdin) {
            @Override
            public void close() {} // standard input stays open for the caller
        } : Files.newInputStream(input.path())) {
            read(input.name(), prepared(raw), format, sink);
        } catch (Unreadable e) {
            sink.problem(0, e.getMessage());
        } catch (NoSuchFileException e) {
            sink.problem(0, "no such file");
        } catch (AccessDeniedException e) {
            sink.problem(0, "permission denied");
        } catch (IOException e) {
            sink.problem(0, "cannot read: " + e.getMessage());
        }
    }

    private void read(String name, InputStream in, InputFormat requested, Sink sink) throws IOException {
        LineReader reader = new LineReader(in, (int) maxDocumentBytes);
        List<LineReader.Line> head = new ArrayList<>();
        LineReader.Line first = reader.next();
        long blank = 0;
        for (; first != null && first.isBlank(); first = reader.next()) {
            blank += first.consumed();
            if (blank > maxDocumentBytes) { // the blank lines are kept for replay: bounded like a document
                sink.problem(0, "not analysed: more than " + maxDocumentBytes + " bytes of blank lines before any text"
                        + " (ingest.maxFileBytes)");
                return;
            }
            head.add(first);
        }
        if (first == null) {
            sink.problem(0, "no text: the input is empty or blank");
            return;
        }
        head.add(first);
        String firstLine = new String(first.bytes(), StandardCharsets.UTF_8); // lenient: only to see what it looks like
        InputFormat byContent = first.tooLong() && firstLine.startsWith("{") ? InputFormat.JSONL : InputFormat.byContent(firstLine);
        InputFormat byName = InputFormat.byName(name);
        InputFormat format = requested != InputFormat.AUTO ? requested : byName != InputFormat.AUTO ? byName : byContent;
        if (requested != InputFormat.TEXT && InputFormat.opensJsonDocument(firstLine)) {
            sink.problem(first.number(), "a JSON document over several lines, not JSON lines: put one object on each line"
                    + " (jq -c '.[]' does for an array), or use --format text to analyse it as text");
            return;
        }
        if (!requested.fits(firstLine)) {
            sink.problem(first.number(), "--format " + requested.word() + " does not fit: line " + first.number() + " reads as "
                    + byContent.word() + "; use --format " + byContent.word() + " or --format auto");
            return;
        }
        Lines lines = new Lines(head, reader);
        switch (format) {
            case JSONL -> jsonLines(name, lines, sink);
            case HTML -> html(name, lines, sink);
            default -> text(name, lines, sink);
        }
    }

    private void jsonLines(String name, Lines lines, Sink sink) throws IOException {
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.isBlank()) continue;
            if (line.tooLong()) {
                sink.problem(line.number(), "not analysed: line " + line.number() + " holds " + line.length() + " bytes, past the limit of "
                        + maxDocumentBytes + " bytes a document (ingest.maxFileBytes)");
                continue;
            }
            InputDocument document;
            try {
                String json = decode(line);
                document = JsonLine.parse(json.startsWith("\uFEFF") ? json.substring(1) : json, name + ":" + line.number());
            } catch (IllegalArgumentException e) {
                sink.problem(line.number(), e.getMessage());
                continue;
            }
            sink.document(document);
        }
    }

    private void text(String name, Lines lines, Sink sink) throws IOException {
        StringBuilder text = new StringBuilder();
        long kept = 0, restBytes = 0, restLines = 0;
        int restFrom = 0;
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            if (!line.tooLong() && kept + line.consumed() <= maxDocumentBytes) {
                try {
                    if (kept > 0) text.append('\n');
                    text.append(decode(line));
                } catch (IllegalArgumentException e) {
                    sink.problem(line.number(), "not analysed: " + e.getMessage());
                    return;
                }
                kept += line.consumed();
            } else { // past the limit: the rest is only counted, without reading it line by line
                restFrom = line.number();
                LineReader.Skipped rest = lines.skipRest();
                restBytes = line.consumed() + rest.bytes();
                restLines = 1 + rest.lines();
                break;
            }
        }
        if (kept > 0) sink.document(new InputDocument(name, text.toString(), null, null));
        if (restFrom > 0) {
            sink.problem(restFrom, "not analysed: " + restLines + " lines (" + restBytes + " bytes) from line " + restFrom
                    + " on, past the limit of " + maxDocumentBytes + " bytes a document (ingest.maxFileBytes)");
        }
    }

    private void html(String name, Lines lines, Sink sink) throws IOException {
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.tooLong() || page.size() + line.consumed() > maxDocumentBytes) {
                sink.problem(0, "not analysed: an HTML page over the limit of " + maxDocumentBytes + " bytes a document (ingest.maxFileBytes)");
                return;
            }
            page.write(line.bytes());
            page.write('\n');
        }
        Document document;
        try {
            document = pages.html(page.toByteArray(), "", name);
        } catch (InputRejectedException e) {
            sink.problem(0, e.getMessage());
            return;
        }
        String text = document.article().text();
        if (text == null || text.isBlank()) {
            sink.problem(0, "no article text found in the HTML");
            return;
        }
        sink.document(new InputDocument(name, text, PublishedDate.utcDay(document.article().published()), document.article().language()));
    }

    /** The line as text; not UTF-8 is an {@link IllegalArgumentException} that says where. */
    private String decode(LineReader.Line line) {
        try {
            return utf8.decode(line.bytes());
        } catch (Utf8.InvalidUtf8 e) {
            throw new IllegalArgumentException("not valid UTF-8 at byte offset " + e.offset + " of line " + line.number());
        }
    }

    /**
     * The stream to read: buffered, decompressed when it starts with gzip's magic bytes, without a UTF-8 BOM; refused
     * when binary or UTF-16.
     */
    static InputStream prepared(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, BUFFER_BYTES);
        byte[] start = peek(in, 3);
        if (start.length >= 2 && (start[0] & 0xff) == 0x1f && (start[1] & 0xff) == 0x8b) {
            in = new BufferedInputStream(new GZIPInputStream(in), BUFFER_BYTES);
            start = peek(in, 3);
        }
        if (start.length >= 2 && ((start[0] & 0xff) == 0xfe && (start[1] & 0xff) == 0xff || (start[0] & 0xff) == 0xff && (start[1] & 0xff) == 0xfe)) {
            throw new Unreadable("UTF-16 text (it starts with a UTF-16 byte-order mark); analyze reads UTF-8: convert it, e.g. iconv -f UTF-16 -t UTF-8");
        }
        if (start.length == 3 && (start[0] & 0xff) == 0xef && (start[1] & 0xff) == 0xbb && (start[2] & 0xff) == 0xbf) in.skipNBytes(3);
        byte[] sniffed = peek(in, SNIFF_BYTES);
        for (int i = 0; i < sniffed.length; i++) {
            if (sniffed[i] == 0) throw new Unreadable("binary content (a NUL byte at byte offset " + i + "), not text: analyze reads UTF-8 text, HTML or JSON lines");
        }
        return in;
    }

    private static byte[] peek(BufferedInputStream in, int n) throws IOException {
        in.mark(n);
        byte[] bytes = in.readNBytes(n);
        in.reset();
        return bytes;
    }

    /** An input that cannot be read at all, with the reason. */
    private static final class Unreadable extends IOException {
        Unreadable(String message) {
            super(message);
        }
    }

    /** The lines already read to decide the format, then the rest of the reader's. */
    private static final class Lines {
        private final Iterator<LineReader.Line> head;
        private final LineReader rest;

        Lines(List<LineReader.Line> head, LineReader rest) {
            this.head = head.iterator();
            this.rest = rest;
        }

        LineReader.Line next() throws IOException {
            return head.hasNext() ? head.next() : rest.next();
        }

        /** Counts what is left, head lines included, without keeping it. */
        LineReader.Skipped skipRest() throws IOException {
            long lines = 0, bytes = 0;
            for (; head.hasNext(); lines++) bytes += head.next().consumed();
            LineReader.Skipped rest = this.rest.skipRest();
            return new LineReader.Skipped(lines + rest.lines(), bytes + rest.bytes());
        }
    }
}
