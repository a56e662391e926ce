package io.newsflow.enrich.text;

/**
 * A word of the text.
 *
 * @param index position among the text's tokens
 * @param start offset of the first character (UTF-16 code units)
 * @param end   offset after the last character
 * @param text  the word as written
 * @param lower lower case, {@code ё} folded to {@code е}
 * @param key   matching key: {@code lower} with Russian or Armenian case endings removed (see {@link Tokenizer})
 */
public record Token(int index, int start, int end, String text, String lower, String key) {
    public boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }
}
