package io.newsflow.app.faults;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes index documents of two runs comparable where only arrival order may differ. Story linking calls the first copy
 * of a story it sees the first report; with several raw-articles partitions, which copy arrives first is up to how
 * enrich interleaves them, in a clean run as in a faulty one. So the story a document belongs to is named by the
 * smallest article id of its cluster (the same members give the same name in any order) and {@code syndicatedCopy} is
 * dropped, after {@link #firstReportsPerStory} checks what must hold in any order: one first report per story.
 */
final class StoryNeutral {
    private StoryNeutral() {}

    /** Articles with {@code syndicationClusterId} replaced by their cluster's smallest article id, without {@code syndicatedCopy}. */
    static Map<String, Map<String, Object>> articles(Map<String, Map<String, Object>> articles) {
        Map<String, String> names = clusterNames(articles);
        Map<String, Map<String, Object>> out = new TreeMap<>();
        articles.forEach((id, doc) -> {
            Map<String, Object> copy = new TreeMap<>(doc);
            copy.put("syndicationClusterId", names.get((String) doc.get("syndicationClusterId")));
            copy.remove("syndicatedCopy");
            out.put(id, copy);
        });
        return out;
    }

    /** Events with {@code storyId} named as its article's cluster (see {@link #articles}), without {@code syndicatedCopy}. */
    static Map<String, Map<String, Object>> events(Map<String, Map<String, Object>> events, Map<String, Map<String, Object>> articles) {
        Map<String, String> names = clusterNames(articles);
        Map<String, Map<String, Object>> out = new TreeMap<>();
        events.forEach((id, doc) -> {
            Map<String, Object> copy = new TreeMap<>(doc);
            Object story = doc.get("storyId");
            Object cluster = articles.containsKey((String) story) ? articles.get((String) story).get("syndicationClusterId") : story;
            copy.put("storyId", names.getOrDefault((String) cluster, "missing:" + story));
            copy.remove("syndicatedCopy");
            out.put(id, copy);
        });
        return out;
    }

    /** For each story (cluster id), how many of its articles are not marked as copies: 1 everywhere in a sound index. */
    static Map<String, Integer> firstReportsPerStory(Map<String, Map<String, Object>> articles) {
        Map<String, Integer> firsts = new TreeMap<>();
        articles.values().forEach(doc -> firsts.merge((String) doc.get("syndicationClusterId"),
                Boolean.TRUE.equals(doc.get("syndicatedCopy")) ? 0 : 1, Integer::sum));
        return firsts;
    }

    private static Map<String, String> clusterNames(Map<String, Map<String, Object>> articles) {
        Map<String, String> names = new HashMap<>();
        articles.forEach((id, doc) -> names.merge((String) doc.get("syndicationClusterId"), id,
                (a, b) -> List.of(a, b).stream().min(String::compareTo).orElseThrow()));
        return names;
    }
}
