package io.newsflow.enrich.actors;

import java.util.List;
import java.util.Map;

/**
 * One actor of the dictionary, as written in {@code actors.yaml}.
 *
 * @param id      stable id: a Wikidata Q-id where one is known, else a provisional {@code nf:} slug
 * @param name    canonical English name
 * @param kind    {@code person}, {@code country}, {@code organisation} or {@code place}
 * @param country ISO 3166-1 alpha-3 code of the actor's country, {@code IGO} for intergovernmental bodies, or null
 * @param sector  CAMEO/PLOVER-style sector (GOV, MIL, BUS, ...), or null
 * @param aliases names by language code ({@code en}, {@code ru}, {@code hy}, {@code az}, ...); the canonical name is
 *                always an alias too
 */
public record ActorEntry(String id, String name, String kind, String country, String sector,
                         Map<String, List<String>> aliases) {
    public ActorEntry {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("actor without id: " + name);
        if (name == null || name.isBlank()) throw new IllegalArgumentException("actor " + id + " has no name");
        if (kind == null || !List.of("person", "country", "organisation", "place").contains(kind)) {
            throw new IllegalArgumentException("actor " + id + " has kind '" + kind + "'; expected person, country, organisation or place");
        }
        aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
    }

    /** The canonical name and every alias in every language. */
    public List<String> allNames() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name),
                aliases.values().stream().flatMap(List::stream)).distinct().toList();
    }
}
