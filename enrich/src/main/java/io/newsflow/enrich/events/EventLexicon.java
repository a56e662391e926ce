package io.newsflow.enrich.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.enrich.text.BoundedMemo;
import io.newsflow.enrich.text.Token;
import io.newsflow.schemas.EventType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Event triggers per PLOVER type, read from a data file ({@code lexicon-en.yaml}; the pattern language is documented
 * there). Finds every trigger in a run of tokens. Immutable and thread-safe.
 */
public final class EventLexicon {
    static final int MAX_GAP = 4;
    /**
     * Tokens a gap spans at most, whatever share of them are a possessive's "s" or the later parts of hyphenated
     * compounds (not counted as words): a run of "a-b-c-…" or "s s s …" costs a bounded walk per pattern and start.
     */
    static final int MAX_GAP_TOKENS = 4 * MAX_GAP;

    private record Entry(EventType type, String mode, Double weight, List<String> patterns) {}

    /**
     * @param events    triggers by type
     * @param notEvents phrases that contain a trigger's words but report no act ("did not respond to a request for
     *                  comment"): a trigger starting inside one is dropped. Optional.
     * @param wordSets  named lists of plain words the file's patterns use as "@name" (any of them; also first in a
     *                  pattern) or "!@name" (any word but them), so that a long list is written once. Optional.
     */
    private record File(List<Entry> events, List<String> notEvents, Map<String, List<String>> wordSets) {}

    /**
     * How an alternative matches a word: the word itself, a prefix ("stem*"), an ending ("*ым"), or any word of a word
     * class ("@negative": {@link #CLASSES}; a file's word set is written out as its words). An element written
     * "!a|b|@set" negates them all: any one word but those listed.
     */
    private enum Kind { WORD, PREFIX, ENDING, CLASS }

    /**
     * Word classes a pattern may name with "@": {@code @negative}, the words of negative evaluation of
     * {@code negative-words-en.txt} (from the VADER sentiment lexicon; "called the move reckless", "described it as
     * sabotage").
     */
    private static final Map<String, java.util.Set<String>> CLASSES = Map.of("negative", WordList.bundled("negative-words-en.txt"));

    /**
     * One compiled pattern: per element its alternatives, or null for a gap ({@code elements}: the alternatives as
     * written, for the index of first words), and how each element matches ({@code matchers}).
     */
    private record Pattern(EventType type, String mode, double weight, String[][] elements, Alternatives[] matchers, String source) {}

    /**
     * One element's alternatives grouped by how they match, so that a word is checked with one hash lookup for the
     * plain words (some elements list dozens: "called|calls|calling|described|...") and a loop over the few prefixes,
     * endings and word classes. Matches when one of the alternatives does; a negated element ("!for|on|@set") when
     * none does.
     */
    private record Alternatives(java.util.Set<String> words, String[] prefixes, String[] endings, List<java.util.Set<String>> classes,
                                boolean negated) {
        static Alternatives of(String[] alternatives, Kind[] kinds, boolean negated) {
            java.util.Set<String> words = new java.util.HashSet<>();
            List<String> prefixes = new ArrayList<>(), endings = new ArrayList<>();
            List<java.util.Set<String>> classes = new ArrayList<>();
            for (int a = 0; a < alternatives.length; a++) {
                switch (kinds[a]) {
                    case WORD -> words.add(alternatives[a]);
                    case PREFIX -> prefixes.add(alternatives[a]);
                    case ENDING -> endings.add(alternatives[a]);
                    case CLASS -> classes.add(CLASSES.get(alternatives[a]));
                }
            }
            return new Alternatives(words, prefixes.toArray(String[]::new), endings.toArray(String[]::new), classes, negated);
        }

        boolean matches(String word) {
            if (negated) return !word.isEmpty() && !matchesAny(word);
            return matchesAny(word);
        }

        private boolean matchesAny(String word) {
            if (words.contains(word)) return true;
            if (word.isEmpty()) return false;
            // the first (last) letter compared before the whole prefix (ending): most alternatives differ there
            char first = word.charAt(0), last = word.charAt(word.length() - 1);
            for (String prefix : prefixes) if (prefix.charAt(0) == first && word.startsWith(prefix)) return true;
            for (String ending : endings) {
                if (ending.charAt(ending.length() - 1) == last && word.endsWith(ending) && word.length() > ending.length() + 2) return true; // a stem of 3+ letters
            }
            for (java.util.Set<String> wordClass : classes) if (wordClass.contains(word)) return true;
            return false;
        }
    }

