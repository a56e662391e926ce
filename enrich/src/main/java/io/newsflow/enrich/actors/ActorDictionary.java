package io.newsflow.enrich.actors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newsflow.schemas.ContentHash;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actors newsflow recognises: the curated regional dictionary ({@code actors.yaml}: people with dated roles,
 * organisations, places) merged with world data ({@link WorldData}: every country with its names, demonyms and
 * capital; international organisations; the people and bodies of {@link WorldData#IN_CURATED_FORMAT}, in the curated
 * file's format; the places of {@code world-places.tsv}). Where both
 * describe the same actor (same id, or the same country code for a country, or the same name for a capital) the
 * curated entry wins and gains the world entry's aliases.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActorDictionary {
    static final String CURATED = "actors.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private record File(List<ActorEntry> actors) {}

    private final List<ActorEntry> entries;
    private final String version;
    private final Map<String, ActorEntry> byId = new HashMap<>();
    private final Map<String, ActorEntry> countryByCode = new HashMap<>();
    private final Map<String, String> seats;

    /**
     * @param entries the actors, ids unique
     * @param version short hash of the data files, recorded on every enriched article
     */
    public ActorDictionary(List<ActorEntry> entries, String version) {
        this(entries, version, Map.of());
    }

    /**
     * @param seats lower-case names of cities that stand for an organisation in the news, to its id ({@link #seatedIn})
     */
    public ActorDictionary(List<ActorEntry> entries, String version, Map<String, String> seats) {
        this.entries = List.copyOf(entries);
        this.version = version;
        this.seats = Map.copyOf(seats);
        for (ActorEntry e : this.entries) {
            if (byId.put(e.id(), e) != null) throw new IllegalArgumentException("actor id " + e.id() + " appears twice in the dictionary");
            if (e.isCountry()) countryByCode.putIfAbsent(e.country(), e);
        }
    }

    public List<ActorEntry> entries() {
        return entries;
    }

    public String version() {
        return version;
    }

    public Optional<ActorEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The bundled curated dictionary merged with the bundled world data. */
    public static ActorDictionary bundled() {
        byte[] curated = WorldData.resource(CURATED);
        byte[] countries = WorldData.resource(WorldData.COUNTRIES);
        byte[] igos = WorldData.resource(WorldData.IGOS);
        byte[] ngos = WorldData.resource(WorldData.NGOS);
        byte[] localNames = WorldData.resource(WorldData.LOCAL_NAMES);
        List<byte[]> sameFormat = WorldData.IN_CURATED_FORMAT.stream().map(WorldData::resource).toList();
        byte[] places = WorldData.resource(WorldData.PLACES);
        List<ActorEntry> world = new ArrayList<>(WorldData.countries(countries, localNames));
        world.addAll(WorldData.igos(igos));
        world.addAll(WorldData.ngos(ngos));
        for (byte[] yaml : sameFormat) world.addAll(readCurated(yaml));
        world.addAll(WorldData.places(places));
        // every data file the entries come from: an article records which dictionary coded it
        List<byte[]> files = new ArrayList<>(List.of(curated, countries, igos, ngos, localNames));
        files.addAll(sameFormat);
        files.add(places);
        files.add(ArmenianNames.VERSION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String version = ContentHash.sha256(files.stream().map(ContentHash::sha256).collect(java.util.stream.Collectors.joining()))
                .substring(0, 12);
        List<ActorEntry> entries = merge(readCurated(curated), world).stream().map(ArmenianNames::withTransliterated).toList();
        return new ActorDictionary(entries, version, WorldData.seats(igos));
    }

    /**
     * The organisation a city's name stands for when the city acts ("Brussels urged Tbilisi …": the European Union;
     * {@code igos.tsv}'s {@code seat} column), if {@code place} is such a city.
     */
    public Optional<ActorEntry> seatedIn(ActorEntry place) {
        if (place.capitalOf() == null) return Optional.empty();
        String organisation = seats.get(place.name().toLowerCase(java.util.Locale.ROOT));
        return organisation == null ? Optional.empty() : byId(organisation);
    }

    /** A dictionary of the curated YAML alone (tests, custom dictionaries). */
    public static ActorDictionary parse(byte[] yaml) {
        return new ActorDictionary(readCurated(yaml), ContentHash.sha256(yaml).substring(0, 12));
    }

    /** The country actor for an alpha-3 code, if any. */
    public Optional<ActorEntry> country(String alpha3) {
        return Optional.ofNullable(countryByCode.get(alpha3));
    }

    private static List<ActorEntry> readCurated(byte[] yaml) {
        try {
            File file = YAML.readValue(yaml, File.class);
            return file.actors() == null ? List.of() : file.actors();
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid actor dictionary: " + e.getMessage(), e);
        }
    }

    static List<ActorEntry> merge(List<ActorEntry> curated, List<ActorEntry> world) {
        Map<String, ActorEntry> byId = new LinkedHashMap<>();
        curated.forEach(e -> byId.put(e.id(), e));
        for (ActorEntry w : world) {
            ActorEntry same = byId.get(w.id());
            if (same == null) same = curated.stream().filter(c -> sameActor(c, w)).findFirst().map(c -> byId.get(c.id())).orElse(null);
            if (same == null) {
                byId.put(w.id(), w);
            } else {
                byId.put(same.id(), withAliasesOf(same, w));
            }
        }
        return List.copyOf(byId.values());
    }

    private static boolean sameActor(ActorEntry curated, ActorEntry world) {
        if (world.isCountry()) return curated.isCountry() && world.country().equals(curated.country());
        if (world.capitalOf() != null) return curated.kind().equals("place") && curated.name().equalsIgnoreCase(world.name());
        return false;
    }

    private static ActorEntry withAliasesOf(ActorEntry curated, ActorEntry world) {
        Map<String, List<String>> aliases = new LinkedHashMap<>(curated.aliases());
        world.aliases().forEach((language, names) -> aliases.merge(language, names, (a, b) -> {
            List<String> all = new ArrayList<>(a);
            b.stream().filter(n -> !all.contains(n)).forEach(all::add);
            return all;
        }));
        if (!world.name().equals(curated.name())) aliases.merge("en", List.of(world.name()), (a, b) -> {
            List<String> all = new ArrayList<>(a);
            if (!all.contains(b.getFirst())) all.add(b.getFirst());
            return all;
        });
        return new ActorEntry(curated.id(), curated.name(), curated.kind(), curated.country(), curated.sector(), aliases,
                curated.roles(), curated.capitalOf() != null ? curated.capitalOf() : world.capitalOf());
    }
}
