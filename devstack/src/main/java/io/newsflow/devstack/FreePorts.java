package io.newsflow.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Small helpers shared by the embedded services: free ports, retries on a lost port race, temp-dir removal. */
final class FreePorts {
    /** How many times a service start is retried when a port picked as free was taken before it was bound. */
    static final int BIND_ATTEMPTS = 5;

    private FreePorts() {}

    /** An ephemeral port that was free a moment ago (bind to 0, read, close). Callers retry on {@link BindException}. */
    static int next() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port", e);
        }
    }

    static boolean isBindFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BindException) return true;
            if (c.getMessage() != null && c.getMessage().contains("Address already in use")) return true;
        }
        return false;
    }

    /** Deletes a directory tree; quiet about files that are already gone. */
    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
