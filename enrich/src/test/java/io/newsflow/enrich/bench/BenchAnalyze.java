package io.newsflow.enrich.bench;

import io.newsflow.enrich.actors.ActorResolver;
import io.newsflow.enrich.analyze.ArticleAnalyzer;
import io.newsflow.enrich.text.SentenceSplitter;
import io.newsflow.enrich.text.Token;
import io.newsflow.enrich.text.Tokenizer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Throughput of the analysis on one thread (= one core), side by side in one run: tokenizing and sentence splitting
 * alone (the floor), actors only, and actors + events (what {@code newsflow analyze} and the Streams stage do), over the
 * same 600-word articles assembled from news-style sentences written for this project. Prints articles/s and ratios;
 * the last line is actors + events with the language given, as the Streams stage gets it from ingest (all bench
 * articles are English).
 * Not a test: run with {@code ./mvnw -q -B -pl enrich -am test-compile -Panalyze-bench [-Dbench.articles=N] [-Dbench.rounds=R]};
 * a third argument, a JSON-lines file with {@code language} and {@code body} (the extraction dev set's gold), measures
 * real English articles instead ({@code -Dbench.real=PATH}).
 */
public final class BenchAnalyze {
    static final int WORDS = 600;

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> articles = args.length > 2 && args[2] != null && !args[2].isBlank() ? realArticles(java.nio.file.Path.of(args[2]), count) : articles(count);
        ActorResolver actors = ActorResolver.bundled();
        ArticleAnalyzer analyzer = ArticleAnalyzer.bundled();
        System.out.printf("%d articles of ~%d words (%s), %d timed rounds after 2 warm-up rounds (and %d s of the whole analysis first), 1 thread%n", articles.size(),
                articles.stream().mapToInt(a -> a.split("\\s+").length).sum() / articles.size(),
                args.length > 2 && args[2] != null && !args[2].isBlank() ? "English bodies of " + args[2] : "news-style sentences", rounds,
                WARM_UP.toSeconds());
        warmUp(articles, text -> analyzer.analyze("bench", null, text, null)); // every step the phases below time
        double floor = measure("tokenize + sentences", articles, rounds, text -> SentenceSplitter.split(text, Tokenizer.tokenize(text)));
        measure("actors", articles, rounds, text -> {
            List<Token> tokens = Tokenizer.tokenize(text);
            actors.resolve(text, tokens, null);
        }, floor);
        measure("actors + events", articles, rounds, text -> analyzer.analyze("bench", null, text, null), floor);
        // the Streams stage is given the language ingest found (RawArticle.language): no detection of its own
        measure("  language stated", articles, rounds, text -> analyzer.analyze("bench", null, text, null, "en"), floor);
    }

    /**
     * The whole analysis, run for {@link #WARM_UP} before any phase is timed: with only each phase's two warm-up rounds
     * (about a second of events), the first phase that coded events measured a quarter slower than the same work timed
     * again after the others (213-271 against 292-296 articles/s/core): the JIT was still compiling it.
     */
    static final java.time.Duration WARM_UP = java.time.Duration.ofSeconds(15);

    private static void warmUp(List<String> articles, Consumer<String> work) {
        long until = System.nanoTime() + WARM_UP.toNanos();
        while (System.nanoTime() < until) articles.forEach(work);
    }

    private static double measure(String name, List<String> articles, int rounds, Consumer<String> work) {
        return measure(name, articles, rounds, work, 0);
    }

    private static double measure(String name, List<String> articles, int rounds, Consumer<String> work, double floor) {
        for (int i = 0; i < 2; i++) articles.forEach(work);
        long best = Long.MAX_VALUE, total = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            articles.forEach(work);
            long elapsed = System.nanoTime() - t0;
            best = Math.min(best, elapsed);
            total += elapsed;
        }
        double perSecond = articles.size() / (total / (double) rounds / 1e9);
        double bestPerSecond = articles.size() / (best / 1e9);
        System.out.printf("%-22s %9.0f articles/s/core (best round %9.0f)%s%n", name, perSecond, bestPerSecond,
                floor == 0 ? "" : String.format("   %.1fx the time of tokenize + sentences", floor / perSecond));
        return perSecond;
    }

    /** Up to {@code count} English article bodies from a JSON-lines file with {@code language} and {@code body} fields. */
    static List<String> realArticles(java.nio.file.Path jsonl, int count) throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> bodies = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (line.isBlank() || bodies.size() >= count) continue;
            var doc = json.readTree(line);
            if (doc.path("language").asText().equals("en") && !doc.path("body").asText().isBlank()) bodies.add(doc.path("body").asText());
        }
        return bodies;
    }

    static List<String> articles(int count) throws IOException {
        List<String> sentences;
        try (InputStream in = BenchAnalyze.class.getResourceAsStream("/bench/sentences.txt")) {
            sentences = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
        Random random = new Random(42);
        List<String> articles = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            StringBuilder text = new StringBuilder();
            int words = 0;
            while (words < WORDS) {
                String s = sentences.get(random.nextInt(sentences.size()));
                text.append(s).append(random.nextInt(4) == 0 ? "\n\n" : " ");
                words += s.split("\\s+").length;
            }
            articles.add(text.toString());
        }
        return articles;
    }
}
