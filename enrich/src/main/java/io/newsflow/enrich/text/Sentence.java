package io.newsflow.enrich.text;

import java.util.List;

/**
 * A sentence of the text: its character span and its tokens (a slice of the text's tokens, indexes preserved).
 *
 * @param index position among the text's sentences
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
    public int firstToken() {
        return tokens.isEmpty() ? -1 : tokens.getFirst().index();
    }

    public int lastToken() {
        return tokens.isEmpty() ? -1 : tokens.getLast().index();
    }

    public boolean containsToken(int tokenIndex) {
        return !tokens.isEmpty() && tokenIndex >= firstToken() && tokenIndex <= lastToken();
    }
}
