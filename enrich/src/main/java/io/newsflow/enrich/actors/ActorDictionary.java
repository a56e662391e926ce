package io.newsflow.enrich.actors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.schemas.ContentHash;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The curated actors newsflow recognises, read from YAML ({@code actors:} list of {@link ActorEntry}). The bundled
 * dictionary is {@code io/newsflow/enrich/actors/actors.yaml}; README says how to add an actor.
 *
 * @param entries the actors, ids unique
 * @param version short hash of the dictionary's bytes, recorded on every enriched article
 */
public record ActorDictionary(List<ActorEntry> entries, String version) {
    static final String BUNDLED = "actors.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private record File(List<ActorEntry> actors) {}

    public ActorDictionary {
        entries = List.copyOf(entries);
        Set<String> ids = new HashSet<>();
        for (ActorEntry e : entries) {
            if (!ids.add(e.id())) throw new IllegalArgumentException("actor id " + e.id() + " appears twice in the dictionary");
        }
    }

    public static ActorDictionary bundled() {
        try (InputStream in = ActorDictionary.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IllegalStateException("bundled actor dictionary " + BUNDLED + " is missing from the classpath");
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled actor dictionary", e);
        }
    }

    public static ActorDictionary parse(byte[] yaml) {
        try {
            File file = YAML.readValue(yaml, File.class);
            return new ActorDictionary(file.actors() == null ? List.of() : file.actors(),
                    ContentHash.sha256(new String(yaml, StandardCharsets.UTF_8)).substring(0, 12));
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid actor dictionary: " + e.getMessage(), e);
        }
    }
}
