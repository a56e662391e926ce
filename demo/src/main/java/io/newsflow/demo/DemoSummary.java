package io.newsflow.demo;

import io.newsflow.index.events.EventDocument;
import io.newsflow.index.search.ArticleHit;
import io.newsflow.index.search.Citations;
import io.newsflow.index.search.TermCount;
import io.newsflow.ingest.model.IngestReport;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * What a demo run produced, read back from Kafka's and Elasticsearch's answers.
 *
 * @param ingest    the ingest report
 * @param indexed   articles in the index
 * @param topActors actors named in the most articles
 * @param searches  each demo query and its hits
 * @param events    events coded in all articles (documents in the events index)
 * @param timeline  the events involving {@link Demo#TIMELINE_ACTOR}, oldest first
 * @param citing    the outlets whose articles cite or link to {@link Demo#CITED_DOMAIN}
 */
public record DemoSummary(IngestReport ingest, long indexed, List<TermCount> topActors, Map<String, List<ArticleHit>> searches,
                          long events, List<EventDocument> timeline, Citations.WhoCites citing) {
    static final int SNIPPETS_PER_HIT = 1;

    public void print(PrintStream out) {
        out.println();
        out.println("== newsflow demo: summary ==");
        out.printf("articles ingested : %d (dead letters: %d)%n", ingest.articles(), ingest.deadLetterCount());
        out.printf("articles indexed  : %d%n", indexed);
        out.printf("actors (articles) : %s%n", String.join(", ",
                topActors.stream().map(t -> t.term() + " (" + t.count() + ")").toList()));
        searches.forEach((query, hits) -> {
            out.println();
            out.printf("search \"%s\": %d hit(s)%n", query, hits.size());
            for (int i = 0; i < hits.size(); i++) {
                ArticleHit hit = hits.get(i);
                out.printf("  %d. %s  [score %.2f]%n", i + 1, hit.title(), hit.score());
                out.printf("     actors: %s%n", String.join(", ", hit.actorNames()));
                hit.highlights().stream().limit(SNIPPETS_PER_HIT).forEach(h -> out.printf("     … %s …%n", h.replace('\n', ' ')));
            }
        });
        out.println();
        out.printf("events coded: %d; those involving %s, oldest first:%n", events, Demo.TIMELINE_ACTOR);
        for (EventDocument e : timeline) {
            out.printf("  %-10s %-9s %s%s → %s%s%n", e.date() == null ? "undated" : e.date(), e.type(),
                    e.mode() == null ? "" : "(" + e.mode() + ") ", e.sourceName(), e.targetName() == null ? "-" : e.targetName(),
                    e.locationName() == null ? "" : ", in " + e.locationName());
        }
        out.println();
        out.printf("who cites %s: %d article(s)%s%n", citing.domain(), citing.articles(), citing.outlets().isEmpty() ? ""
                : ", from " + String.join(", ", citing.outlets().stream().map(t -> t.term() + " (" + t.count() + ")").toList()));
    }
}
