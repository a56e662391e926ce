package io.newsflow.app.analyze;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineReaderTest {

    /** Each line as {@code number:text:length:consumed}, with {@code +} after the text when it is over the limit. */
    private static List<String> lines(String content, int max) throws IOException {
        LineReader reader = new LineReader(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), max);
        List<String> out = new ArrayList<>();
        for (LineReader.Line l = reader.next(); l != null; l = reader.next()) {
            out.add(l.number() + ":" + new String(l.bytes(), StandardCharsets.UTF_8) + (l.tooLong() ? "+" : "") + ":" + l.length() + ":" + l.consumed());
        }
        return out;
    }

    @Test
    void linesEndAtNewlineWithOrWithoutCarriageReturn() throws IOException {
        assertThat(lines("a\r\n\nbc\nlast", 100)).containsExactly("1:a:1:3", "2::0:1", "3:bc:2:3", "4:last:4:4");
        assertThat(lines("a\n", 100)).containsExactly("1:a:1:2");
        assertThat(lines("", 100)).isEmpty();
    }

    @Test
    void aLineOverTheLimitKeepsItsStartAndIsCountedWhole() throws IOException {
        assertThat(lines("short\n0123456789\nok", 5)).containsExactly("1:short:5:6", "2:01234+:10:11", "3:ok:2:2");
    }

    @Test
    void aLineLongerThanTheBufferIsWhole() throws IOException {
        String line = "x".repeat(200_000);
        assertThat(lines(line + "\ny", 1 << 20)).containsExactly("1:" + line + ":200000:200001", "2:y:1:1");
    }

    @Test
    void theRestIsCountedWithoutBeingKept() throws IOException {
        byte[] content = ("first\n" + "x".repeat(200_000) + "\n\nlast without end").getBytes(StandardCharsets.UTF_8);
        LineReader reader = new LineReader(new ByteArrayInputStream(content), 10);
        assertThat(reader.next().number()).isEqualTo(1);

        LineReader.Skipped rest = reader.skipRest();

        assertThat(rest.lines()).isEqualTo(3);
        assertThat(rest.bytes()).isEqualTo(content.length - "first\n".length());
        assertThat(reader.next()).isNull();
    }
}
