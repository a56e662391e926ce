package io.newsflow.app.analyze;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The inputs named on {@code newsflow analyze}'s command line, in order. {@code -} is standard input (called
 * {@value #STDIN}); a file is itself, whatever its name (its content says how to read it); a folder gives, as
 * {@code newsflow extract} does, the files below it that analyze reads ({@link #EXTENSIONS}, optionally {@code .gz}),
 * recursively in name order, hidden files and folders left out. A folder that cannot be listed or holds no such
 * file is an input with a {@link Input#problem()}, so it gets its error line in its place.
 */
public final class Inputs {
    /** What standard input is called in ids and error lines. */
    public static final String STDIN = io.newsflow.ingest.files.FileIngester.STDIN;
    /** The file names a folder's files must end in (before an optional {@code .gz}) to be read. */
    static final List<String> EXTENSIONS = List.of(".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson");

    private Inputs() {}

    /**
     * One input.
     *
     * @param name    what ids and error lines call it: the argument as given, a folder's file as its path, {@value #STDIN}
     * @param path    the file, or null for standard input
     * @param problem why it cannot be read at all, or null
     */
    public record Input(String name, Path path, String problem) {
        public boolean stdin() {
            return path == null && problem == null;
        }
    }

    public static List<Input> expand(List<String> arguments) {
        List<Input> inputs = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                inputs.add(new Input(STDIN, null, null));
                continue;
            }
            Path path = Path.of(argument);
            if (!Files.isDirectory(path)) {
                inputs.add(new Input(argument, path, notRegular(path)));
                continue;
            }
            List<Input> found = new ArrayList<>();
            try {
                Files.walkFileTree(path, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        return !dir.equals(path) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile() && !hidden(file) && readable(file)) found.add(new Input(file.toString(), file, null));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        found.add(new Input(file.toString(), file, "cannot read: " + e));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                inputs.add(new Input(argument, path, "cannot list the folder: " + e));
                continue;
            }
            if (found.isEmpty()) {
                inputs.add(new Input(argument, path, "a folder with no file that analyze reads (" + String.join(", ", EXTENSIONS) + ", optionally .gz)"));
            }
            found.stream().sorted(Comparator.comparing(Input::path)).forEach(inputs::add);
        }
        return inputs;
    }

    /**
     * Why a named path that exists is not read, or null: a FIFO would block the run forever waiting for a writer, so
     * only regular files are opened; a dangling symbolic link is named as such. A missing path is the reader's to report.
     */
    private static String notRegular(Path path) {
        if (Files.isRegularFile(path) || !Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return null;
        if (!Files.exists(path)) return "dangling symbolic link (its target does not exist)";
        return "not a regular file (a FIFO, socket or device is not read)";
    }

    private static boolean hidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }

    private static boolean readable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return EXTENSIONS.stream().anyMatch(base::endsWith);
    }
}
