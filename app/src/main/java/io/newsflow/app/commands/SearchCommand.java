package io.newsflow.app.commands;

import io.newsflow.index.client.ElasticsearchClients;
import io.newsflow.index.search.ArticleHit;
import io.newsflow.index.search.ArticleSearch;
import io.newsflow.app.config.NewsflowConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search over indexed articles (all languages), with highlighted passages.")
public final class SearchCommand implements Callable<Integer> {
    @Mixin ConfigOption config;

    @Option(names = {"-n", "--size"}, defaultValue = "10", description = "Most hits to show (default ${DEFAULT-VALUE}).")
    int size;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words to search for.")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        NewsflowConfig c = config.load();
        try (var client = ElasticsearchClients.create(c.index())) {
            List<ArticleHit> hits = new ArticleSearch(client, c.index().articlesIndex()).search(String.join(" ", words), size);
            for (ArticleHit hit : hits) {
                System.out.printf("%.2f  %s%n      %s%n      actors: %s%n", hit.score(), hit.title(), hit.url(), String.join(", ", hit.actorNames()));
                hit.highlights().forEach(h -> System.out.println("      … " + h.replace('\n', ' ') + " …"));
            }
            if (hits.isEmpty()) System.out.println("no articles match");
            return 0;
        }
    }
}
