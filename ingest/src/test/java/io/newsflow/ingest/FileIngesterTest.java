package io.newsflow.ingest;

import io.newsflow.ingest.files.FileIngester;
import io.newsflow.ingest.model.IngestReport;
import io.newsflow.ingest.settings.IngestSettings;
import io.newsflow.schemas.DeadLetter;
import io.newsflow.schemas.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class FileIngesterTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    @TempDir Path dir;
    final RecordingSink sink = new RecordingSink();

    IngestReport ingest(long maxBytes, Path... inputs) {
        return new FileIngester(new IngestSettings("test-folder", maxBytes), sink, CLOCK).ingest(List.of(inputs));
    }

    @Test
    void textAndHtmlFilesBecomeArticlesWithStableIds() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Putin calls Pashinyan\nThe leaders of Russia and Armenia spoke by phone.");
        Files.writeString(dir.resolve("b.html"), "<html lang=ru><head><link rel=canonical href='https://ex.org/b'></head>"
                + "<body><article><h1>Лавров</h1><p>Лавров прибыл в Ереван.</p></article></body></html>");
        Files.writeString(dir.resolve("notes.md"), "not an article");

        IngestReport report = ingest(1 << 20, dir);

        assertThat(report.inputs()).isEqualTo(2);
        assertThat(report.articles()).isEqualTo(2);
        assertThat(sink.flushes).isEqualTo(1);
        RawArticle txt = sink.articles.get(0);
        assertThat(txt.getTitle()).isEqualTo("Putin calls Pashinyan");
        assertThat(txt.getText()).isEqualTo("The leaders of Russia and Armenia spoke by phone.");
        assertThat(txt.getSource()).isEqualTo("test-folder");
        assertThat(txt.getUrl()).startsWith("file:/").endsWith("/a.txt");
        assertThat(txt.getFetchedAt()).isEqualTo(CLOCK.instant());
        assertThat(txt.getId()).hasSize(32);
        RawArticle html = sink.articles.get(1);
        assertThat(html.getUrl()).isEqualTo("https://ex.org/b");
        assertThat(html.getLanguage()).isEqualTo("ru");
        assertThat(html.getCanonicalUrl()).isEqualTo("https://ex.org/b");
        assertThat(html.getHtmlLength()).isEqualTo((int) Files.size(dir.resolve("b.html")));
        assertThat(html.getHtmlHash()).hasSize(64);
        assertThat(txt.getHtmlLength()).isNull();
        assertThat(txt.getCanonicalUrl()).isNull();
        assertThat(txt.getSimhash()).isNotNull();
        assertThat(txt.getFetch()).isNull();

        sink.articles.clear();
        ingest(1 << 20, dir);
        assertThat(sink.articles).extracting(RawArticle::getId).containsExactly(txt.getId(), html.getId());
    }

    @Test
    void everyBadFileBecomesADeadLetterAndTheRunGoesOn() throws Exception {
        Files.writeString(dir.resolve("1-empty.txt"), " \n\t\n");
        Files.write(dir.resolve("2-latin1.txt"), "Caf\u00e9 Yerevan".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("3-notgzip.html.gz"), "plain bytes".getBytes(StandardCharsets.UTF_8));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("4-bomb.txt.gz")))) {
            out.write(new byte[64 * 1024]); // compresses to ~100 bytes, expands past the cap
        }
        Files.writeString(dir.resolve("5-good.txt"), "Title\nBody text about Armenia.");

        IngestReport report = ingest(16 * 1024, dir, dir.resolve("missing.txt"));

        assertThat(report.articles()).isEqualTo(1);
        assertThat(sink.deadLetters).extracting(DeadLetter::getReason)
                .containsExactly("EMPTY_TEXT", "UNDECODABLE_TEXT", "UNREADABLE_INPUT", "TOO_LARGE", "UNREADABLE_INPUT");
        assertThat(sink.deadLetters).allSatisfy(d -> {
            assertThat(d.getStage()).isEqualTo("ingest");
            assertThat(d.getSource()).isNotBlank();
            assertThat(d.getMessage()).isNotBlank();
        });
        assertThat(sink.deadLetters.get(1).getValue()).isNotNull();
        assertThat(report.deadLetters()).containsEntry("UNREADABLE_INPUT", 2).containsEntry("TOO_LARGE", 1);
    }

    /** Issue 15: a one-line text was all title and no text, so it was dead-lettered; a 9.9 MB title was kept. */
    @Test
    void aOneLineTextIsItsOwnBodyUnderATitleFromItsFirstSentence() throws Exception {
        String line = "Armenia and Russia agreed on gas prices. " + "The talks went on for days. ".repeat(20_000);
        Files.writeString(dir.resolve("one-line.txt"), line);

        ingest(1 << 20, dir);

        assertThat(sink.deadLetters).isEmpty();
        assertThat(sink.articles).singleElement().satisfies(a -> {
            assertThat(a.getTitle()).isEqualTo("Armenia and Russia agreed on gas prices");
            assertThat(a.getText()).isEqualTo(line.strip());
        });
    }

    @Test
    void emptyAndWhiteSpaceOnlyFilesAreDeadLetteredAsEmptyText() throws Exception {
        Files.writeString(dir.resolve("a-empty.txt"), "");
        Files.writeString(dir.resolve("b-blank.txt"), "   \r\n\n\t ");
        Files.writeString(dir.resolve("c-empty.html"), "");

        IngestReport report = ingest(1 << 20, dir);

        assertThat(report.articles()).isZero();
        assertThat(report.deadLetters()).containsOnly(java.util.Map.entry("EMPTY_TEXT", 3));
        assertThat(sink.deadLetters).extracting(DeadLetter::getMessage)
                .allSatisfy(m -> assertThat(m).startsWith("no article text in "));
    }

    @Test
    void aDanglingLinkAndAFifoAreReportedNotSkippedAndTheFifoIsNotOpened() throws Exception {
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
        Path fifo = dir.resolve("pipe.txt");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Files.writeString(dir.resolve("good.txt"), "Title\nBody text about Armenia.");

        IngestReport report = ingest(1 << 20, dir, fifo); // named, and found in the folder: reported twice, never opened

        assertThat(report.articles()).isEqualTo(1);
        assertThat(sink.deadLetters).extracting(DeadLetter::getReason).containsOnly("UNREADABLE_INPUT").hasSize(3);
        assertThat(sink.deadLetters).extracting(DeadLetter::getMessage).containsExactly(
                "dangling symbolic link: " + dir.resolve("dangling.txt") + " -> " + dir.resolve("gone.txt") + " (no such file)",
                "not a regular file (a folder, FIFO, socket or device is not read): " + fifo,
                "not a regular file (a folder, FIFO, socket or device is not read): " + fifo);
    }

    @Test
    void gzippedHtmlIsRead() throws Exception {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("page.html.gz")))) {
            out.write("<html><body><article><h1>CSTO</h1><p>Armenia froze its participation.</p></article></body></html>"
                    .getBytes(StandardCharsets.UTF_8));
        }

        ingest(1 << 20, dir);

        assertThat(sink.articles).singleElement().satisfies(a -> {
            assertThat(a.getTitle()).isEqualTo("CSTO");
            assertThat(a.getText()).isEqualTo("Armenia froze its participation.");
        });
    }

    @Test
    void anExplicitlyNamedUnsupportedFileIsReported() throws Exception {
        Path pdf = Files.writeString(dir.resolve("report.pdf"), "%PDF");

        ingest(1 << 20, pdf);

        assertThat(sink.deadLetters).singleElement().extracting(DeadLetter::getReason).isEqualTo("UNSUPPORTED_TYPE");
    }

    IngestReport stdin(long maxBytes, String content, String url) {
        return new FileIngester(new IngestSettings("piped", maxBytes), sink, CLOCK)
                .ingest(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), url);
    }

    @Test
    void standardInputIsReadAsHtmlWhenItOpensATag() {
        IngestReport report = stdin(1 << 20, "\uFEFF\n  <!DOCTYPE html><html lang=ru><head><title>Лавров в Ереване</title>"
                + "<link rel=canonical href='https://ex.org/lavrov'></head><body><article><h1>Лавров в Ереване</h1>"
                + "<p>Министр прибыл в Ереван для переговоров.</p></article></body></html>", null);

        assertThat(report).isEqualTo(new IngestReport(1, 1, java.util.Map.of()));
        assertThat(sink.flushes).isEqualTo(1);
        assertThat(sink.articles).singleElement().satisfies(a -> {
            assertThat(a.getTitle()).isEqualTo("Лавров в Ереване");
            assertThat(a.getText()).isEqualTo("Министр прибыл в Ереван для переговоров.");
            assertThat(a.getUrl()).isEqualTo("https://ex.org/lavrov");
            assertThat(a.getCanonicalUrl()).isEqualTo("https://ex.org/lavrov");
            assertThat(a.getHtmlLength()).isNotNull();
            assertThat(a.getSource()).isEqualTo("piped");
        });
    }

    @Test
    void standardInputIsReadAsTextOtherwiseAndTheGivenUrlNamesIt() {
        stdin(1 << 20, "Putin calls Pashinyan\n\nThe leaders of Russia and Armenia spoke by phone <briefly>.\n", "https://ex.org/call");

        assertThat(sink.articles).singleElement().satisfies(a -> {
            assertThat(a.getTitle()).isEqualTo("Putin calls Pashinyan");
            assertThat(a.getText()).isEqualTo("The leaders of Russia and Armenia spoke by phone <briefly>.");
            assertThat(a.getHtmlLength()).isNull();
            assertThat(a.getUrl()).isEqualTo("https://ex.org/call");
            assertThat(a.getCanonicalUrl()).isEqualTo("https://ex.org/call");
            assertThat(a.getId()).isEqualTo(io.newsflow.schemas.ContentHash.articleId("https://ex.org/call"));
        });
    }

    @Test
    void badStandardInputIsOneDeadLetter() {
        IngestReport empty = stdin(1 << 20, "\n \n", null);
        IngestReport large = stdin(64, "Title\n" + "Armenia ".repeat(20), null);

        assertThat(empty.deadLetters()).containsExactly(java.util.Map.entry("EMPTY_TEXT", 1));
        assertThat(large.deadLetters()).containsExactly(java.util.Map.entry("TOO_LARGE", 1));
        assertThat(sink.articles).isEmpty();
        assertThat(sink.deadLetters).extracting(DeadLetter::getReason).containsExactly("EMPTY_TEXT", "TOO_LARGE");
        assertThat(sink.deadLetters).allSatisfy(d -> assertThat(d.getSource()).isEqualTo(FileIngester.STDIN));
        assertThat(sink.deadLetters.get(0).getValue()).isEqualTo(java.nio.ByteBuffer.wrap("\n \n".getBytes(StandardCharsets.UTF_8)));
        assertThat(sink.flushes).isEqualTo(2);
    }
}