    /**
     * Patterns by the first two letters (one for one-letter words) of their first element's alternatives: a token is
     * tried only against the few patterns that can start with it.
     */
    private final Map<String, List<Pattern>> byStart = new HashMap<>();

    EventLexicon(byte[] yaml) {
        this(List.of(yaml));
    }

    /** One lexicon from several files (the hand-written one and the one generated from WordNet). */
    EventLexicon(List<byte[]> yamls) {
        for (byte[] yaml : yamls) add(yaml);
    }

    private void add(byte[] yaml) {
        try {
            File file = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(yaml, File.class);
            Map<String, java.util.Set<String>> sets = new HashMap<>();
            if (file.wordSets() != null) {
                file.wordSets().forEach((written, words) -> {
                    String name = written.toLowerCase(java.util.Locale.ROOT); // patterns are read in lower case
                    if (sets.containsKey(name) || CLASSES.containsKey(name)) {
                        throw new IllegalArgumentException("word set @" + written + " is defined twice, or is a built-in word class");
                    }
                    sets.put(name, words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet()));
                });
            }
            if (file.notEvents() != null) {
                Entry none = new Entry(null, null, null, file.notEvents());
                for (String p : file.notEvents()) index(compile(none, p, sets));
            }
            for (Entry e : file.events()) {
                if (e.type() == null || e.patterns() == null) throw new IllegalArgumentException("an entry needs a type and patterns");
                for (String p : e.patterns()) index(compile(e, p, sets));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid event lexicon: " + e.getMessage(), e);
        }
    }

    private void index(Pattern pattern) {
        for (String first : pattern.elements()[0]) {
            List<Pattern> bucket = byStart.computeIfAbsent(first.substring(0, Math.min(2, first.length())), k -> new ArrayList<>());
            if (!bucket.contains(pattern)) bucket.add(pattern);
        }
    }

    /**
     * English: the hand-written {@code lexicon-en.yaml} and {@code lexicon-en-wordnet.yaml}, generated from WordNet 3.1
     * (seeds in {@code lexicon-seeds-en.yaml}; weight 0.9, so a hand-written trigger wins a tie).
     */
    public static EventLexicon english() {
        return new EventLexicon(List.of(WordList.bytes("lexicon-en.yaml"), WordList.bytes("lexicon-en-wordnet.yaml")));
    }

    /** The bundled lexicon for a language code ({@code lexicon-<language>.yaml}): {@code en}, {@code ru} and {@code hy} exist. */
    public static EventLexicon bundled(String language) {
        return language.equals("en") ? english() : new EventLexicon(WordList.bytes("lexicon-" + language + ".yaml"));
    }

    /** The patterns of the lexicon's events as written in its files ({@link Trigger#pattern()}), not its non-events. */
    java.util.Set<String> patterns() {
        java.util.Set<String> written = new java.util.HashSet<>();
        byStart.values().forEach(bucket -> bucket.stream().filter(p -> p.type() != null).forEach(p -> written.add(p.source())));
        return written;
    }

    /** The words of negative evaluation ({@code @negative}): lower case. */
    static java.util.Set<String> negativeWords() {
        return CLASSES.get("negative");
    }

