package io.newsflow.schemas;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Generators of hostile input for the fuzz tests of every module (schemas' test-jar): valid seed documents broken by a
 * few edits with fragments that parsers trip over (markup, entities, XXE and billion-laughs declarations, NUL, lone
 * surrogates, odd encodings, deep nesting, long runs), and plain random bytes. A mutated seed reaches deeper into a
 * parser than random bytes, which most parsers refuse at the first byte.
 *
 * <p>{@link #forAll} runs a check on a bounded number of generated inputs, each from its own seeded {@link Random}, so a
 * failure names the input's seed and {@code -Dfuzz.seed=N} replays the run (no shrinking: the failing input is printed).
 *
 * <p>{@link #within} is the hang guard: an input that takes longer than its bound fails the property as a hang (a guard
 * against a test that never ends, set far above any normal cost, not a performance assertion).
 */
public final class HostileInput {
    /** Pieces inserted into seeds; each has broken a parser somewhere. */
    public static final List<String> FRAGMENTS = List.of("<", ">", "</", "/>", "<![CDATA[", "]]>", "&", "&amp;", "&#0;", "&#x110000;",
            "&nbsp", "\u0000", "\uFFFD", "\uD800", "\uDC00x", "\u202E", "\r\n", "\n\n\n", "\t", "\"", "'", "=", "<!--", "-->",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;",
            "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>&c;",
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "<?xml version=\"9\"?>", "<script>", "</script>", "<style>", "<a href=\"javascript:x()\">",
            "<div>".repeat(300), "<p>".repeat(50), "x".repeat(5000), "Putin, Russia's President, ".repeat(40), "http://", "https://[::1]:0/",
            "file:///etc/passwd", "2025-13-45T99:99:99Z", "-999999999-01-01", "\u00A0", "Ё", "Փաշինյան", "\uD83D\uDE00", "{", "}", "[", "]",
            "\\u0000", "null", ":", ";", "#", "*", "User-agent: *", "Disallow: /", "Crawl-delay: 99999999999", "Sitemap: ");

    private HostileInput() {}

    /** Makes one input from a source of randomness. */
    @FunctionalInterface
    public interface Gen<T> {
        T next(Random random);
    }

    /** A check of one input. */
    @FunctionalInterface
    public interface Check<T> {
        void accept(T input) throws Exception;
    }

    /** The run's seed: {@code -Dfuzz.seed=N} replays a failure, else a fixed one (the same inputs on every build). */
    public static final long SEED = Long.getLong("fuzz.seed", 20_261_202L);

    /**
     * Checks {@code tries} inputs from {@code gen}; input {@code i} comes from {@code new Random(SEED + i)}. A failing
     * input fails the test with its number, the seed and the input itself (text, or hex for bytes, cut at 2,000).
     */
    public static <T> void forAll(int tries, Gen<T> gen, Check<T> check) throws Exception {
        for (int i = 0; i < tries; i++) {
            T input = gen.next(new Random(SEED + i));
            try {
                check.accept(input);
            } catch (Exception | AssertionError e) {
                throw new AssertionError("input " + i + " of " + tries + " (-Dfuzz.seed=" + SEED + ") failed: " + e + "\ninput: "
                        + describe(input), e);
            }
        }
    }

    private static String describe(Object input) {
        String text = input instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(input);
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }

    /** {@code first} {@code firstWeight} times in {@code firstWeight + secondWeight}, else {@code second}. */
    public static <T> Gen<T> either(int firstWeight, Gen<T> first, int secondWeight, Gen<T> second) {
        return r -> r.nextInt(firstWeight + secondWeight) < firstWeight ? first.next(r) : second.next(r);
    }

    /** One of {@code seeds} with 0–8 edits, each inserting a fragment, or cutting or replacing up to 40 characters. */
    public static Gen<String> mutationsOf(String... seeds) {
        return r -> {
            StringBuilder text = new StringBuilder(seeds[r.nextInt(seeds.length)]);
            for (int e = r.nextInt(9); e > 0; e--) {
                new Edit(r.nextDouble(), r.nextInt(41), FRAGMENTS.get(r.nextInt(FRAGMENTS.size())), r.nextInt(3)).apply(text);
            }
            return text.toString();
        };
    }

    /** {@link #mutationsOf} as UTF-8 bytes (8 in 11), random bytes up to {@code maxRandomBytes} (2 in 11), or nothing. */
    public static Gen<byte[]> bytesOf(int maxRandomBytes, String... seeds) {
        Gen<String> mutated = mutationsOf(seeds);
        return r -> {
            int pick = r.nextInt(11);
            if (pick < 8) return mutated.next(r).getBytes(StandardCharsets.UTF_8);
            if (pick == 10) return new byte[0];
            byte[] random = new byte[r.nextInt(maxRandomBytes + 1)];
            r.nextBytes(random);
            return random;
        };
    }

    /** Values that break length and varint decoding. */
    private static final int[] EDGE_BYTES = {0x00, 0x7F, 0x80, 0xFF};

    /**
     * One of {@code seeds} (binary records, say) with 1–6 byte edits: a byte set to a random value or to one of the
     * values that break length and varint decoding (0x00, 0x7F, 0x80, 0xFF), a byte inserted or removed, or the tail cut.
     */
    public static Gen<byte[]> byteMutationsOf(byte[]... seeds) {
        return r -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] bytes = seeds[r.nextInt(seeds.length)].clone();
            for (int e = 1 + r.nextInt(6); e > 0 && bytes.length > 0; e--) {
                int at = r.nextInt(bytes.length);
                int value = r.nextBoolean() ? r.nextInt(256) : EDGE_BYTES[r.nextInt(EDGE_BYTES.length)];
                out.reset();
                switch (r.nextInt(4)) {
                    case 0 -> { bytes[at] = (byte) value; continue; }
                    case 1 -> { out.write(bytes, 0, at); out.write(value); out.write(bytes, at, bytes.length - at); }
                    case 2 -> { out.write(bytes, 0, at); out.write(bytes, at + 1, bytes.length - at - 1); }
                    default -> out.write(bytes, 0, at);
                }
                bytes = out.toByteArray();
            }
            return bytes;
        };
    }

    /** Runs {@code work}, failing with "hang" when it takes longer than {@code bound}; rethrows what it throws. */
    public static <T> T within(Duration bound, Callable<T> work) throws Exception {
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hostile-input");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<T> result = runner.submit(work);
            try {
                return result.get(bound.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                result.cancel(true);
                throw new AssertionError("hang: no answer within " + bound);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception cause) throw cause;
                throw new AssertionError(e.getCause());
            }
        } finally {
            runner.shutdownNow();
        }
    }

    private record Edit(double at, int length, String fragment, int kind) {
        void apply(StringBuilder text) {
            int from = (int) (at * text.length());
            int to = Math.min(text.length(), from + length);
            switch (kind) {
                case 0 -> text.insert(from, fragment);
                case 1 -> text.delete(from, to);
                default -> text.replace(from, to, fragment);
            }
        }
    }
}
