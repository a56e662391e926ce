package io.newsflow.enrich.actors;

import io.newsflow.enrich.text.BoundedMemo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One actor of the dictionary.
 *
 * @param id        stable id: a Wikidata Q-id where verified, else a provisional {@code nf:} id
 * @param name      canonical English name
 * @param kind      {@code person}, {@code country}, {@code organisation} or {@code place}
 * @param country   ISO 3166-1 alpha-3 code of the actor's country, {@code IGO} for intergovernmental bodies, {@code NGO} for
 *                  international non-governmental ones, or null
 * @param sector    sector code (GOV, MIL, COP, LEG, JUD, OPP, REB, CVL, MED, BUS, REL, ...), or null
 * @param aliases   names by language code ({@code en}, {@code ru}, {@code hy}, {@code az}, ...); the canonical name is
 *                  always an alias too
 * @param roles     offices held, with dates (people only)
 * @param capitalOf for a capital city: the alpha-3 code of the state it stands for ("Yerevan accused ..." = Armenia)
 */
public record ActorEntry(String id, String name, String kind, String country, String sector,
                         Map<String, List<String>> aliases, List<Role> roles, String capitalOf) {
    public static final List<String> KINDS = List.of("person", "country", "organisation", "place");

    public ActorEntry {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("actor without id: " + name);
        if (name == null || name.isBlank()) throw new IllegalArgumentException("actor " + id + " has no name");
        if (kind == null || !KINDS.contains(kind)) {
            throw new IllegalArgumentException("actor " + id + " has kind '" + kind + "'; expected one of " + KINDS);
        }
        aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public ActorEntry(String id, String name, String kind, String country, String sector, Map<String, List<String>> aliases) {
        this(id, name, kind, country, sector, aliases, List.of(), null);
    }

    /** The same actor placed in a country (an unknown name whose country the text gives). */
    public ActorEntry withCountry(String country) {
        return new ActorEntry(id, name, kind, country, sector, aliases, roles, capitalOf);
    }

    /** The canonical name and every alias in every language. */
    public List<String> allNames() {
        return Stream.concat(Stream.of(name), aliases.values().stream().flatMap(List::stream)).distinct().toList();
    }

    /** The state this actor stands for or belongs to: the one it is the capital of, else its country (null if none). */
    public String state() {
        return capitalOf != null ? capitalOf : country;
    }

    /** The words of four letters or more of its name, in lower case ("foreign", "ministry"): what a noun may refer to it by. */
    public Set<String> nameWords() {
        return new HashSet<>(NAME_WORDS.get(name)); // a copy: callers may remove words from it
    }

    /** {@link #nameWords} by name, split once (it is asked at every mention of an organisation). */
    private static final BoundedMemo<String, Set<String>> NAME_WORDS = new BoundedMemo<>(10_000, name -> {
        Set<String> words = new HashSet<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (w.length() > 3) words.add(w);
        return Set.copyOf(words);
    });

    public boolean isPerson() {
        return kind.equals("person");
    }

    public boolean isCountry() {
        return kind.equals("country");
    }

    /** The code of intergovernmental organisations (the UN, the CSTO, the EU). */
    public static final String IGO = "IGO";
    /** The code of international non-governmental organisations (the Red Cross, Amnesty International). */
    public static final String NGO = "NGO";

    /** Whether {@code code} stands for no state: an intergovernmental or international non-governmental organisation. */
    public static boolean stateless(String code) {
        return IGO.equals(code) || NGO.equals(code);
    }

    /** Whether {@code code} is a state's: set, and neither {@link #IGO} nor {@link #NGO}. */
    public static boolean isStateCode(String code) {
        return code != null && !stateless(code);
    }

    /** An intergovernmental organisation (the UN, the CSTO, the EU): code {@code IGO}. */
    public boolean isIntergovernmental() {
        return kind.equals("organisation") && IGO.equals(country);
    }
}
