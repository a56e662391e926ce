package io.newsflow.app.analyze;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream line by line, in one linear pass and without decoding, so that a bad byte or an over-long line
 * is one line's problem, not the stream's. Lines end at {@code \n}; a {@code \r} before it is dropped. A line longer
 * than {@code maxLineBytes} is still consumed and counted, but only its first {@code maxLineBytes} bytes are kept
 * ({@link Line#tooLong()}).
 * Not thread-safe.
 */
final class LineReader {
    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position, limit;
    private int lineNumber;

    /**
     * One line.
     *
     * @param number   1-based line number
     * @param bytes    the line's content without its line end; only its start when it is longer than the limit
     * @param length   the content's length in bytes (also when not kept)
     * @param consumed the bytes it took in the stream, line end included
     */
    public record Line(int number, byte[] bytes, long length, long consumed) {
        public boolean tooLong() {
            return length > bytes.length;
        }

        /** Whether the line holds only ASCII white space (a line over the limit is not blank). */
        public boolean isBlank() {
            if (tooLong()) return false;
            for (byte b : bytes) if (b != ' ' && b != '\t' && b != '\f' && b != 0x0b) return false;
            return true;
        }
    }

    /** @param maxLineBytes the longest line whose bytes are kept */
    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        byte[] kept = new byte[64];
        int keptLength = 0;
        long length = 0;
        boolean read = false, ended = false;
        while (!ended) {
            if (position == limit && !fill()) {
                if (!read) return null;
                break;
            }
            read = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') position++;
            int n = position - start;
            int keep = (int) Math.min(n, maxLineBytes - keptLength);
            if (keep > 0) {
                if (keptLength + keep > kept.length) kept = Arrays.copyOf(kept, Math.max(kept.length * 2, keptLength + keep));
                System.arraycopy(buffer, start, kept, keptLength, keep);
                keptLength += keep;
            }
            length += n;
            if (position < limit) {
                position++;
                ended = true;
            }
        }
        long consumed = length + (ended ? 1 : 0);
        boolean carriageReturn = length > 0 && length <= maxLineBytes && kept[keptLength - 1] == '\r';
        if (carriageReturn) {
            keptLength--;
            length--;
        }
        return new Line(++lineNumber, Arrays.copyOf(kept, keptLength), length, consumed);
    }

    /** What {@link #skipRest()} passed over. */
    record Skipped(long lines, long bytes) {}

    /**
     * Reads the rest of the stream only to count its lines and bytes: nothing is copied (what is past a document's
     * limit is reported, not analysed).
     */
    Skipped skipRest() throws IOException {
        long lines = 0, bytes = 0;
        boolean open = false; // bytes read since the last line end
        while (position < limit || fill()) {
            for (; position < limit; position++) {
                bytes++;
                if (buffer[position] == '\n') {
                    lines++;
                    open = false;
                } else {
                    open = true;
                }
            }
        }
        if (open) lines++;
        lineNumber += (int) Math.min(lines, Integer.MAX_VALUE - lineNumber);
        return new Skipped(lines, bytes);
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }
}
