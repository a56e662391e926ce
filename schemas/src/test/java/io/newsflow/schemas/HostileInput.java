package io.newsflow.schemas;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Generators of hostile input for the fuzz properties (jqwik) of every module (schemas' test-jar): valid seed documents
 * broken by a few edits with fragments that parsers trip over (markup, entities, XXE and billion-laughs declarations,
 * NUL, lone surrogates, odd encodings, deep nesting, long runs), and plain random bytes. A mutated seed reaches deeper
 * into a parser than random bytes, which most parsers refuse at the first byte.
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

    /** One of {@code seeds} with 0–8 edits, each inserting a fragment, or cutting or replacing up to 40 characters. */
    public static Arbitrary<String> mutationsOf(String... seeds) {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 40),
                Arbitraries.of(FRAGMENTS), Arbitraries.integers().between(0, 2)).as(Edit::new);
        return Combinators.combine(Arbitraries.of(seeds), edit.list().ofMaxSize(8)).as((seed, edits) -> {
            StringBuilder text = new StringBuilder(seed);
            for (Edit e : edits) e.apply(text);
            return text.toString();
        });
    }

    /** {@link #mutationsOf} as UTF-8 bytes, mixed with random bytes (up to {@code maxRandomBytes}) and the empty input. */
    public static Arbitrary<byte[]> bytesOf(int maxRandomBytes, String... seeds) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, mutationsOf(seeds).map(s -> s.getBytes(StandardCharsets.UTF_8))),
                net.jqwik.api.Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(maxRandomBytes)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new byte[0])));
    }

    /**
     * One of {@code seeds} (binary records, say) with 1–6 byte edits: a byte set to a random value or to one of the
     * values that break length and varint decoding (0x00, 0x7F, 0x80, 0xFF), a byte inserted or removed, or the tail cut.
     */
    public static Arbitrary<byte[]> byteMutationsOf(byte[]... seeds) {
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, 3), Arbitraries.oneOf(Arbitraries.integers().between(0, 255),
                        Arbitraries.of(0x00, 0x7F, 0x80, 0xFF))).as((at, kind, value) -> new int[] {at, kind, value});
        return Combinators.combine(Arbitraries.of(seeds), edit.list().ofMinSize(1).ofMaxSize(6)).as((seed, edits) -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] bytes = seed.clone();
            for (int[] e : edits) {
                if (bytes.length == 0) break;
                int at = e[0] % bytes.length;
                out.reset();
                switch (e[1]) {
                    case 0 -> { bytes[at] = (byte) e[2]; continue; }
                    case 1 -> { out.write(bytes, 0, at); out.write(e[2]); out.write(bytes, at, bytes.length - at); }
                    case 2 -> { out.write(bytes, 0, at); out.write(bytes, at + 1, bytes.length - at - 1); }
                    default -> out.write(bytes, 0, at);
                }
                bytes = out.toByteArray();
            }
            return bytes;
        });
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
