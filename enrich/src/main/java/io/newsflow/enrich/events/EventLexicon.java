package io.newsflow.enrich.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.enrich.text.Token;
import io.newsflow.schemas.EventType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Event triggers per PLOVER type, read from a data file ({@code lexicon-en.yaml}; the pattern language is documented
 * there). Finds every trigger in a run of tokens. Immutable and thread-safe.
 */
public final class EventLexicon {
    static final int MAX_GAP = 3;

    private record Entry(EventType type, String mode, Double weight, List<String> patterns) {}

    private record File(List<Entry> events) {}

    /**
     * One compiled pattern: per element its alternatives, or null for a gap. An alternative is a word or, ending in *,
     * a prefix (stored without the *, flagged in {@code prefix}).
     */
    private record Pattern(EventType type, String mode, double weight, String[][] elements, boolean[][] prefix) {}

    /**
     * Patterns by the first two letters (one for one-letter words) of their first element's alternatives: a token is
     * tried only against the few patterns that can start with it.
     */
    private final Map<String, List<Pattern>> byStart = new HashMap<>();

    EventLexicon(byte[] yaml) {
        try {
            File file = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(yaml, File.class);
            for (Entry e : file.events()) {
                if (e.type() == null || e.patterns() == null) throw new IllegalArgumentException("an entry needs a type and patterns");
                for (String p : e.patterns()) {
                    Pattern pattern = compile(e, p);
                    for (String first : pattern.elements()[0]) {
                        List<Pattern> bucket = byStart.computeIfAbsent(first.substring(0, Math.min(2, first.length())), k -> new ArrayList<>());
                        if (!bucket.contains(pattern)) bucket.add(pattern);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid event lexicon: " + e.getMessage(), e);
        }
    }

    public static EventLexicon english() {
        return bundled("en");
    }

    /** The bundled lexicon for a language code ({@code lexicon-<language>.yaml}): {@code en}, {@code ru} and {@code hy} exist. */
    public static EventLexicon bundled(String language) {
        String file = "lexicon-" + language + ".yaml";
        try (InputStream in = EventLexicon.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException(file + " is missing from the classpath");
            return new EventLexicon(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Pattern compile(Entry e, String pattern) {
        String[] parts = pattern.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        String[][] elements = new String[parts.length][];
        boolean[][] prefix = new boolean[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].equals("...")) continue;
            String[] alternatives = parts[i].split("\\|");
            prefix[i] = new boolean[alternatives.length];
            for (int a = 0; a < alternatives.length; a++) {
                prefix[i][a] = alternatives[a].endsWith("*");
                if (prefix[i][a]) alternatives[a] = alternatives[a].substring(0, alternatives[a].length() - 1);
                if (alternatives[a].isEmpty() || alternatives[a].equals("_")) {
                    throw new IllegalArgumentException("pattern '" + pattern + "': empty or wildcard alternative");
                }
            }
            elements[i] = alternatives;
        }
        if (elements[0] == null) throw new IllegalArgumentException("pattern '" + pattern + "' starts with a gap");
        return new Pattern(e.type(), e.mode(), e.weight() == null ? 1.0 : e.weight(), elements, prefix);
    }

    /** Every trigger in {@code tokens} (one sentence), longest match per pattern and start. */
    public List<Trigger> find(List<Token> tokens) {
        List<Trigger> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).lower();
            tryBucket(byStart.get(word.substring(0, Math.min(2, word.length()))), tokens, i, found);
            if (word.length() > 1) tryBucket(byStart.get(word.substring(0, 1)), tokens, i, found);
        }
        return found;
    }

    private static void tryBucket(List<Pattern> bucket, List<Token> tokens, int i, List<Trigger> found) {
        if (bucket == null) return;
        for (Pattern p : bucket) {
            int end = match(p, 0, tokens, i);
            if (end >= 0) found.add(new Trigger(p.type(), p.mode(), p.weight(), tokens.get(i).index(), tokens.get(end).index(), p.elements().length));
        }
    }

    /** Index of the last token matched when elements[e..] match from token t, else -1. */
    private static int match(Pattern p, int e, List<Token> tokens, int t) {
        if (e == p.elements().length) return t - 1;
        if (p.elements()[e] == null) {
            for (int skip = 0; skip <= MAX_GAP; skip++) {
                int end = match(p, e + 1, tokens, t + skip);
                if (end >= 0) return end;
            }
            return -1;
        }
        if (t >= tokens.size() || !matches(p.elements()[e], p.prefix()[e], tokens.get(t).lower())) return -1;
        return match(p, e + 1, tokens, t + 1);
    }

    private static boolean matches(String[] alternatives, boolean[] prefix, String word) {
        for (int a = 0; a < alternatives.length; a++) {
            if (prefix[a] ? word.startsWith(alternatives[a]) : word.equals(alternatives[a])) return true;
        }
        return false;
    }
}
