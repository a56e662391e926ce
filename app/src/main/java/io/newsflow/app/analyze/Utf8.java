package io.newsflow.app.analyze;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding that says where the first bad byte is, so an error line can point at it (a lenient decoder
 * would put U+FFFD into the text and analyse garbage without a word). Not thread-safe: one per reader.
 */
final class Utf8 {
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    /** The bytes are not UTF-8; {@link #offset} is the 0-based offset of the first bad byte. */
    static final class InvalidUtf8 extends Exception {
        final int offset;

        InvalidUtf8(int offset) {
            super("not valid UTF-8 at byte offset " + offset, null, false, false);
            this.offset = offset;
        }
    }

    String decode(byte[] bytes) throws InvalidUtf8 {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never gives more chars than bytes
        decoder.reset();
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) throw new InvalidUtf8(in.position());
        decoder.flush(out);
        return out.flip().toString();
    }
}
