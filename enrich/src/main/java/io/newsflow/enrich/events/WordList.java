package io.newsflow.enrich.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** A bundled word list beside this class: one lower-case word per line, {@code #} comments; read once, immutable. */
final class WordList {
    private WordList() {}

    static Set<String> bundled(String file) {
        try (InputStream in = WordList.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException(file + " is missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
