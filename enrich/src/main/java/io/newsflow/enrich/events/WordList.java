package io.newsflow.enrich.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** The files bundled beside the coder's classes: word lists and lexicons, read once at start-up. */
final class WordList {
    private WordList() {}

    /** A bundled word list: one lower-case word per line, {@code #} comments; immutable. */
    static Set<String> bundled(String file) {
        return new String(bytes(file), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A bundled file's bytes; an error that names it when it is missing or unreadable. */
    static byte[] bytes(String file) {
        try (InputStream in = WordList.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException(file + " is missing from the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
