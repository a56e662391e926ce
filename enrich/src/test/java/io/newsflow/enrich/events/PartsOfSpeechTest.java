package io.newsflow.enrich.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PartsOfSpeechTest {

    /**
     * The tagger's own greedy decoding gives, word for word, the tags of OpenNLP's beam search of size 1 over the same
     * model, with word forms' features cached and without: on every English passage of region-news-dev and every
     * benchmark sentence (tens of thousands of words).
     */
    @Test
    void tagsAsOpenNlpsBeamSearchOfOne() throws IOException {
        POSModel model;
        try (InputStream in = PartsOfSpeech.class.getResourceAsStream(PartsOfSpeech.MODEL)) {
            model = new POSModel(in);
        }
        BeamSearch beam = new BeamSearch(1, (MaxentModel) model.getArtifact(PartsOfSpeech.POS_MODEL_ENTRY), 0);
        var context = model.getFactory().getPOSContextGenerator(0);
        var validator = model.getFactory().getSequenceValidator();
        List<String[]> sentences = sentences();
        int words = 0;
        for (String[] sentence : sentences) {
            String[] expected = beam.bestSequence(sentence, null, context, validator).getOutcomes().toArray(String[]::new);
            assertThat(PartsOfSpeech.tag(sentence)).as(String.join(" ", sentence)).containsExactly(expected);
            assertThat(PartsOfSpeech.tag(sentence, false)).as("without the cache: " + String.join(" ", sentence)).containsExactly(expected);
            words += sentence.length;
        }
        assertThat(words).isGreaterThan(20_000);
    }

    @Test
    void theBundledModelsFeaturesAreCachedByWordForm() {
        assertThat(PartsOfSpeech.formsCached()).isTrue();
    }

    /** The check that guards the cache fails when the model's generator gives features other than the cache's. */
    @Test
    void aModelWithOtherFeaturesIsNotServedFromTheCache() {
        TaggerFeatures.ContextSource model = PartsOfSpeech.contextGenerator();
        List<String[]> sentences = List.<String[]>of(new String[] {"Lavrov", "met", "Mirzoyan", "in", "Moscow", "."});
        int outcomes = PartsOfSpeech.outcomes();
        assertThat(PartsOfSpeech.features().agreesWith(sentences, model, outcomes, 0)).isTrue();
        TaggerFeatures.ContextSource withoutTheLast = (i, words, tags) -> {
            String[] all = model.features(i, words, tags);
            return java.util.Arrays.copyOf(all, all.length - 1);
        };
        assertThat(PartsOfSpeech.features().agreesWith(sentences, withoutTheLast, outcomes, 0)).isFalse();
        TaggerFeatures.ContextSource reordered = (i, words, tags) -> {
            List<String> all = new ArrayList<>(List.of(model.features(i, words, tags)));
            java.util.Collections.reverse(all);
            return all.toArray(String[]::new);
        };
        assertThat(PartsOfSpeech.features().agreesWith(sentences, reordered, outcomes, 0)).as("the same weights in another order").isFalse();
    }

    @Test
    void tagsTheWordsOfASentence() {
        assertThat(PartsOfSpeech.tag(new String[] {"Lavrov", "met", "Mirzoyan", "in", "Moscow", "."}))
                .containsExactly("PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT");
        assertThat(PartsOfSpeech.tag(new String[0])).isEmpty();
    }

    /** Word arrays: the English passages' lines and the benchmark's sentences, split at spaces and before punctuation. */
    private static List<String[]> sentences() throws IOException {
        List<String> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : RegionNewsDev.lines()) {
            if (line.isBlank()) continue;
            var doc = json.readTree(line);
            if (doc.path("language").asText().equals("en")) lines.addAll(doc.path("text").asText().lines().toList());
        }
        try (InputStream in = PartsOfSpeechTest.class.getResourceAsStream("/bench/sentences.txt")) {
            lines.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
        return lines.stream().filter(l -> !l.isBlank())
                .map(l -> l.replaceAll("([,.;:!?\"”“()])", " $1 ").trim().split("\\s+")).toList();
    }

    /**
     * After "which" or "who" the tagger may read the relative clause's verb in -s as a plural noun ("which denies ever
     * using"): {@link SentenceStructure#tagWords} makes it a verb, but not a noun that a finite verb follows (the
     * pronoun is then the object: "which residents filmed", "which observers from the OSCE said").
     */
    @Test
    void aWordInSAfterASubjectRelativeIsItsVerb() {
        assertThat(tagOf("Syria, which denies ever using toxic agents, called the strikes an aggression.", "denies")).isEqualTo("VERB");
        assertThat(tagOf("The Pentagon objected to the launch, which residents filmed near Sinop.", "residents")).isEqualTo("NOUN");
        assertThat(tagOf("The vote, which observers from the OSCE said had been competitive, was close.", "observers")).isEqualTo("NOUN");
        assertThat(tagOf("They passed the law, which critics, including the EU, call repressive.", "critics")).isEqualTo("NOUN");
    }

    private static String tagOf(String text, String word) {
        List<io.newsflow.enrich.text.Token> tokens = io.newsflow.enrich.text.Tokenizer.tokenize(text);
        String[] tags = SentenceStructure.tagWords(text, tokens);
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).lower().equals(word)) return tags[i];
        throw new AssertionError(word + " not in " + text);
    }
}
