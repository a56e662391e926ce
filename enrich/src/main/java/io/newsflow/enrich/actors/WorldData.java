package io.newsflow.enrich.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The world beyond the curated regional actors, from tab-separated data files next to {@code actors.yaml}:
 * {@code world-countries.tsv} (every country: names, demonyms, capital), {@code igos.tsv} (intergovernmental
 * organisations: name, acronyms, aliases, and their names in Russian and Armenian) and {@code ngos.tsv} (international
 * non-governmental ones, same columns). Country names in Russian, Armenian and Azerbaijani come from the JDK's CLDR
 * data; {@code local-names.tsv} adds the Russian and Armenian names of capitals and adjectives of states, which CLDR
 * lacks. Country ids are {@code nf:country/<alpha3>}, capitals {@code nf:capital/<alpha3>}, unless the curated
 * dictionary already has the actor (then its aliases are merged into the curated entry by {@link ActorDictionary}).
 */
final class WorldData {
    static final String COUNTRIES = "world-countries.tsv";
    static final String IGOS = "igos.tsv";
    /** International non-governmental organisations (the Red Cross, Amnesty, Human Rights Watch), same columns: code {@code NGO}. */
    static final String NGOS = "ngos.tsv";
    /**
     * Capitals' names, states' adjectives and usual names in Russian and Armenian (CLDR has no capitals or adjectives),
     * by the country's alpha-3 code.
     */
    static final String LOCAL_NAMES = "local-names.tsv";
    /**
     * People beyond the curated region (heads of state and government, foreign and defence ministers, heads of
     * international bodies since 2008, with dated roles), in {@code actors.yaml}'s format: the curated entry wins
     * where both list one.
     */
    static final String PEOPLE = "world-people.yaml";
    /**
     * Bodies and people of the world's politics beyond heads and ministers, in the same format: legislatures, security
     * and intelligence services, armed forces, parties, non-state armed groups; spokespeople, interior ministers and
     * security chiefs, speakers, opposition figures, armed groups' leaders.
     */
    static final String BODIES = "world-bodies.yaml";
    /**
     * The region's officials and public figures beyond those (ministers, aides, prosecutors, central bankers,
     * commanders, envoys, governors, de facto leaders, mayors, businessmen, church leaders), in the same format.
     */
    static final String OFFICIALS = "region-officials.yaml";
    /**
     * Officials beyond the region's and beyond heads and ministers (the US cabinet and Congress leaders, European
     * ministers and advisers, EU commissioners, NATO, UN and ICC officials), in the same format.
     */
    static final String WORLD_OFFICIALS = "world-officials.yaml";
    /** The world data files written in {@code actors.yaml}'s format, in the order they are read. */
    static final List<String> IN_CURATED_FORMAT = List.of(PEOPLE, BODIES, OFFICIALS, WORLD_OFFICIALS);
    /**
     * Places beyond the capitals (cities of a million and more, the region's towns, first-level regions, places of border
     * and conflict news), with their English, Russian and Armenian names: each stands for the state it lies in.
     */
    static final String PLACES = "world-places.tsv";
    private static final List<String> CLDR_LANGUAGES = List.of("ru", "hy", "az");

    private WorldData() {}

    static List<ActorEntry> countries(byte[] tsv, byte[] localNamesTsv) {
        Map<String, String> alpha2ByAlpha3 = alpha2ByAlpha3();
        Map<String, String[]> localNames = new HashMap<>();
        for (String[] row : rows(localNamesTsv, 7, LOCAL_NAMES)) localNames.put(row[0], row);
        List<ActorEntry> entries = new ArrayList<>();
        for (String[] row : rows(tsv, 5, COUNTRIES)) {
            String alpha3 = row[0];
            List<String> names = split(row[1]);
            if (names.isEmpty()) throw new IllegalArgumentException(COUNTRIES + ": country " + alpha3 + " has no name");
            Map<String, List<String>> aliases = new LinkedHashMap<>();
            List<String> english = new ArrayList<>(names.subList(1, names.size()));
            english.addAll(split(row[2]));
            aliases.put("en", english);
            String alpha2 = alpha2ByAlpha3.get(alpha3);
            if (alpha2 != null) {
                for (String language : CLDR_LANGUAGES) {
                    String local = Locale.of("", alpha2).getDisplayCountry(Locale.forLanguageTag(language));
                    if (!local.isBlank() && !local.equals(alpha2) && !names.contains(local)) aliases.put(language, List.of(local));
                }
            }
            String[] local = localNames.get(alpha3);
            if (local != null) { // "украинский", "թուրքական"; "Палестина"
                addAll(aliases, "ru", split(local[3]));
                addAll(aliases, "hy", split(local[4]));
                addAll(aliases, "ru", split(local[5]));
                addAll(aliases, "hy", split(local[6]));
            }
            entries.add(new ActorEntry("nf:country/" + alpha3.toLowerCase(Locale.ROOT), names.getFirst(), "country", alpha3, "GOV",
                    aliases));
            if (!row[3].isBlank()) {
                Map<String, List<String>> capitalAliases = new LinkedHashMap<>();
                capitalAliases.put("en", split(row[4]));
                if (local != null) {
                    capitalAliases.put("ru", split(local[1]));
                    capitalAliases.put("hy", split(local[2]));
                }
                entries.add(new ActorEntry("nf:capital/" + alpha3.toLowerCase(Locale.ROOT), row[3], "place", alpha3, null,
                        capitalAliases, List.of(), alpha3));
            }
        }
        return entries;
    }

