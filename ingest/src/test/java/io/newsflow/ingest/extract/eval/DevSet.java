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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    /** The part of the dev set a page belongs to: rules are tuned on one, and the other checks them. */
    public enum Part { TUNE, CHECK }

    /**
     * The page's part, fixed by a hash of its publisher (the id without its {@code _YYYYMMDD} suffix): the first 8 hex
     * digits of the SHA-1 of the publisher, even for {@link Part#TUNE} and odd for {@link Part#CHECK}. Hashing the
     * publisher rather than the page keeps a publisher's other layouts out of the part that checks rules tuned on it.
     */
    public static Part part(String id) {
        String publisher = id.matches(".*_\\d{8}") ? id.substring(0, id.lastIndexOf('_')) : id;
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(publisher.getBytes(StandardCharsets.UTF_8));
            return (sha1[3] & 1) == 0 ? Part.TUNE : Part.CHECK;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is a required JDK algorithm", e);
        }
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
