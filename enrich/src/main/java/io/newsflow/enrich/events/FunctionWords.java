package io.newsflow.enrich.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed-class words of one language that the coder reads clause structure with: negation, modality, passive
 * auxiliaries, pronouns, clause openers, target prepositions and verbs that undergo ({@code function-words.yaml}, documented there).
 * Immutable and thread-safe.
 */
record FunctionWords(Set<String> negators, Set<String> hypothetical, Set<String> future, Set<String> passive,
                     Set<String> agent, Set<String> pronouns, Set<String> subordinators, Set<String> complementizers, Set<String> relatives,
                     Set<String> targets, Set<String> between, Set<String> partners, Set<String> reporting, Set<String> referring,
                     Set<String> parties, Set<String> homeland, Set<String> undergoing,
                     Set<String> origin, Map<String, String> describing, Set<String> demonstratives, Set<String> priorActs,
                     Set<String> promises, Set<String> harms, Set<String> prepositions, List<List<String>> attributions,
                     Set<String> blocs, Map<String, String> blocAdjectives, Set<String> blocMembers, Set<String> quantifiers,
                     Set<String> deferrals, Set<String> documents, Map<String, Integer> counts, Set<String> counted,
                     Set<String> hosting, Set<String> bans, Set<String> banAtHome, Set<String> own) {
    static final String FILE = "function-words.yaml";

    FunctionWords {
        negators = Set.copyOf(negators);
        hypothetical = Set.copyOf(hypothetical);
        future = Set.copyOf(future);
        passive = Set.copyOf(passive);
        agent = Set.copyOf(agent);
        pronouns = Set.copyOf(pronouns);
        subordinators = Set.copyOf(subordinators);
        relatives = Set.copyOf(relatives);
        complementizers = complementizers == null ? Set.of() : Set.copyOf(complementizers);
        targets = Set.copyOf(targets);
        between = Set.copyOf(between);
        partners = partners == null ? Set.of() : Set.copyOf(partners);
        reporting = Set.copyOf(reporting);
        referring = Set.copyOf(referring);
        parties = Set.copyOf(parties);
        homeland = Set.copyOf(homeland);
        undergoing = Set.copyOf(undergoing);
        origin = Set.copyOf(origin);
        describing = describing == null ? Map.of() : Map.copyOf(describing);
        demonstratives = demonstratives == null ? Set.of() : Set.copyOf(demonstratives);
        priorActs = priorActs == null ? Set.of() : Set.copyOf(priorActs);
        promises = promises == null ? Set.of() : Set.copyOf(promises);
        harms = harms == null ? Set.of() : Set.copyOf(harms);
        prepositions = prepositions == null ? Set.of() : Set.copyOf(prepositions);
        attributions = attributions == null ? List.of() : attributions.stream().map(List::copyOf).toList();
        blocs = blocs == null ? Set.of() : Set.copyOf(blocs);
        blocAdjectives = blocAdjectives == null ? Map.of() : Map.copyOf(blocAdjectives);
        blocMembers = blocMembers == null ? Set.of() : Set.copyOf(blocMembers);
        quantifiers = quantifiers == null ? Set.of() : Set.copyOf(quantifiers);
        deferrals = deferrals == null ? Set.of() : Set.copyOf(deferrals);
        documents = documents == null ? Set.of() : Set.copyOf(documents);
        counts = counts == null ? Map.of() : Map.copyOf(counts);
        counted = counted == null ? Set.of() : Set.copyOf(counted);
        hosting = hosting == null ? Set.of() : Set.copyOf(hosting);
        bans = bans == null ? Set.of() : Set.copyOf(bans);
        banAtHome = banAtHome == null ? Set.of() : Set.copyOf(banAtHome);
        own = own == null ? Set.of() : Set.copyOf(own);
    }

    /** Whether {@code word} (lower case) starts with one of the {@link #hosting} stems: a host's verb of meeting. */
    boolean isHosting(String word) {
        return startsWithAny(word, hosting);
    }

    /** Whether {@code word} (lower case) starts with one of the {@link #bans} stems: a verb or noun of banning. */
    boolean isBan(String word) {
        return startsWithAny(word, bans);
    }

    /** Whether {@code word} (lower case) starts with one of the {@link #banAtHome} stems: it keeps a ban at home. */
    boolean keepsBanAtHome(String word) {
        return startsWithAny(word, banAtHome);
    }

    private static boolean startsWithAny(String word, Set<String> stems) {
        for (String stem : stems) if (word.startsWith(stem)) return true;
        return false;
    }

    /** Whether {@code word} (lower case) is one of the {@link #counted} forms: a noun for states or their leaders after a count. */
    boolean isCounted(String word) {
        return counted.contains(word);
    }

    /**
     * The name of the bloc that the words at {@code adjective} and {@code noun} name as a group of states ("Western
     * countries", "западных партнеров": the West; "European leaders": Europe): an adjective and a plural noun that start
     * with one of the language's stems; null when they name none.
     */
    String namesBloc(String adjective, String noun) {
        // loops, not streams: this is asked of every pair of words in a sentence with a trigger
        boolean member = false;
        for (String stem : blocMembers) {
            if (noun.startsWith(stem)) {
                member = true;
                break;
            }
        }
        if (!member) return null;
        for (Map.Entry<String, String> e : blocAdjectives.entrySet()) if (adjective.startsWith(e.getKey())) return e.getValue();
        return null;
    }

    /** A subordinator or a relative pronoun: the word opens a clause that is not the sentence's main one. */
    boolean opensSubordinate(String lower) {
        return subordinators.contains(lower) || relatives.contains(lower);
    }

    /** The bundled words of every language, by ISO 639-1 code ({@code en}, {@code ru}, {@code hy}). */
    static Map<String, FunctionWords> bundled() {
        try (InputStream in = FunctionWords.class.getResourceAsStream(FILE)) {
            if (in == null) throw new IllegalStateException(FILE + " is missing from the classpath");
            return Map.copyOf(new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, new com.fasterxml.jackson.core.type.TypeReference<Map<String, FunctionWords>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }
}
