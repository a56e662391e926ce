package io.newsflow.enrich.relevance;

import java.util.List;

/**
 * What a user watches (the {@code enrich.profiles} list of newsflow's YAML): articles about these countries and actors,
 * especially events between them. The default profile {@code russia-armenia} watches RUS and ARM.
 *
 * @param name      profile name, the key of {@code EnrichedArticle.relevance}
 * @param countries ISO alpha-3 codes of the countries watched
 * @param actors    actor ids watched besides the countries' (e.g. the CSTO), may be empty
 */
public record WatchProfile(String name, List<String> countries, List<String> actors) {
    public WatchProfile {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a watch profile needs a name");
        countries = countries == null ? List.of() : List.copyOf(countries);
        actors = actors == null ? List.of() : List.copyOf(actors);
        if (countries.isEmpty() && actors.isEmpty()) throw new IllegalArgumentException("watch profile " + name + " watches nothing");
    }

    public static WatchProfile russiaArmenia() {
        return new WatchProfile("russia-armenia", List.of("RUS", "ARM"), List.of("nf:org/csto", "nf:org/eaeu"));
    }
}
