package io.newsflow.app.commands;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.index.client.ElasticsearchClients;
import io.newsflow.index.events.EventDocument;
import io.newsflow.index.model.SearchQuery;
import io.newsflow.index.search.ArticleHit;
import io.newsflow.index.search.ArticleSearch;
import io.newsflow.index.search.EventSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code newsflow search QUERY [filters] [--events]}: ranked articles with highlighted passages, or matching events as a
 * timeline, printed to standard output. Exit codes: 0 (also when nothing matches); 1 when Elasticsearch cannot be asked;
 * 2 for a configuration error or a bad filter.
 */
@Command(name = "search", header = "Searches the indexed articles, or lists the matching events.", mixinStandardHelpOptions = true,
        description = {"Searches indexed articles in every language and prints them ranked, with highlighted passages;",
                "--events lists the matching events as a timeline instead."})
public final class SearchCommand implements Callable<Integer> {
    @Mixin ConfigOption config;

    @Option(names = {"-n", "--size"}, defaultValue = "10", description = "Most results to show (default ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--actor", paramLabel = "ID|NAME", description = "Only with this actor: an id (Q7747, nf:person/...) or a name (any case).")
    String actor;

    @Option(names = "--type", paramLabel = "EVENT_TYPE", description = "Only with an event of this PLOVER type (CONSULT, SANCTION, ...).")
    String type;

    @Option(names = "--from", paramLabel = "DATE", description = "From this day on (yyyy-MM-dd, UTC): publication date, or event date with --events.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to and including this day (yyyy-MM-dd, UTC).")
    LocalDate to;

    @Option(names = "--lang", paramLabel = "L", description = "Only articles in this language (en, ru, hy, ...).")
    String lang;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only articles (events of articles) of this outlet (site name, else host).")
    String outlet;

    @Option(names = "--events", description = "List matching events, oldest first, instead of articles.")
    boolean events;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words to search for (none: everything the filters let through).")
    List<String> words = List.of();

    @Override
    public Integer call() throws Exception {
        NewsflowConfig c = config.load();
        SearchQuery query;
        try {
            query = new SearchQuery(String.join(" ", words), actor, type, from, to, lang, outlet, size);
        } catch (IllegalArgumentException e) {
            System.err.println("search: " + e.getMessage());
            return 2;
        }
        try (var client = ElasticsearchClients.create(c.index())) {
            if (events) printEvents(new EventSearch(client, c.index().eventsIndex()).timeline(query), System.out);
            else printArticles(new ArticleSearch(client, c.index().articlesIndex()).search(query), System.out);
            return 0;
        }
    }

    static void printArticles(List<ArticleHit> hits, PrintStream out) {
        for (ArticleHit hit : hits) {
            out.printf("%.2f  %s  [%s, %s]%n      %s%n      actors: %s%n", hit.score(), hit.title(), hit.language(),
                    hit.published() == null ? "undated" : hit.published().toString().substring(0, 10), hit.url(),
                    String.join(", ", hit.actorNames()));
            if (!hit.eventTypes().isEmpty()) out.println("      events: " + String.join(", ", hit.eventTypes()));
            hit.highlights().forEach(h -> out.println("      … " + h.replace('\n', ' ') + " …"));
        }
        if (hits.isEmpty()) out.println("no articles match");
    }

    static void printEvents(List<EventDocument> events, PrintStream out) {
        for (EventDocument e : events) {
            String when = e.date() != null ? e.date() + (e.datePrecision().equals("DAY") ? "" : " (" + e.datePrecision().toLowerCase() + ")")
                    : e.timelineDate() + " (article date)";
            out.printf("%s  %-9s %s → %s%s%s%n      \"%s\"%n      %s%n", when, e.type(), e.sourceName() == null ? "?" : e.sourceName(),
                    e.targetName() == null ? "?" : e.targetName(), e.mode() == null ? "" : "  (" + e.mode() + ")",
                    e.negated() ? "  [negated]" : e.modality() == null ? "" : "  [" + e.modality() + "]",
                    e.sentence().replace('\n', ' '), e.url());
        }
        if (events.isEmpty()) out.println("no events match");
    }
}
