package io.newsflow.app.pipeline;

import java.util.List;

/**
 * Closes what a {@link Pipeline} started, last started first. Every resource is closed even when others fail; the
 * first failure is thrown and the later ones travel with it as suppressed exceptions, so a failing Kafka close does
 * not hide a failing Elasticsearch close from the log. An interrupted close lets the others run and re-sets the
 * thread's interrupt flag at the end.
 */
final class CloseAll {
    private CloseAll() {}

    /** Closes {@code resources} from the last to the first. */
    static void inReverse(List<? extends AutoCloseable> resources) throws Exception {
        Exception first = null;
        boolean interrupted = false;
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                interrupted |= e instanceof InterruptedException; // close the rest first, then say so
                if (first == null) first = e;
                else first.addSuppressed(e);
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (first != null) throw first;
    }
}
