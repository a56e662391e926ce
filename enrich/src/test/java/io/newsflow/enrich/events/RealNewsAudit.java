package io.newsflow.enrich.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.EventActor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Events the coder emitted on real news, each judged right or wrong once by a reader
 * ({@code src/test/resources/events/real-news-audit.jsonl}; README beside it, "Real news, audited"): the English
 * articles of {@code ../shared/datasets/extraction-dev}, analysed as their title, a blank line and their gold body. The
 * articles stay in the shared data (no third-party text is kept here), so a judged event is found again by its key: the
 * document, the sentence's offsets, the type and the actors' ids. An event a later coder emits with no judged twin has
 * no verdict ({@link #verdict} gives null).
 */
final class RealNewsAudit {
    static final String RESOURCE = "/events/real-news-audit.jsonl";

    /** An article of the audit: its id, the text analysed and its publication day. */
    record Article(String id, String text, LocalDate published) {}

    private final Map<String, Boolean> verdicts;

    private RealNewsAudit(Map<String, Boolean> verdicts) {
        this.verdicts = verdicts;
    }

    /** The judged events of the resource. */
    static RealNewsAudit bundled() {
        try (InputStream in = RealNewsAudit.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the test classpath");
            ObjectMapper json = new ObjectMapper();
            Map<String, Boolean> verdicts = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank()) continue;
                JsonNode r = json.readTree(line);
                verdicts.put(key(r.path("doc").asText(), r.path("start").asInt(), r.path("end").asInt(), r.path("type").asText(),
                        ids(r.path("source")), ids(r.path("target"))), r.path("verdict").asText().equals("right"));
            }
            return new RealNewsAudit(verdicts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * The audited articles: extraction-dev's English ones with a body, as they were analysed (the same text
     * {@code scripts/events-eval} builds for {@code scripts/audit-score.py}).
     */
    static List<Article> articles(Path shared) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        for (String line : Files.readAllLines(shared.resolve("datasets/extraction-dev/gold.jsonl"))) {
            if (line.isBlank()) continue;
            JsonNode r = json.readTree(line);
            if (!r.path("language").asText().equals("en") || r.path("body").asText().isEmpty()) continue;
            articles.add(new Article(r.path("id").asText(), r.path("title").asText("") + "\n\n" + r.path("body").asText(),
                    utcDay(r.path("published").asText(""))));
        }
        return articles;
    }

    /** The UTC day of an ISO-8601 publication time, as {@code newsflow analyze} reads it (a bare date as it is), or null. */
    static LocalDate utcDay(String published) {
        if (published.length() < 10) return null;
        if (published.length() == 10) return LocalDate.parse(published);
        try {
            return java.time.OffsetDateTime.parse(published).withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDate();
        } catch (java.time.format.DateTimeParseException e) { // no offset: UTC, as analyze takes it
            return LocalDate.parse(published.substring(0, 10));
        }
    }

    /** How many judged events the audit holds. */
    int size() {
        return verdicts.size();
    }

    /** The ids of the articles with a judged event. */
    Set<String> documents() {
        Set<String> docs = new TreeSet<>();
        verdicts.keySet().forEach(k -> docs.add(k.substring(0, k.indexOf('|'))));
        return docs;
    }

    /** True (judged right), false (judged wrong), or null when no reader judged this event of the document. */
    Boolean verdict(String doc, Event e) {
        return verdicts.get(key(doc, e.getSentenceStart(), e.getSentenceEnd(), e.getType().name(), id(e.getSource()), id(e.getTarget())));
    }

    private static String key(String doc, int start, int end, String type, String source, String target) {
        return doc + "|" + start + "|" + end + "|" + type + "|" + source + "|" + target;
    }

    private static String id(EventActor a) {
        return a == null ? "" : a.getId();
    }

    private static String ids(JsonNode side) {
        List<String> ids = new ArrayList<>();
        side.forEach(a -> ids.add(a.path("id").asText()));
        return String.join("+", ids);
    }
}
