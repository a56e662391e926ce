package io.newsflow.demo.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The arithmetic of the figures, in one place so every stage's figure means the same: rates from the times at which a
 * stage delivered each item, and percentiles of latencies. Times are {@link System#nanoTime()} values; rates are items
 * per second; an empty or instantaneous series gives {@link Double#NaN} (printed as "n/a"), never a division by zero.
 */
final class Rates {
    private Rates() {}

    /**
     * Items per second from {@code start} to the last of {@code times} (sorted): all items over the whole span, cold
     * start included.
     */
    static double cold(List<Long> times, long start) {
        if (times.isEmpty()) return Double.NaN;
        return perSecond(times.size(), times.getLast() - start);
    }

    /**
     * Items per second after the first {@code skipShare} of them (e.g. 0.2): from the time item
     * {@code ceil(skipShare * n)} was delivered to the last, over the items delivered in between. The JIT compiler,
     * connection set-up and Kafka group joins mostly fall in the skipped part.
     */
    static double warm(List<Long> times, double skipShare) {
        int from = (int) Math.ceil(skipShare * times.size());
        if (from >= times.size() - 1) return Double.NaN;
        return perSecond(times.size() - 1 - from, times.getLast() - times.get(from));
    }

    /**
     * The nearest-rank percentiles {@code ps} (each 0 < p <= 100) of {@code values}, in their unit and in the order
     * asked; NaN each when there are no values. One sort of a copy serves them all ({@code values} is left as it is).
     */
    static double[] percentiles(long[] values, double... ps) {
        double[] out = new double[ps.length];
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < ps.length; i++) {
            int rank = (int) Math.ceil(ps[i] / 100 * sorted.length);
            out[i] = sorted.length == 0 ? Double.NaN : sorted[Math.max(rank, 1) - 1];
        }
        return out;
    }

    /** {@code nanos} in seconds. */
    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double perSecond(int items, long nanos) {
        return nanos <= 0 ? Double.NaN : items / seconds(nanos);
    }
}
