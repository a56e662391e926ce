package io.newsflow.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the project's shared data (seed article, datasets) lives for tests and measuring tools: the folder named by
 * {@code NEWSFLOW_SHARED}, else {@code shared} beside the checkout (found by walking up from the working directory to
 * the folder holding {@code mvnw}, so it works from a module's folder and from the checkout's). A user's clone has no
 * such folder: callers skip (tests) or say so (tools) when {@link #resolve} points at nothing.
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
}
