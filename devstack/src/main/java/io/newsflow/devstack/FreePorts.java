package io.newsflow.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.ServerSocket;

/** Free ports for the embedded services, and how to recognise a lost race for one (retry on it). */
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

}
