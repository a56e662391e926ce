package io.newsflow.enrich.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Writes {@code negative-words-en.txt}, the English words of negative evaluation the lexicon's {@code @negative} class
 * stands for, from the VADER sentiment lexicon (C.J. Hutto and E. Gilbert, 2014; MIT licence), as the Maven Central
 * artifact {@code com.github.apanimesh061:vader-sentiment-analyzer} bundles it: every entry of three letters or more
 * (letters only: no emoticons, no slang spelled with symbols) whose mean valence, on VADER's scale of -4 to +4 rated
 * by ten people, is {@link #MAX_VALENCE} or lower, less {@link #TOPICS}. Run with
 * {@code ./mvnw -q -B -pl enrich -am test-compile -Pnegative-words}; {@code NegativeWordsTest} checks the committed
 * file is what this writes.
 */
public final class NegativeWordsExtractor {
    /** Mean valence at or below which a word judges negatively ("unfair" -2.1, "reckless" -1.7; "pressure" -1.2 is out). */
    static final double MAX_VALENCE = -1.5;
    /**
     * Negative words that in news name a topic rather than judge one ("called an emergency meeting", "called a crisis
     * summit", "called the war …"): never evidence of a charge on their own.
     */
    static final Set<String> TOPICS = Set.of("emergency", "crisis", "war");
    /** Where the list is written, from the enrich module's directory. */
    static final String FILE = "src/main/resources/io/newsflow/enrich/events/negative-words-en.txt";
    private static final Pattern WORD = Pattern.compile("[a-z]{3,}");

    public static void main(String[] args) throws IOException {
        GeneratedWordList.write(args, FILE, render());
    }

    /** The file's whole text. */
    static String render() throws IOException {
        return GeneratedWordList.render("""
                # GENERATED FILE: do not edit by hand. English words of negative evaluation ("illegal", "shameful", "sabotage"),
                # the lexicon's @negative word class (lexicon-en.yaml): every word of three letters or more of the VADER sentiment
                # lexicon (C.J. Hutto and E. Gilbert, 2014; MIT licence, VADER-LICENSE.txt beside this file; read from the Maven
                # Central artifact com.github.apanimesh061:vader-sentiment-analyzer:1.0) whose mean valence is -1.5 or lower on
                # its -4..+4 scale, less the topic words listed in NegativeWordsExtractor. Regenerate with
                #   ./mvnw -q -B -pl enrich -am test-compile -Pnegative-words
                """, words());
    }

    /** The selected words, sorted. */
    static Set<String> words() throws IOException {
        Set<String> words = new TreeSet<>();
        try (InputStream in = NegativeWordsExtractor.class.getResourceAsStream("/vader_sentiment_lexicon.txt")) {
            if (in == null) throw new IllegalStateException("vader_sentiment_lexicon.txt is not on the classpath (vader-sentiment-analyzer)");
            // the file mixes encodings in its emoticon lines; the words kept are ASCII letters
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            for (String line; (line = reader.readLine()) != null; ) {
                List<String> fields = List.of(line.split("\t"));
                if (fields.size() < 2 || !WORD.matcher(fields.get(0)).matches() || TOPICS.contains(fields.get(0))) continue;
                if (Double.parseDouble(fields.get(1)) <= MAX_VALENCE) words.add(fields.get(0));
            }
        }
        return words;
    }
}
