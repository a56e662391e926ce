package io.newsflow.demo.bench;

import io.newsflow.enrich.analyze.ArticleAnalyzer;
import io.newsflow.ingest.extract.ExtractedArticle;
import io.newsflow.ingest.extract.HtmlExtractor;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * What two stages' own work costs, measured in the benchmark's run on its corpus once every article is searchable
 * (the pipeline's processes idle beside it): extraction of the corpus's pages in ms/page (Jsoup's parse alone,
 * newsflow's extraction with its parse, Readability4J), and the analysis of the extracted texts on one thread in
 * articles/s/core, with the language the extraction found (as the enrich stage gets it). Each after a warm-up of
 * {@link #WARM_UP_ROUNDS} rounds, then the mean of {@link #ROUNDS}. The index stage's rate is the throughput phase's
 * own ({@code index} row). The corpus's pages are small (a few KB), so Jsoup's parse is short and newsflow's fixed
 * costs per page weigh more than on real pages (the extraction bench on the dev set: docs/quality.md).
 *
 * @param pages               pages measured (the corpus's first ones)
 * @param parseMs             Jsoup's parse alone, ms/page
 * @param newsflowMs          newsflow's extraction, parse included, ms/page
 * @param readabilityMs       Readability4J, ms/page
 * @param analyzePerSecond    articles analysed per second on one thread (actors and events)
 */
record StageCosts(int pages, double parseMs, double newsflowMs, double readabilityMs, double analyzePerSecond) {
    static final int WARM_UP_ROUNDS = 3;
    static final int ROUNDS = 5;
    /** Where the corpus's pages say they are (their links and canonical URLs); nothing is fetched. */
    static final String BASE = "http://bench.invalid";

    static StageCosts measure(BenchCorpus corpus, int pages) {
        List<String> html = IntStream.range(0, Math.min(pages, corpus.size())).mapToObj(n -> corpus.page(BASE, n)).toList();
        List<ExtractedArticle> extracted = new ArrayList<>();
        for (String page : html) extracted.add(new HtmlExtractor().extract(Jsoup.parse(page, BASE)));
        double parse = msPerItem(html, page -> Jsoup.parse(page, BASE));
        double newsflow = msPerItem(html, page -> new HtmlExtractor().extract(Jsoup.parse(page, BASE)));
        double readability = msPerItem(html, page -> new Readability4J(BASE, page).parse());
        ArticleAnalyzer analyzer = ArticleAnalyzer.bundled();
        double analyzeMs = msPerItem(extracted, a -> analyzer.analyze("bench", null, a.text(), null, a.language()));
        return new StageCosts(html.size(), parse, newsflow, readability, 1000 / analyzeMs);
    }

    private static <T> double msPerItem(List<T> items, Consumer<T> work) {
        for (int r = 0; r < WARM_UP_ROUNDS; r++) items.forEach(work);
        long start = System.nanoTime();
        for (int r = 0; r < ROUNDS; r++) items.forEach(work);
        return (System.nanoTime() - start) / 1e6 / ROUNDS / items.size();
    }

    String text() {
        return String.format("""
                Stage costs in this run (the corpus's pages, one thread, the pipeline idle)
                  extraction of %d pages (ms/page): Jsoup parse %.2f, newsflow %.2f (%.2fx parse), Readability4J %.2f (%.2fx newsflow)
                  analysis (actors + events, language stated): %.0f articles/s/core
                """, pages, parseMs, newsflowMs, newsflowMs / parseMs, readabilityMs, readabilityMs / newsflowMs, analyzePerSecond);
    }
}
