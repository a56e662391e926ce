package io.newsflow.ingest.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.devstack.SharedData;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * An extraction dataset laid out as {@code /work/shared/datasets/extraction-dev}: {@code gold.jsonl} (one page a line:
 * id, url, title, authors, published, body) and {@code pages/<id>.html.gz}.
 */
public final class DevSet {
    /** The shared dev set ({@link SharedData}); {@code -Dextraction.dir} points elsewhere. */
    public static final Path DEFAULT_DIR = System.getProperty("extraction.dir") != null
            ? Path.of(System.getProperty("extraction.dir")) : SharedData.resolve("datasets/extraction-dev");

    private DevSet() {}

    /** One gold page; {@code authors} and {@code published} are null where not annotated. */
    public record GoldPage(String id, String url, String title, List<String> authors, String published, String body) {}

    /** Whether {@code dir} holds a dev set (gold file and pages folder). */
    public static boolean present(Path dir) {
        return Files.isRegularFile(dir.resolve("gold.jsonl")) && Files.isDirectory(dir.resolve("pages"));
    }

    /** The dev set's folder (it may not exist: callers check {@link #present}). */
    public static Path locate() {
        return DEFAULT_DIR;
    }

    public static List<GoldPage> load(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldPage> pages = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                List<String> authors = null;
                if (n.hasNonNull("authors")) {
                    authors = new ArrayList<>();
                    for (JsonNode a : n.get("authors")) authors.add(a.asText());
                }
                pages.add(new GoldPage(n.get("id").asText(), text(n, "url"), text(n, "title"), authors,
                        text(n, "published"), text(n, "body")));
            }
        }
        return pages;
    }

    /** The page's HTML bytes (decompressed). */
    public static byte[] html(Path dir, GoldPage page) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("pages").resolve(page.id() + ".html.gz")))) {
            return in.readAllBytes();
        }
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