    /**
     * {@code sets}: the file's word sets, each written out in place of its "@name" (so a set may open a pattern, like
     * the plain words it stands for); the built-in {@link #CLASSES} are matched as classes.
     */
    private static Pattern compile(Entry e, String pattern, Map<String, java.util.Set<String>> sets) {
        String[] parts = pattern.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        String[][] elements = new String[parts.length][];
        Alternatives[] matchers = new Alternatives[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].equals("...")) continue;
            boolean negated = parts[i].startsWith("!");
            String written = negated ? parts[i].substring(1) : parts[i];
            if (written.isEmpty() || written.startsWith("|") || written.endsWith("|") || written.contains("||")) {
                throw new IllegalArgumentException("pattern '" + pattern + "': empty alternative");
            }
            String[] alternatives = java.util.Arrays.stream(written.split("\\|"))
                    .flatMap(a -> a.startsWith("@") && sets.containsKey(a.substring(1)) ? sets.get(a.substring(1)).stream().sorted() : java.util.stream.Stream.of(a))
                    .toArray(String[]::new);
            Kind[] kinds = new Kind[alternatives.length];
            for (int a = 0; a < alternatives.length; a++) {
                kinds[a] = Kind.WORD;
                if (alternatives[a].startsWith("!")) throw new IllegalArgumentException("pattern '" + pattern + "': '!' negates a whole element, before its first alternative");
                if (alternatives[a].startsWith("@")) {
                    alternatives[a] = alternatives[a].substring(1);
                    if (!CLASSES.containsKey(alternatives[a])) {
                        java.util.Set<String> known = new java.util.TreeSet<>(CLASSES.keySet());
                        known.addAll(sets.keySet());
                        throw new IllegalArgumentException("pattern '" + pattern + "': unknown word class @" + alternatives[a] + "; known: " + known);
                    }
                    if (i == 0) throw new IllegalArgumentException("pattern '" + pattern + "': a pattern cannot start with a word class");
                    kinds[a] = Kind.CLASS;
                } else if (alternatives[a].startsWith("*") && alternatives[a].length() > 1) {
                    if (i == 0) throw new IllegalArgumentException("pattern '" + pattern + "' starts with an ending");
                    kinds[a] = Kind.ENDING;
                    alternatives[a] = alternatives[a].substring(1);
                } else if (alternatives[a].endsWith("*")) {
                    kinds[a] = Kind.PREFIX;
                    alternatives[a] = alternatives[a].substring(0, alternatives[a].length() - 1);
                }
                if (alternatives[a].isEmpty() || alternatives[a].equals("_")) {
                    throw new IllegalArgumentException("pattern '" + pattern + "': empty or wildcard alternative");
                }
                if (negated && (kinds[a] == Kind.PREFIX || kinds[a] == Kind.ENDING)) {
                    throw new IllegalArgumentException("pattern '" + pattern + "': a negated element lists plain words and word sets only");
                }
            }
            if (negated && i == 0) throw new IllegalArgumentException("pattern '" + pattern + "' starts with a negated element");
            elements[i] = alternatives;
            matchers[i] = Alternatives.of(alternatives, kinds, negated);
        }
        if (elements[0] == null) throw new IllegalArgumentException("pattern '" + pattern + "' starts with a gap");
        return new Pattern(e.type(), e.mode(), e.weight() == null ? 1.0 : e.weight(), elements, matchers, pattern);
    }

    /**
     * Every trigger in {@code tokens} (one sentence), longest match per pattern and start; none that starts inside a
     * phrase of {@code notEvents}. {@code text} is the text the tokens' offsets point into (the whole article's when the
     * tokens are the article's): the parts of a hyphenated compound count as one word in a pattern's gap.
     */
    public List<Trigger> find(CharSequence text, List<Token> tokens) {
        List<Trigger> found = new ArrayList<>();
        int noActUntil = -1; // last token of the latest phrase that reports no act
        for (int i = 0; i < tokens.size(); i++) {
            noActUntil = tryAt(byWord.get(tokens.get(i).lower()), text, tokens, i, found, noActUntil);
        }
        return found;
    }

    /** Distinct words whose {@link #patternsStarting} are kept before the memo is emptied (memory stays bounded). */
    static final int MAX_CACHED_WORDS = 50_000;

    /** {@link #patternsStarting} by word: the patterns of a word's buckets that its first element lets through. */
    private final BoundedMemo<String, List<Pattern>> byWord = new BoundedMemo<>(MAX_CACHED_WORDS, this::patternsStarting);

    /**
     * The patterns whose first element matches {@code word}, in the order they are tried: those of the word's
     * two-letter bucket, then (for a longer word) of its one-letter bucket. Worked out once per word ({@link #byWord}):
     * a bucket holds up to 70 patterns ("re": reject, recall, reaffirm, ...), most of which a given word does not start.
     */
    private List<Pattern> patternsStarting(String word) {
        List<Pattern> matching = new ArrayList<>();
        for (Pattern p : byStart.getOrDefault(word.substring(0, Math.min(2, word.length())), List.of())) {
            if (p.matchers()[0].matches(word)) matching.add(p);
        }
        if (word.length() > 1) {
            for (Pattern p : byStart.getOrDefault(word.substring(0, 1), List.of())) {
                if (p.matchers()[0].matches(word)) matching.add(p);
            }
        }
        return List.copyOf(matching);
    }

    private static int tryAt(List<Pattern> patterns, CharSequence text, List<Token> tokens, int i, List<Trigger> found, int noActUntil) {
        for (Pattern p : patterns) {
            int end = match(p, 0, text, tokens, i);
            if (end < 0) continue;
            if (p.type() == null) {
                noActUntil = Math.max(noActUntil, end);
                int first = tokens.get(i).index();
                found.removeIf(t -> t.firstToken() >= first);
            } else if (i > noActUntil) {
                found.add(new Trigger(p.type(), p.mode(), p.weight(), tokens.get(i).index(), tokens.get(end).index(), p.elements().length, p.source()));
            }
        }
        return noActUntil;
    }

    /**
     * Whether token {@code i} is joined to the one before it by a hyphen alone ("ten-year", "Nagorno-Karabakh"), in
     * {@code text} (the text the tokens' offsets point into).
     */
    private static boolean afterHyphen(CharSequence text, List<Token> tokens, int i) {
        if (i == 0) return false;
        int gap = tokens.get(i - 1).end();
        return tokens.get(i).start() == gap + 1 && gap < text.length() && HYPHENS.indexOf(text.charAt(gap)) >= 0;
    }

    /** Characters that join the parts of a compound word: hyphen-minus, hyphen, non-breaking hyphen. */
    private static final String HYPHENS = "-\u2010\u2011";

    /** Index of the last token matched when elements[e..] match from token t, else -1. */
    private static int match(Pattern p, int e, CharSequence text, List<Token> tokens, int t) {
        if (e == p.elements().length) return t - 1;
        if (p.elements()[e] == null) {
            // up to MAX_GAP words; a possessive's "s" ("called Moscow's referendum a sham") is not a word of its own, nor
            // is the part of a hyphenated compound after its hyphen ("signed a ten-year security agreement")
            int words = 0;
            for (int skip = 0; skip <= MAX_GAP_TOKENS; skip++) {
                int end = match(p, e + 1, text, tokens, t + skip);
                if (end >= 0) return end;
                if (t + skip >= tokens.size()) return -1;
                if (!tokens.get(t + skip).lower().equals("s") && !afterHyphen(text, tokens, t + skip) && ++words > MAX_GAP) return -1;
            }
            return -1;
        }
        if (t >= tokens.size() || !p.matchers()[e].matches(tokens.get(t).lower())) return -1;
        return match(p, e + 1, text, tokens, t + 1);
    }
}
