package io.newsflow.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The bundled demo corpus: a handful of news-style articles on Russia–Armenia relations written for this project
 * (plain text and HTML, English and Russian), listed in {@code demo-corpus/index.txt} on the classpath. The demo
 * serves them over HTTP ({@link DemoSite}) and ingests them from there.
 */
public final class DemoCorpus {
    static final String FOLDER = "/demo-corpus/";

    private DemoCorpus() {}

    /** The corpus files' names, in the order the index lists them. */
    public static List<String> names() {
        return new String(read("index.txt"), StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** One corpus file's bytes. */
    static byte[] read(String name) {
        try (InputStream in = DemoCorpus.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) throw new IllegalStateException("demo corpus file " + name + " is missing from the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo corpus file " + name, e);
        }
    }
}
