package io.newsflow.app.analyze;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentReaderTest {
    static final long LIMIT = 10L << 20;
    static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

    @TempDir Path dir;

    /** What the reader told, one string each: {@code doc id|published|language|text} or {@code problem NAME:LINE message}. */
    private List<String> read(long limit, InputFormat format, InputStream stdin, String... arguments) {
        List<String> told = new ArrayList<>();
        DocumentReader reader = new DocumentReader(limit);
        for (Inputs.Input input : Inputs.expand(List.of(arguments))) {
            reader.read(input, stdin, format, new DocumentReader.Sink() {
                @Override
                public void document(InputDocument d) {
                    told.add("doc " + d.id() + "|" + d.published() + "|" + d.language() + "|" + d.text());
                }

                @Override
                public void problem(int line, String message) {
                    told.add("problem " + input.name() + ":" + line + " " + message);
                }
            });
        }
        return told;
    }

    private List<String> read(String... arguments) {
        return read(LIMIT, InputFormat.AUTO, InputStream.nullInputStream(), arguments);
    }

    private List<String> stdin(InputFormat format, String content) {
        return read(LIMIT, format, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "-");
    }

    private String file(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) content.write(part);
        return Files.write(dir.resolve(name), content.toByteArray()).toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void stdinPlainTextIsText() {
        assertThat(stdin(InputFormat.AUTO, "Armenia accused Azerbaijan of shelling.\n"))
                .containsExactly("doc stdin|null|null|Armenia accused Azerbaijan of shelling.");
        assertThat(stdin(InputFormat.AUTO, "\r\n  \r\nFirst line.\r\nSecond line."))
                .containsExactly("doc stdin|null|null|\n  \nFirst line.\nSecond line.");
    }

    @Test
    void stdinJsonLinesAreJsonLines() {
        assertThat(stdin(InputFormat.AUTO, "\n{\"id\":\"a\",\"text\":\"One.\",\"published\":\"2023-04-28T13:53:25\",\"language\":\"en\"}\n{\"text\":\"Two.\"}\n"))
                .containsExactly("doc a|2023-04-28|en|One.", "doc stdin:3|null|null|Two.");
    }

    @Test
    void badByteInTheMiddleOfJsonLinesLosesOnlyItsLine() throws IOException {
        String f = file("in.jsonl", BOM, utf8("{\"id\":\"1\",\"text\":\"First.\"}\n{\"id\":\"2\",\"text\":\"Se"),
                new byte[] {(byte) 0xff}, utf8("cond.\"}\nnot json at all\n{\"id\":\"4\",\"text\":{\"a\":1}}\n{\"id\":\"5\",\"text\":\"Fifth.\"}"));

        assertThat(read(f)).containsExactly(
                "doc 1|null|null|First.",
                "problem " + f + ":2 not valid UTF-8 at byte offset 20 of line 2",
                "problem " + f + ":3 not valid JSON at column 1: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "problem " + f + ":4 \"text\" must be a string, not an object: {\"a\":1}",
                "doc 5|null|null|Fifth.");
    }

    @Test
    void eachJsonLineProblemIsNamed() {
        String lines = String.join("\n", "{\"id\":\"a\"}", "[1,2]", "{\"id\":\"b\",\"text\":null}", "{\"id\":{},\"text\":\"x\"}",
                "{\"id\":\"c\",\"text\":\"x\",\"published\":\"28/04/2023\"}", "{\"id\":\"d\",\"text\":\"x\",\"published\":20230428}",
                "{\"id\":\"e\",\"text\":\"x\"} trailing", "{\"id\":7,\"text\":\"Seven.\",\"published\":\"2024-02\"}");

        assertThat(read(LIMIT, InputFormat.JSONL, new ByteArrayInputStream(utf8(lines)), "-")).containsExactly(
                "problem stdin:1 no \"text\": the field is missing or null",
                "problem stdin:2 not a JSON object but an array",
                "problem stdin:3 no \"text\": the field is missing or null",
                "problem stdin:4 \"id\" must be a string or a number, not an object",
                "problem stdin:5 \"published\" is not an ISO-8601 date or date-time: \"28/04/2023\"",
                "problem stdin:6 \"published\" must be a string, not a number: 20230428",
                "problem stdin:7 not valid JSON at column 23: Unrecognized token 'trailing': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "doc 7|2024-02-01|null|Seven.");
    }

    @Test
    void bomIsSkippedInTextToo() throws IOException {
        String f = file("bom.txt", BOM, utf8("Armenia and Russia held talks."));
        assertThat(read(f)).containsExactly("doc " + f + "|null|null|Armenia and Russia held talks.");
    }

    @Test
    void binaryFileIsOneProblemAndTheRunGoesOn() throws IOException {
        String binary = file("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        String utf16 = file("windows.txt", new byte[] {(byte) 0xff, (byte) 0xfe, 'H', 0, 'i', 0});
        String good = file("good.txt", utf8("Good."));

        assertThat(read(binary, utf16, good)).containsExactly(
                "problem " + binary + ":0 binary content (a NUL byte at byte offset 4), not text: analyze reads UTF-8 text, HTML or JSON lines",
                "problem " + utf16 + ":0 UTF-16 text (it starts with a UTF-16 byte-order mark); analyze reads UTF-8: convert it, e.g. iconv -f UTF-16 -t UTF-8",
                "doc " + good + "|null|null|Good.");
    }

    @Test
    void invalidUtf8TextIsOneProblem() throws IOException {
        String f = file("latin1.txt", utf8("Line one.\nCaf"), new byte[] {(byte) 0xe9}, utf8(" au lait.\n"));
        assertThat(read(f)).containsExactly("problem " + f + ":2 not analysed: not valid UTF-8 at byte offset 3 of line 2");
    }

    @Test
    void missingFileAndFoldersAreNamedAndTheRunGoesOn() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("news"));
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/HEAD.txt"), "hidden");
        Files.writeString(folder.resolve("b.txt"), "Bee.");
        Files.writeString(folder.resolve("image.png"), "not read");
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/a.jsonl"), "{\"id\":\"a\",\"text\":\"Ay.\"}\n");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        String missing = dir.resolve("missing.txt").toString();

        assertThat(read(missing, folder.toString(), empty.toString())).containsExactly(
                "problem " + missing + ":0 no such file",
                "doc " + folder.resolve("b.txt") + "|null|null|Bee.",
                "doc a|null|null|Ay.",
                "problem " + empty + ":0 a folder with no file that analyze reads (.txt, .text, .html, .htm, .jsonl, .ndjson, optionally .gz)");
    }

    @Test
    void emptyInputIsAProblem() {
        assertThat(stdin(InputFormat.AUTO, " \n\n")).containsExactly("problem stdin:0 no text: the input is empty or blank");
    }

    @Test
    void htmlIsReadAsItsMainText() throws IOException {
        String page = "<!DOCTYPE html>\n<html lang=en><head><title>Talks</title>"
                + "<meta property=article:published_time content='2025-03-14T01:30:00+04:00'></head>"
                + "<body><nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>Talks</h1>"
                + "<p>Delegations from <b>Armenia</b> and Azerbaijan met in Yerevan on Friday to discuss the border commission.</p>"
                + "<p>The ministers agreed to meet again next month, according to a joint statement.</p></article></body></html>";
        String expected = "|2025-03-13|en|Delegations from Armenia and Azerbaijan met in Yerevan on Friday to discuss the border commission."
                + "\n\nThe ministers agreed to meet again next month, according to a joint statement.";

        assertThat(stdin(InputFormat.AUTO, page)).containsExactly("doc stdin" + expected);
        String f = file("page.htm", utf8("\n" + page));
        assertThat(read(f)).containsExactly("doc " + f + expected);
    }

    @Test
    void gzipIsReadByItsMagicBytes() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(zipped)) {
            out.write(utf8("{\"id\":\"z\",\"text\":\"Zipped.\"}\n"));
        }
        String f = file("in.jsonl.gz", zipped.toByteArray());
        assertThat(read(f)).containsExactly("doc z|null|null|Zipped.");
    }

    @Test
    void wrongExplicitFormatSaysWhichToUse() {
        assertThat(stdin(InputFormat.JSONL, "Armenia accused Azerbaijan.")).containsExactly(
                "problem stdin:1 --format jsonl does not fit: line 1 reads as text; use --format text or --format auto");
        assertThat(stdin(InputFormat.HTML, "{\"text\":\"x\"}")).containsExactly(
                "problem stdin:1 --format html does not fit: line 1 reads as jsonl; use --format jsonl or --format auto");
        assertThat(stdin(InputFormat.AUTO, "[\n{\"text\":\"x\"}\n]")).containsExactly(
                "problem stdin:1 a JSON document over several lines, not JSON lines: put one object on each line"
                        + " (jq -c '.[]' does for an array), or use --format text to analyse it as text");
    }

    @Test
    void explicitFormatDecidesWhereAutoWouldGuessOtherwise() {
        assertThat(stdin(InputFormat.TEXT, "<b>Bold</b> claims\n")).containsExactly("doc stdin|null|null|<b>Bold</b> claims");
        assertThat(stdin(InputFormat.TEXT, "{\"text\":\"x\"}")).containsExactly("doc stdin|null|null|{\"text\":\"x\"}");
    }

    @Test
    void aHundredThousandLinesAreReadWhole() {
        StringBuilder content = new StringBuilder();
        for (int i = 1; i <= 100_000; i++) content.append("Line ").append(i).append(" of the report.\n");

        List<String> told = stdin(InputFormat.AUTO, content.toString());

        assertThat(told).hasSize(1);
        String text = told.get(0).substring("doc stdin|null|null|".length());
        assertThat(text.lines().count()).isEqualTo(100_000);
        assertThat(text).hasSize(content.length() - 1).startsWith("Line 1 of").endsWith("Line 100000 of the report.");
    }

    @Test
    void textPastTheLimitIsAnalysedUpToItAndTheRestCounted() {
        String content = "0123456789\n".repeat(10) + "tail";   // 10 lines of 11 bytes, then 4 bytes

        assertThat(read(50, InputFormat.AUTO, new ByteArrayInputStream(utf8(content)), "-")).containsExactly(
                "doc stdin|null|null|" + "0123456789\n".repeat(3) + "0123456789",
                "problem stdin:5 not analysed: 7 lines (70 bytes) from line 5 on, past the limit of 50 bytes a document (ingest.maxFileBytes)");
    }

    @Test
    void jsonLinePastTheLimitIsItsOwnProblem() {
        String lines = "{\"id\":\"long\",\"text\":\"" + "x".repeat(100) + "\"}\n{\"id\":\"short\",\"text\":\"ok\"}\n";

        assertThat(read(64, InputFormat.AUTO, new ByteArrayInputStream(utf8(lines)), "-")).containsExactly(
                "problem stdin:1 not analysed: line 1 holds 123 bytes, past the limit of 64 bytes a document (ingest.maxFileBytes)",
                "doc short|null|null|ok");
    }
}
