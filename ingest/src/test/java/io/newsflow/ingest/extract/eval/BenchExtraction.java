package io.newsflow.ingest.extract.eval;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import io.newsflow.ingest.extract.HtmlExtractor;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Side-by-side benchmark (a plain harness, not a test): on the same pages, in one JVM run, times Jsoup's parse alone,
 * our extractor (parse + {@link HtmlExtractor}), Readability4J and boilerpipe's {@code ArticleExtractor}; prints
 * ms/page (the median of the timed rounds), the ratios to Jsoup's parse and to ours, and each one's body F1 against
 * the gold (all pages, tune and check parts); then ms/page by page size ({@link #SIZE_CLASSES}, and the largest
 * {@link #LARGEST} pages), so a cost that grows faster than the page shows. Every round runs all four in turn over all
 * pages; the first rounds are warm-up and are not counted.
 *
 * <p>Run: {@code ./mvnw -q -B -pl ingest -am test-compile -Pextraction-bench [-Dextraction.pages=N] [-Dextraction.rounds=R]}.
 */
public final class BenchExtraction {
    /** Rounds run before timing starts (JIT warm-up). */
    static final int WARMUP_ROUNDS = 2;
    /** Upper bounds of the size classes, in KB of HTML (characters / 1024); the last class is open. */
    static final int[] SIZE_CLASSES = {100, 300, 1_000};
    /** How many of the largest pages get a row of their own. */
    static final int LARGEST = 10;

    private BenchExtraction() {}

    record Page(DevSet.GoldPage gold, String html) {}

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 && args[0] != null && !args[0].isBlank() ? Path.of(args[0]) : DevSet.locate();
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        if (!DevSet.present(dir)) {
            System.err.println("no dev set at " + dir.toAbsolutePath());
            System.exit(2);
        }
        List<Page> pages = new ArrayList<>();
        long bytes = 0;
        for (DevSet.GoldPage g : DevSet.load(dir)) {
            if (limit > 0 && pages.size() >= limit) break;
            String html = new String(DevSet.html(dir, g), StandardCharsets.UTF_8);
            bytes += html.length();
            pages.add(new Page(g, html));
        }
        Map<String, Function<Page, String>> methods = new LinkedHashMap<>();
        methods.put("jsoup parse", p -> Jsoup.parse(p.html(), p.gold().url()).body() == null ? "" : "");
        methods.put("newsflow", p -> new HtmlExtractor().extract(Jsoup.parse(p.html(), p.gold().url())).text());
        methods.put("readability4j", p -> {
            String text = new Readability4J(p.gold().url(), p.html()).parse().getTextContent();
            return text == null ? "" : text;
        });
        methods.put("boilerpipe", p -> {
            try {
                return ArticleExtractor.INSTANCE.getText(p.html());
            } catch (Exception | StackOverflowError e) {
                return "";
            }
        });

        System.out.printf(Locale.ROOT, "%d pages, %.0f KB mean HTML, %d warm-up + %d timed rounds%n",
                pages.size(), bytes / 1024.0 / pages.size(), WARMUP_ROUNDS, rounds);
        Map<String, List<Long>> roundNanos = new LinkedHashMap<>(); // per extractor, each timed round's total
        Map<String, long[]> pageNanos = new LinkedHashMap<>();    // per extractor, each page's time over the timed rounds
        Map<String, DevSetScore> scores = new LinkedHashMap<>();
        for (int round = 0; round < WARMUP_ROUNDS + rounds; round++) {
            for (var m : methods.entrySet()) {
                DevSetScore score = round == 0 ? new DevSetScore() : null;
                long[] perPage = pageNanos.computeIfAbsent(m.getKey(), k -> new long[pages.size()]);
                long total = 0;
                for (int i = 0; i < pages.size(); i++) {
                    Page p = pages.get(i);
                    long start = System.nanoTime();
                    String text = m.getValue().apply(p);
                    long elapsed = System.nanoTime() - start;
                    total += elapsed;
                    if (round >= WARMUP_ROUNDS) perPage[i] += elapsed;
                    if (score != null) score.add(p.gold(), new DevSetScore.Prediction(null, null, null, text));
                }
                if (score != null) scores.put(m.getKey(), score);
                if (round >= WARMUP_ROUNDS) roundNanos.computeIfAbsent(m.getKey(), k -> new ArrayList<>()).add(total);
            }
        }
        Map<String, Long> nanos = new LinkedHashMap<>();
        roundNanos.forEach((name, totals) -> nanos.put(name, median(totals) * rounds)); // the median round, as a total
        double parse = msPerPage(nanos.get("jsoup parse"), pages.size(), rounds);
        double ours = msPerPage(nanos.get("newsflow"), pages.size(), rounds);
        System.out.printf(Locale.ROOT, "%-14s %9s %10s %10s %8s %8s %8s%n", "extractor", "ms/page", "x parse", "x newsflow",
                "body F1", "tune F1", "check F1");
        for (String name : methods.keySet()) {
            double ms = msPerPage(nanos.get(name), pages.size(), rounds);
            DevSetScore score = scores.get(name);
            System.out.printf(Locale.ROOT, "%-14s %9.2f %10.2f %10.2f %8s %8s %8s%n", name, ms, ms / parse, ms / ours, f1(name, score),
                    f1(name, score == null ? null : score.part(DevSet.Part.TUNE)), f1(name, score == null ? null : score.part(DevSet.Part.CHECK)));
        }
        printBySize(pages, pageNanos, rounds);
    }

    /** ms/page of every extractor per size class and for the largest pages, with newsflow's ratio to the parse. */
    private static void printBySize(List<Page> pages, Map<String, long[]> pageNanos, int rounds) {
        System.out.println();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-16s %5s %8s", "HTML size", "pages", "mean KB"));
        pageNanos.keySet().forEach(name -> header.append(String.format(Locale.ROOT, " %14s", name)));
        System.out.println(header.append(String.format(Locale.ROOT, " %10s", "ours/parse")));
        int lower = 0;
        for (int c = 0; c <= SIZE_CLASSES.length; c++) {
            int from = lower, to = c < SIZE_CLASSES.length ? SIZE_CLASSES[c] : Integer.MAX_VALUE;
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                double kb = pages.get(i).html().length() / 1024.0;
                if (kb >= from && kb < to) members.add(i);
            }
            printRow(to == Integer.MAX_VALUE ? ">= " + from + " KB" : from + "-" + to + " KB", members, pages, pageNanos, rounds);
            lower = to;
        }
        List<Integer> bySize = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) bySize.add(i);
        bySize.sort((a, b) -> Integer.compare(pages.get(b).html().length(), pages.get(a).html().length()));
        printRow("largest " + Math.min(LARGEST, pages.size()), bySize.subList(0, Math.min(LARGEST, pages.size())), pages, pageNanos, rounds);
    }

    private static void printRow(String label, List<Integer> members, List<Page> pages, Map<String, long[]> pageNanos, int rounds) {
        if (members.isEmpty()) return;
        double kb = members.stream().mapToDouble(i -> pages.get(i).html().length() / 1024.0).average().orElse(0);
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-16s %5d %8.0f", label, members.size(), kb));
        Map<String, Double> ms = new LinkedHashMap<>();
        pageNanos.forEach((name, perPage) -> {
            long sum = members.stream().mapToLong(i -> perPage[i]).sum();
            ms.put(name, msPerPage(sum, members.size(), rounds));
            row.append(String.format(Locale.ROOT, " %14.2f", ms.get(name)));
        });
        System.out.println(row.append(String.format(Locale.ROOT, " %10.2f", ms.get("newsflow") / ms.get("jsoup parse"))));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String f1(String name, DevSetScore score) {
        return name.equals("jsoup parse") || score == null ? "-" : String.format(Locale.ROOT, "%.4f", score.bodyF1());
    }

    private static double msPerPage(long nanos, int pages, int rounds) {
        return nanos / 1e6 / pages / rounds;
    }
}
