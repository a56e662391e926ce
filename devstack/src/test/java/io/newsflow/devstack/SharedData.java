package io.newsflow.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where the project's shared data (seed article, datasets) lives for tests and measuring tools: the folder named by
 * {@code NEWSFLOW_SHARED}, else {@code shared} beside the checkout (found by walking up from the working directory to
 * the folder holding {@code mvnw}, so it works from a module's folder and from the checkout's). A user's clone has no
 * such folder: tests skip through {@link #require} / {@link #requireDirectory}, whose message says what was looked for
 * and where ({@code ./newsflow test} prints these reasons after the run); tools say so when {@link #resolve} points at
 * nothing. Test code only: it ships in devstack's test-jar.
 */
public final class SharedData {
    private SharedData() {}

    public static Path root() {
        String override = System.getenv("NEWSFLOW_SHARED");
        if (override != null && !override.isBlank()) return Path.of(override);
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("mvnw"))) return d.resolveSibling("shared");
        }
        return dir.resolveSibling("shared");
    }

    /** A path inside the shared data, e.g. {@code seed/russia-armenia-alliance.txt}; it may not exist. */
    public static Path resolve(String relative) {
        return root().resolve(relative);
    }

    /** The shared file at {@code relative}; skips the calling test (saying where it looked) when it is missing. */
    public static Path require(String relative) {
        Path file = resolve(relative);
        assumeTrue(Files.isRegularFile(file), () -> missing(file));
        return file;
    }

    /** The shared folder at {@code relative}; skips the calling test (saying where it looked) when it is missing. */
    public static Path requireDirectory(String relative) {
        Path dir = resolve(relative);
        assumeTrue(Files.isDirectory(dir), () -> missing(dir));
        return dir;
    }

    private static String missing(Path path) {
        return "shared data missing: " + path.toAbsolutePath().normalize()
                + " (a clone has no shared/ folder; set NEWSFLOW_SHARED to where it is)";
    }
}
