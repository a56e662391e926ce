package io.newsflow.ingest.extract.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.ingest.extract.ExtractedArticle;
import io.newsflow.ingest.extract.HtmlExtractor;
import org.jsoup.Jsoup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;

/**
 * Runs {@link HtmlExtractor} over an extraction dev set and prints body P/R/F1 (word-4-gram), title exact match,
 * date (day) accuracy and author F1, for the whole set and for its tune and check parts ({@link DevSet#part}), then the ten pages with the lowest body F1. With a second argument it also writes
 * the predictions as JSONL that {@code score.py gold.jsonl FILE} reads, to cross-check the arithmetic.
 *
 * <p>Run: {@code ./mvnw -q -B -pl ingest -am test-compile -Pextraction-score [-Dextraction.out=/tmp/pred.jsonl]}.
 */
public final class ScoreExtraction {
    private ScoreExtraction() {}

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 && args[0] != null && !args[0].isBlank() ? Path.of(args[0]) : DevSet.locate();
        if (!DevSet.present(dir)) {
            System.err.println("no dev set at " + dir.toAbsolutePath() + " (gold.jsonl and pages/ expected)");
            System.exit(2);
        }
        Path out = args.length > 1 && args[1] != null && !args[1].isBlank() ? Path.of(args[1]) : null;
        DevSetScore score = score(dir, out);
        System.out.print(score.summary());
        for (DevSet.Part part : DevSet.Part.values()) {
            System.out.println("-- " + part.name().toLowerCase(Locale.ROOT) + " part (fixed hash of the publisher, DevSet.part)");
            System.out.print(score.part(part).summary());
        }
        System.out.println("lowest body F1:");
        score.pages().stream().sorted(Comparator.comparingDouble(s -> s.body().f1())).limit(10).forEach(s -> System.out.printf(
                Locale.ROOT, "  %-40s P=%.3f R=%.3f F1=%.3f%n", s.id(), s.body().p(), s.body().r(), s.body().f1()));
        if (out != null) System.out.println("predictions: " + out.toAbsolutePath());
    }

    /** Extracts every page of the dev set and scores it; writes predictions JSONL when {@code out} is not null. */
    public static DevSetScore score(Path dir, Path out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        DevSetScore score = new DevSetScore();
        BufferedWriter writer = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        try {
            for (DevSet.GoldPage page : DevSet.load(dir)) {
                // the dev set is UTF-8 throughout (its README); a few pages' <meta charset> says otherwise
                ExtractedArticle a = new HtmlExtractor().extract(Jsoup.parse(new String(DevSet.html(dir, page), StandardCharsets.UTF_8), page.url()));
                String published = a.published() == null ? null : a.published().toString();
                score.add(page, new DevSetScore.Prediction(a.title(), a.authors(), published, a.text()));
                if (writer != null) {
                    ObjectNode line = json.createObjectNode().put("id", page.id()).put("title", a.title())
                            .put("published", published).put("body", a.text()).put("language", a.language());
                    a.authors().forEach(line.putArray("authors")::add);
                    writer.write(json.writeValueAsString(line));
                    writer.newLine();
                }
            }
        } finally {
            if (writer != null) writer.close();
        }
        return score;
    }
}
