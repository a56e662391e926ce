package io.newsflow.enrich.actors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.enrich.text.Token;
import io.newsflow.enrich.text.Tokenizer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The written forms of offices ({@code roles.yaml}): "Foreign Minister", "министр иностранных дел", ... Finds a role
 * phrase starting at a token, longest first.
 */
public final class RolePhrases {
    static final String FILE = "roles.yaml";

    /** A phrase for a role title, as token keys. */
    private record Phrase(String title, String[] keys) {}

    private record File(Map<String, Map<String, List<String>>> roles) {}

    /** A role phrase found in the tokens: its title and token span. */
    public record Found(String title, int firstToken, int lastToken) {}

    private final List<Phrase> phrases = new ArrayList<>();

    RolePhrases(byte[] yaml) {
        try {
            File file = new ObjectMapper(new YAMLFactory()).readValue(yaml, File.class);
            file.roles().forEach((title, byLanguage) -> byLanguage.values().stream().flatMap(List::stream).forEach(phrase ->
                    phrases.add(new Phrase(title, Tokenizer.tokenize(phrase).stream().map(Token::key).toArray(String[]::new)))));
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid " + FILE + ": " + e.getMessage(), e);
        }
        phrases.sort(Comparator.comparingInt((Phrase p) -> p.keys().length).reversed());
    }

    public static RolePhrases bundled() {
        return new RolePhrases(WorldData.resource(FILE));
    }

    /** The longest role phrase starting at token {@code at}, or null. */
    public Found at(List<Token> tokens, int at) {
        for (Phrase phrase : phrases) {
            if (at < 0 || at + phrase.keys().length > tokens.size()) continue;
            if (matches(phrase, tokens, at)) return new Found(phrase.title(), at, at + phrase.keys().length - 1);
        }
        return null;
    }

    /** The longest role phrase ending at token {@code last} (inclusive), or null. */
    public Found endingAt(List<Token> tokens, int last) {
        for (Phrase phrase : phrases) {
            int first = last - phrase.keys().length + 1;
            if (first >= 0 && last < tokens.size() && matches(phrase, tokens, first)) return new Found(phrase.title(), first, last);
        }
        return null;
    }

    private static boolean matches(Phrase phrase, List<Token> tokens, int at) {
        for (int k = 0; k < phrase.keys().length; k++) if (!phrase.keys()[k].equals(tokens.get(at + k).key())) return false;
        return true;
    }
}