    /** Rows of id, name, country, English aliases, Russian names, Armenian names: places of that country. */
    static List<ActorEntry> places(byte[] tsv) {
        List<ActorEntry> entries = new ArrayList<>();
        for (String[] row : rows(tsv, 6, PLACES)) {
            Map<String, List<String>> aliases = new LinkedHashMap<>();
            aliases.put("en", split(row[3]));
            addAll(aliases, "ru", split(row[4]));
            addAll(aliases, "hy", split(row[5]));
            entries.add(new ActorEntry(row[0], row[1], "place", row[2], null, aliases));
        }
        return entries;
    }

    static List<ActorEntry> igos(byte[] tsv) {
        return organisations(tsv, IGOS, ActorEntry.IGO, IGO_COLUMNS);
    }

    /** Columns of {@code ngos.tsv}: id, name, acronyms, aliases, Russian names, Armenian names. */
    private static final int ORGANISATION_COLUMNS = 6;
    /** {@code igos.tsv} has a seventh, {@code seat}. */
    private static final int IGO_COLUMNS = ORGANISATION_COLUMNS + 1;

    /**
     * The cities whose name stands for an intergovernmental organisation in the news, from {@code igos.tsv}'s
     * {@code seat} column ("Brussels warned Tbilisi": the European Union, not Belgium): lower-case English city name to
     * the organisation's id.
     */
    static Map<String, String> seats(byte[] tsv) {
        Map<String, String> seats = new HashMap<>();
        for (String[] row : rows(tsv, IGO_COLUMNS, IGOS)) {
            if (!row[6].isEmpty()) seats.put(row[6].toLowerCase(Locale.ROOT), row[0]);
        }
        return Map.copyOf(seats);
    }

    static List<ActorEntry> ngos(byte[] tsv) {
        return organisations(tsv, NGOS, ActorEntry.NGO, ORGANISATION_COLUMNS);
    }

    /**
     * Rows of id, name, acronyms, aliases, Russian names, Armenian names (acronyms among them: "ООН", "ՄԱԿ"), and for
     * intergovernmental ones the seat ({@link #seats}): organisations whose country code (and sector) is {@code code}.
     */
    private static List<ActorEntry> organisations(byte[] tsv, String file, String code, int columns) {
        List<ActorEntry> entries = new ArrayList<>();
        for (String[] row : rows(tsv, columns, file)) {
            List<String> english = new ArrayList<>(split(row[2]));
            english.addAll(split(row[3]));
            Map<String, List<String>> aliases = new LinkedHashMap<>();
            aliases.put("en", english);
            addAll(aliases, "ru", split(row[4]));
            addAll(aliases, "hy", split(row[5]));
            entries.add(new ActorEntry(row[0], row[1], "organisation", code, code, aliases));
        }
        return entries;
    }

    static byte[] resource(String name) {
        try (InputStream in = WorldData.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("actor data file " + name + " is missing from the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read actor data file " + name, e);
        }
    }

    private static List<String[]> rows(byte[] tsv, int columns, String file) {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = new String(tsv, StandardCharsets.UTF_8).lines().toList();
        for (int i = 1; i < lines.size(); i++) { // line 0 is the header
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (cells.length != columns) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected " + columns + " columns, found " + cells.length);
            }
            for (int c = 0; c < cells.length; c++) cells[c] = cells[c].strip();
            rows.add(cells);
        }
        return rows;
    }

    private static void addAll(Map<String, List<String>> aliases, String language, List<String> more) {
        if (more.isEmpty()) return;
        List<String> all = new ArrayList<>(aliases.getOrDefault(language, List.of()));
        all.addAll(more);
        aliases.put(language, List.copyOf(all));
    }

    private static List<String> split(String cell) {
        if (cell.isBlank()) return List.of();
        return List.of(cell.split("\\|")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Map<String, String> alpha2ByAlpha3() {
        Map<String, String> map = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            try {
                map.put(Locale.of("", alpha2).getISO3Country(), alpha2);
            } catch (java.util.MissingResourceException ignored) {
                // a region without an alpha-3 code: not a country we list
            }
        }
        return map;
    }
}
