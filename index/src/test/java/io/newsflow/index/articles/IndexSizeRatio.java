package io.newsflow.index.articles;

import io.newsflow.devstack.SharedData;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.devstack.EmbeddedElasticsearch;
import io.newsflow.index.TestArticles;
import io.newsflow.index.client.ElasticsearchClients;
import io.newsflow.index.settings.IndexSettings;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Measures what the multilingual text fields cost in index size: the articles of one corpus indexed three ways, side by
 * side on one embedded node in one run, each force-merged to one segment, and their primary store sizes compared.
 *
 * <ul>
 *   <li><b>all</b> — the real articles mapping: title and text analysed by {@code standard} plus {@code .en},
 *   {@code .ru}, {@code .hy} sub-fields, whatever the language;</li>
 *   <li><b>one</b> — the same mapping with title and text analysed by {@code standard} plus only the analyzer of the
 *   detected language (a field per language, filled for en/ru/hy only);</li>
 *   <li><b>standard</b> — title and text analysed by {@code standard} only.</li>
 * </ul>
 *
 * Every other field (keywords, dates, actors) is the same in all three. Corpus: {@code gold.jsonl} of the extraction
 * dev set (title, body, language of real news pages), so it is read from {@code /work/shared} and the run says so and
 * stops when it is absent. Prints sizes and ratios for the whole corpus and for its en/ru/hy pages. Run:
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
            System.out.printf("index size of the articles index, %s: text with all three language sub-fields vs one%n", gold);
            report(es, "whole corpus", pages, p -> true);
            report(es, "en/ru/hy pages", pages, p -> ANALYSED.contains(p.language()));
        }
    }

    static void report(ElasticsearchClient es, String label, List<Page> pages, Predicate<Page> keep) throws Exception {
        List<Page> chosen = pages.stream().filter(keep).toList();
        String suffix = label.startsWith("whole") ? "whole" : "analysed";
        long all = size(es, "size-all-" + suffix, ArticleIndexTemplate.mappings(), chosen, false);
        long one = size(es, "size-one-" + suffix, variant(true), chosen, true);
        long std = size(es, "size-standard-" + suffix, variant(false), chosen, false);
        long chars = chosen.stream().mapToLong(p -> p.title().length() + p.body().length()).sum();
        System.out.printf("%n%s: %d pages, %,d characters of title+text%n", label, chosen.size(), chars);
        System.out.printf("  all three sub-fields  %,12d bytes%n  detected language    %,12d bytes%n  standard only        %,12d bytes%n", all, one, std);
        System.out.printf("  ratio all/one = %.2f   all/standard = %.2f   one/standard = %.2f%n",
                (double) all / one, (double) all / std, (double) one / std);
    }

    /** The real mapping with title and text replaced: standard only, plus (if {@code perLanguage}) one field per language. */
    static TypeMapping variant(boolean perLanguage) {
        TypeMapping base = ArticleIndexTemplate.mappings();
        Map<String, Property> props = new HashMap<>(base.properties());
        Property standard = Property.of(p -> p.text(t -> t.analyzer("standard")));
        props.put("title", standard);
        props.put("text", standard);
        if (perLanguage) {
            Map<String, Property> languages = Map.of(
                    "en", Property.of(p -> p.text(t -> t.analyzer("english"))),
                    "ru", Property.of(p -> p.text(t -> t.analyzer("russian"))),
                    "hy", Property.of(p -> p.text(t -> t.analyzer("armenian"))));
            props.put("titleLang", Property.of(p -> p.object(o -> o.properties(languages))));
            props.put("textLang", Property.of(p -> p.object(o -> o.properties(languages))));
        }
        return TypeMapping.of(m -> m.dynamic(base.dynamic()).dynamicTemplates(base.dynamicTemplates()).properties(props));
    }

    /** Indexes the pages into a fresh index with {@code mappings}, merges it to one segment, returns its store size. */
    static long size(ElasticsearchClient es, String index, TypeMapping mappings, List<Page> pages, boolean perLanguage) throws Exception {
        es.indices().create(c -> c.index(index).settings(s -> s.numberOfShards("1").numberOfReplicas("0")).mappings(mappings));
        ObjectMapper json = ElasticsearchClients.objectMapper();
        List<BulkOperation> ops = new ArrayList<>();
        for (Page p : pages) {
            ArticleDocument doc = ArticleDocument.from(TestArticles.article(p.id(), URI.create(p.url()).getHost(), p.language(),
                    PUBLISHED, p.title(), p.body(), List.of(), List.of(), ENRICHED), ENRICHED);
            @SuppressWarnings("unchecked")
            Map<String, Object> source = json.convertValue(doc, LinkedHashMap.class);
            if (perLanguage && ANALYSED.contains(p.language())) {
                source.put("titleLang", Map.of(p.language(), p.title()));
                source.put("textLang", Map.of(p.language(), p.body()));
            }
            ops.add(BulkOperation.of(b -> b.index(i -> i.index(index).id(p.id()).document(source))));
        }
        BulkResponse r = es.bulk(b -> b.refresh(Refresh.True).operations(ops));
        if (r.errors()) throw new IllegalStateException(index + ": not indexed: " + r.items().stream().filter(i -> i.error() != null).findFirst());
        es.indices().forcemerge(f -> f.index(index).maxNumSegments(1L).flush(true));
        es.indices().refresh(x -> x.index(index));
        return es.indices().stats(s -> s.index(index).metric(co.elastic.clients.elasticsearch._types.CommonStatsFlag.Store)).indices().get(index).primaries().store().sizeInBytes();
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
