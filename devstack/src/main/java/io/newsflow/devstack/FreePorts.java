package io.newsflow.devstack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** Free ports for the embedded services, and how to recognise a lost race for one (retry on it). */
final class FreePorts {
    private static final Logger log = LoggerFactory.getLogger(FreePorts.class);
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

    /** Starts a service in a fresh temp dir; the dir is deleted if the start fails. */
    interface Start<T> {
        T in(Path dir) throws Exception;
    }

    /**
     * Runs {@code start} in a new temp dir (named {@code prefix...}), again with a new dir and new ports when a port
     * picked as free was taken meanwhile, up to {@link #BIND_ATTEMPTS} times. Any other failure is thrown at once.
     */
    static <T> T startWithFreshPorts(String prefix, Start<T> start) throws Exception {
        for (int attempt = 1; ; attempt++) {
            Path dir = Files.createTempDirectory(prefix);
            try {
                return start.in(dir);
            } catch (Exception e) {
                TempDirs.delete(dir);
                if (!isBindFailure(e) || attempt == BIND_ATTEMPTS) throw e;
                log.warn("a port was taken while starting {}, retrying ({}/{})", prefix, attempt, BIND_ATTEMPTS);
            }
        }
    }

    static boolean isBindFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BindException) return true;
            if (c.getMessage() != null && c.getMessage().contains("Address already in use")) return true;
        }
        return false;
    }

}
