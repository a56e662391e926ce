package io.newsflow.enrich.actors;

import io.newsflow.schemas.Actor;
import io.newsflow.schemas.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the dictionary's actors in a text. Every alias is tokenized like the text ({@link TextTokens}), and aliases are
 * indexed by their first token key; at each token the longest alias that matches wins and the scan continues after it
 * ("Nikol Pashinyan" is one mention, not two). Matching is case-insensitive and tolerant of Russian and Armenian case
 * endings. Cost: one map lookup per token plus the candidate aliases starting there.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class ActorMatcher {
    /** @param exactForm non-null for acronyms, which must match in their exact case ("US", not "us") */
    private record Alias(String[] keys, ActorEntry actor, String exactForm) {}

    private final Map<String, List<Alias>> byFirstKey = new HashMap<>();

    public ActorMatcher(ActorDictionary dictionary) {
        for (ActorEntry entry : dictionary.entries()) {
            for (String name : entry.allNames()) {
                String[] keys = TextTokens.tokenize(name).stream().map(TextTokens.Token::key).toArray(String[]::new);
                if (keys.length == 0) continue;
                String exactForm = isAcronym(name) ? name : null;
                byFirstKey.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Alias(keys, entry, exactForm));
            }
        }
        byFirstKey.values().forEach(list -> list.sort(Comparator.comparingInt((Alias a) -> a.keys().length).reversed()));
    }

    /** Short all-capital names (US, UN, EU, CSTO, ОДКБ) are matched case-sensitively. */
    static boolean isAcronym(String name) {
        return name.length() <= 5 && name.chars().allMatch(Character::isUpperCase);
    }

    /** The actors named in {@code text}, in order of first mention, each with all its mentions. */
    public List<Actor> find(String text) {
        List<TextTokens.Token> tokens = TextTokens.tokenize(text);
        Map<String, Actor.Builder> found = new LinkedHashMap<>();
        int i = 0;
        while (i < tokens.size()) {
            Alias alias = longestAt(text, tokens, i);
            if (alias == null) {
                i++;
                continue;
            }
            TextTokens.Token first = tokens.get(i);
            TextTokens.Token last = tokens.get(i + alias.keys().length - 1);
            ActorEntry actor = alias.actor();
            found.computeIfAbsent(actor.id(), id -> Actor.newBuilder().setId(id).setName(actor.name())
                            .setKind(actor.kind()).setCountryCode(actor.country()).setSector(actor.sector()).setMentions(new ArrayList<>()))
                    .getMentions().add(new Mention(first.start(), last.end(), text.substring(first.start(), last.end())));
            i += alias.keys().length;
        }
        return found.values().stream().map(Actor.Builder::build).toList();
    }

    private Alias longestAt(String text, List<TextTokens.Token> tokens, int at) {
        List<Alias> candidates = byFirstKey.get(tokens.get(at).key());
        if (candidates == null) return null;
        for (Alias alias : candidates) {
            if (at + alias.keys().length > tokens.size()) continue;
            boolean matches = true;
            for (int k = 1; k < alias.keys().length && matches; k++) {
                matches = alias.keys()[k].equals(tokens.get(at + k).key());
            }
            if (matches && alias.exactForm() != null) {
                TextTokens.Token token = tokens.get(at);
                matches = alias.exactForm().equals(text.substring(token.start(), token.end()));
            }
            if (matches) return alias;
        }
        return null;
    }
}
