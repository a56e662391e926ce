package io.newsflow.index.articles;

import io.newsflow.devstack.SharedData;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.devstack.EmbeddedElasticsearch;
import io.newsflow.index.TestArticles;
import io.newsflow.index.client.ElasticsearchClients;
import io.newsflow.index.mapping.Fields;
import io.newsflow.index.settings.IndexSettings;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Measures what the stemmed copies of the free text cost in index size and indexing time: the articles of one corpus
 * indexed three ways with the real articles mapping, side by side on one embedded node in one run, each force-merged
 * to one segment, and their primary store sizes and Elasticsearch's indexing time compared.
 *
 * <ul>
 *   <li><b>all</b> — title and text with all three stemmed copies ({@code _en}, {@code _ru}, {@code _hy}), whatever
 *   the language: what every document carried before issue 15 (then as sub-fields);</li>
 *   <li><b>one</b> — the documents as the index stage writes them: the copy of the detected language only
 *   ({@link io.newsflow.index.mapping.Fields#stemmedCopies});</li>
 *   <li><b>standard</b> — no stemmed copy.</li>
 * </ul>
 *
 * Every other field (keywords, dates, actors) is the same in all three. Corpus: {@code gold.jsonl} of the extraction
 * dev set (title, body, language of real news pages), so it is read from {@code /work/shared} and the run says so and
 * stops when it is absent. Prints sizes, indexing milliseconds (Elasticsearch's {@code index_time_in_millis}, after
 * a warm-up round of all three; one run, indicative) and ratios for the whole corpus and for its en/ru/hy pages. Run:
 * {@code ./mvnw -q -B -pl index -am test-compile -Pindex-size [-Dindex.size.dir=DIR]}.
 */
public final class IndexSizeRatio {
    static final Set<String> ANALYSED = Set.of("en", "ru", "hy");
    static final Instant ENRICHED = Instant.parse("2025-06-10T00:00:00Z");
    /** One publication date for all pages: dates do not change the text fields' size, and the pages' own vary in format. */
    static final String PUBLISHED = "2024-05-01T00:00:00Z";

    private IndexSizeRatio() {}

    record Page(String id, String url, String language, String title, String body) {}

    public static void main(String[] args) throws Exception {
        Path corpus = args.length > 0 && args[0] != null && !args[0].isBlank() ? Path.of(args[0]) : SharedData.resolve("datasets/extraction-dev");
        Path gold = corpus.resolve("gold.jsonl").toAbsolutePath().normalize();
        if (!Files.isRegularFile(gold)) {
            System.out.println("index size: no corpus at " + gold + " (the shared dataset is absent); nothing measured");
            return;
        }
        List<Page> pages = read(gold);
        try (EmbeddedElasticsearch node = EmbeddedElasticsearch.start();
             ElasticsearchClient es = ElasticsearchClients.create(IndexSettings.local(node.url(), "size-", "size"))) {
            System.out.printf("index size of the articles index, %s: text with all three stemmed copies vs one%n", gold);
            for (Copies copies : Copies.values()) measure(es, "size-warmup-" + copies.name().toLowerCase(Locale.ROOT), pages, copies);
            report(es, "whole corpus", pages, p -> true);
            report(es, "en/ru/hy pages", pages, p -> ANALYSED.contains(p.language()));
        }
    }

    /** Which stemmed copies a variant's documents carry. */
    enum Copies { ALL, DETECTED, NONE }

    /** A variant's index: its primary store size and Elasticsearch's time indexing it. */
    record Measured(long bytes, long indexingMillis) {}

    static void report(ElasticsearchClient es, String label, List<Page> pages, Predicate<Page> keep) throws Exception {
        List<Page> chosen = pages.stream().filter(keep).toList();
        String suffix = label.startsWith("whole") ? "whole" : "analysed";
        Measured all = measure(es, "size-all-" + suffix, chosen, Copies.ALL);
        Measured one = measure(es, "size-one-" + suffix, chosen, Copies.DETECTED);
        Measured std = measure(es, "size-standard-" + suffix, chosen, Copies.NONE);
        long chars = chosen.stream().mapToLong(p -> p.title().length() + p.body().length()).sum();
        System.out.printf("%n%s: %d pages, %,d characters of title+text%n", label, chosen.size(), chars);
        System.out.printf("  all three copies    %,12d bytes %,8d ms indexing%n  detected language   %,12d bytes %,8d ms%n"
                + "  standard only       %,12d bytes %,8d ms%n", all.bytes(), all.indexingMillis(), one.bytes(),
                one.indexingMillis(), std.bytes(), std.indexingMillis());
        System.out.printf("  size ratio all/one = %.2f   all/standard = %.2f   one/standard = %.2f%n",
                (double) all.bytes() / one.bytes(), (double) all.bytes() / std.bytes(), (double) one.bytes() / std.bytes());
    }

    /** Indexes the pages into a fresh index (the real mapping), merges it to one segment, returns its size and indexing time. */
    static Measured measure(ElasticsearchClient es, String index, List<Page> pages, Copies copies) throws Exception {
        es.indices().create(c -> c.index(index).settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                .mappings(ArticleIndexTemplate.mappings()));
        ObjectMapper json = ElasticsearchClients.objectMapper();
        List<BulkOperation> ops = new ArrayList<>();
        for (Page p : pages) {
            ArticleDocument doc = ArticleDocument.from(TestArticles.article(p.id(), URI.create(p.url()).getHost(), p.language(),
                    PUBLISHED, p.title(), p.body(), List.of(), List.of(), ENRICHED), ENRICHED);
            @SuppressWarnings("unchecked")
            Map<String, Object> source = json.convertValue(doc, LinkedHashMap.class);
            source.keySet().removeAll(Fields.stemmedNames("title", "text"));
            if (copies == Copies.ALL) source.putAll(Fields.stemmedCopies(null, "title", p.title(), "text", p.body()));
            if (copies == Copies.DETECTED) source.putAll(doc.stemmedCopies());
            ops.add(BulkOperation.of(b -> b.index(i -> i.index(index).id(p.id()).document(source))));
        }
        BulkResponse r = es.bulk(b -> b.refresh(Refresh.True).operations(ops));
        if (r.errors()) throw new IllegalStateException(index + ": not indexed: " + r.items().stream().filter(i -> i.error() != null).findFirst());
        es.indices().forcemerge(f -> f.index(index).maxNumSegments(1L).flush(true));
        es.indices().refresh(x -> x.index(index));
        var stats = es.indices().stats(s -> s.index(index).metric(co.elastic.clients.elasticsearch._types.CommonStatsFlag.Store,
                co.elastic.clients.elasticsearch._types.CommonStatsFlag.Indexing)).indices().get(index).primaries();
        return new Measured(stats.store().sizeInBytes(), stats.indexing().indexTimeInMillis());
    }

    static List<Page> read(Path gold) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Page> pages = new ArrayList<>();
        for (String line : Files.readAllLines(gold)) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            pages.add(new Page(n.get("id").asText(), n.get("url").asText(), n.path("language").asText("und"),
                    n.path("title").asText(""), n.path("body").asText("")));
        }
        return pages;
    }
}
