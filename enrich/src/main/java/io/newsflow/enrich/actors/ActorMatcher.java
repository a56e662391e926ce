package io.newsflow.enrich.actors;

import io.newsflow.enrich.text.Token;
import io.newsflow.enrich.text.Tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the dictionary's names in tokenized text. Every alias is tokenized like the text ({@link Tokenizer}) and
 * indexed by its first token's key, which makes the index a token trie of depth one; at each token the longest alias
 * that matches wins and the scan continues after it ("Nikol Pashinyan" is one mention, not two). Cost: one hash lookup
 * per token plus the few aliases that start there, so a 600-word article takes microseconds. Case-insensitive and
 * tolerant of Russian and Armenian case endings, except that a one-word name written with a capital matches only a
 * capitalised word ("того" is not Togo); short all-capital names (US, UN, CSTO, ОДКБ) match only in capitals,
 * from four letters also in title case ("Nato").
 *
 * <p>Immutable and thread-safe once built.
 */
public final class ActorMatcher {
    /**
     * @param exactForm   non-null for acronyms, which must match in their exact case ("US", not "us")
     * @param properNoun  a one-word name written with a capital: it matches a capitalised word only, so common words
     *                    that share a country's name ("того" / Того, "turkey" / Turkey, "chad" / Chad) name no one
     */
    private record Alias(String[] keys, ActorEntry actor, String exactForm, boolean properNoun) {}

    /** Shortest acronym also matched in title case ("Nato"). */
    static final int TITLE_CASE_ACRONYM = 4;

    private final Map<String, List<Alias>> byFirstKey = new HashMap<>();

    public ActorMatcher(ActorDictionary dictionary) {
        for (ActorEntry entry : dictionary.entries()) {
            for (String name : entry.allNames()) {
                String[] keys = Tokenizer.tokenize(name).stream().map(Token::key).toArray(String[]::new);
                if (keys.length == 0) continue;
                String exactForm = isAcronym(name) ? name : null;
                boolean properNoun = keys.length == 1 && Character.isUpperCase(name.codePointAt(0));
                byFirstKey.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Alias(keys, entry, exactForm, properNoun));
            }
        }
        byFirstKey.values().forEach(list -> list.sort(Comparator.comparingInt((Alias a) -> a.keys().length).reversed()));
    }

    /** Short all-capital names (US, UN, EU, CSTO, ОДКБ) are matched case-sensitively. */
    static boolean isAcronym(String name) {
        return name.length() <= 5 && name.chars().allMatch(Character::isUpperCase);
    }

    /**
     * An acronym matches in its own capitals, and from four letters also as a word in title case, as much of the press
     * writes them ("Nato", "Opec", "Asean"); "Us" and "Un" stay words.
     */
    static boolean acronymMatches(String acronym, String word) {
        if (acronym.equals(word)) return true;
        return acronym.length() >= TITLE_CASE_ACRONYM && word.length() == acronym.length()
                && word.codePointAt(0) == acronym.codePointAt(0) && word.substring(1).equals(acronym.substring(1).toLowerCase(java.util.Locale.ROOT));
    }

    /** Every dictionary mention in the tokens, in text order, none overlapping. */
    public List<ActorMention> find(String text, List<Token> tokens) {
        List<ActorMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Alias alias = longestAt(tokens, i);
            if (alias == null || overtaken(tokens, i, alias.keys().length)) {
                i++;
                continue;
            }
            Token first = tokens.get(i);
            Token last = tokens.get(i + alias.keys().length - 1);
            mentions.add(new ActorMention(alias.actor(), first.index(), last.index(), first.start(), last.end(),
                    text.substring(first.start(), last.end()), null));
            i += alias.keys().length;
        }
        return mentions;
    }

    /**
     * Whether a longer alias starts inside the one found at {@code at} (and so runs past it): "the Commonwealth of
     * Independent States" is the CIS, not "the Commonwealth" followed by words. Bounded by the longest alias, so still
     * linear.
     */
    private boolean overtaken(List<Token> tokens, int at, int length) {
        for (int j = at + 1; j < at + length; j++) {
            Alias inside = longestAt(tokens, j);
            if (inside != null && inside.keys().length > length) return true;
        }
        return false;
    }

    private Alias longestAt(List<Token> tokens, int at) {
        List<Alias> candidates = byFirstKey.get(tokens.get(at).key());
        if (candidates == null) return null;
        for (Alias alias : candidates) {
            if (at + alias.keys().length > tokens.size()) continue;
            boolean matches = true;
            for (int k = 1; k < alias.keys().length && matches; k++) {
                matches = alias.keys()[k].equals(tokens.get(at + k).key());
            }
            if (matches && alias.exactForm() != null) matches = acronymMatches(alias.exactForm(), tokens.get(at).text());
            if (matches && alias.properNoun()) matches = tokens.get(at).isCapitalised();
            if (matches) return alias;
        }
        return null;
    }
}
