package io.newsflow.ingest.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The article files ingest reads: {@code .txt}, {@code .html}, {@code .htm} and their {@code .gz} forms. */
public final class ArticleFiles {
    private static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm", ".txt.gz", ".html.gz", ".htm.gz");

    private ArticleFiles() {}

    public static boolean isSupported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    public static boolean isHtml(Path file) {
        String name = stripGz(file.getFileName().toString().toLowerCase(Locale.ROOT));
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    public static boolean isGzip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /**
     * Expands the inputs: a file stays itself (supported or not, so an explicitly named unsupported file is reported);
     * a folder gives its supported files, recursively, in name order. Hidden files are skipped. Entries with a supported
     * name that are not regular files (a dangling symbolic link, a FIFO) are kept, so that reading them reports why
     * they cannot be read instead of skipping them silently; links to folders are not followed.
     */
    public static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(p -> !Files.isDirectory(p)) // dangling links and FIFOs too, so reading reports them
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .filter(ArticleFiles::isSupported)
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + input, e);
            }
        }
        return files;
    }

    private static String stripGz(String name) {
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
}
