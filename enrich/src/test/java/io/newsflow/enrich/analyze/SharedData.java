package io.newsflow.enrich.analyze;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The project's shared data ({@link io.newsflow.devstack.SharedData}); tests skip without it. */
final class SharedData {
    private SharedData() {}

    static Path require(String relative) {
        Path file = io.newsflow.devstack.SharedData.resolve(relative);
        assumeTrue(Files.isRegularFile(file), "shared data not present: " + file);
        return file;
    }
}
