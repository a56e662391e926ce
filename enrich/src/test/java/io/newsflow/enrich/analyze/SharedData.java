package io.newsflow.enrich.analyze;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The project's shared data ({@code ../shared} beside the checkout, or {@code NEWSFLOW_SHARED}); tests skip without it. */
final class SharedData {
    private SharedData() {}

    static Path require(String relative) {
        String override = System.getenv("NEWSFLOW_SHARED");
        Path root = override != null ? Path.of(override) : Path.of("").toAbsolutePath().getParent().resolveSibling("shared");
        Path file = root.resolve(relative);
        assumeTrue(Files.isRegularFile(file), "shared data not present: " + file);
        return file;
    }
}
