package io.newsflow.enrich.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the word-list generators share ({@link NegativeWordsExtractor}, {@link IrregularVerbsExtractor}): the file's text
 * (a header of {@code #} comments, then one word a line, as {@link WordList#bundled} reads it) and its writing under the
 * enrich module's directory, and the tests' check that the committed file is what its generator writes.
 */
final class GeneratedWordList {
    private GeneratedWordList() {}

    /** The header, then the words in their set's order, one a line. */
    static String render(String header, Set<String> words) {
        StringBuilder text = new StringBuilder(header);
        for (String word : words) text.append(word).append('\n');
        return text.toString();
    }

    /** Writes {@code text} to {@code file}, relative to the module directory given as the first argument (else "."). */
    static void write(String[] args, String file, String text) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : ".").resolve(file);
        Files.writeString(out, text);
        System.out.println("wrote " + out);
    }

    /**
     * Asserts that the committed {@code file} (bundled beside the coder's classes) is {@code rendered}, what its generator
     * writes now; the failure names the Maven {@code profile} that regenerates it.
     */
    static void assertCommitted(String file, String rendered, String profile) {
        assertThat(new String(WordList.bytes(file), StandardCharsets.UTF_8))
                .as("regenerate with ./mvnw -q -B -pl enrich -am test-compile -P" + profile)
                .isEqualTo(rendered);
    }
}
