package io.newsflow.enrich.events;

import io.newsflow.enrich.text.BoundedMemo;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The English tagger's features for one word, as weights of the model, with the work done once per word form rather
 * than once per word and window position. OpenNLP's context generator builds about 25 new strings for every word
 * (its suffixes and prefixes, its lower case, the same for the two words each side, its token class, the tags
 * before it) and looks each up in the model's map; most depend only on a word's form, and each form occurs in five
 * windows of its sentence and in many sentences. Here a form's features are built with OpenNLP's own generators
 * and looked up once, then reused; only the tag features are per word.
 * <p>
 * The features and their order are those of the model's {@code generator.featuregen} (the UD English model
 * {@code opennlp-en-ud-ewt-pos-1.3}: "def", suffixes, prefixes, the word, the words at −1, −2, +1, +2, sentence
 * begin within two words, token class, word and class, the previous tag and the two previous tags). The sums they
 * give must be the context generator's to the last bit (the same weights added in the same order), which
 * {@link #agreesWith} checks when the model loads: a model with other features makes {@link PartsOfSpeech} keep
 * OpenNLP's generator. Not thread-safe (the tag features' maps): one per thread. The word forms' memo is emptied past
 * {@link #MAX_FORMS} forms, so memory stays bounded on any input.
 */
final class TaggerFeatures {
    /** Word forms kept before the memo is emptied (each holds about ten weight references). */
    static final int MAX_FORMS = 50_000;

    private static final SuffixFeatureGenerator SUFFIXES = new SuffixFeatureGenerator();
    private static final PrefixFeatureGenerator PREFIXES = new PrefixFeatureGenerator();
    private static final TokenFeatureGenerator WORD = new TokenFeatureGenerator();
    private static final TokenClassFeatureGenerator WORD_CLASS = new TokenClassFeatureGenerator(true);

    /** One form's weights: those of its own features (two runs, as the generator interleaves them) and as a neighbour. */
    record Form(Context[] affixesAndWord, Context before1, Context before2, Context after1, Context after2, Context[] wordClass) {}

    private final Map<String, Context> weights;
    private final Context definition, begin, afterBegin1, afterBegin2;
    private final BoundedMemo<String, Form> forms = new BoundedMemo<>(MAX_FORMS, this::newForm);
    private final Map<String, Context> previousTag = new HashMap<>();
    private final Map<String, Map<String, Context>> previousTags = new HashMap<>();

    /** {@code weights}: the model's map from feature to weights (null where the model has no such feature). */
    TaggerFeatures(Map<String, Context> weights) {
        this.weights = weights;
        this.definition = weights.get("def");
        this.begin = weights.get("S=begin");
        this.afterBegin1 = weights.get("p1S=begin");
        this.afterBegin2 = weights.get("p2S=begin");
    }

    /** The features of each word of a sentence, for {@link #addTo}. */
    Form[] of(String[] words) {
        Form[] sentence = new Form[words.length];
        for (int i = 0; i < words.length; i++) sentence[i] = form(words[i]);
        return sentence;
    }

    /** Adds the weights of word {@code i}'s features to {@code sums}, given the tags of the words before it. */
    void addTo(double[] sums, Form[] words, int i, String[] tags) {
        add(sums, definition);
        Form form = words[i];
        for (Context c : form.affixesAndWord()) add(sums, c);
        if (i >= 1) add(sums, words[i - 1].before1());
        if (i >= 2) add(sums, words[i - 2].before2());
        if (i + 1 < words.length) add(sums, words[i + 1].after1());
        if (i + 2 < words.length) add(sums, words[i + 2].after2());
        if (i == 0) add(sums, begin);
        else if (i == 1) add(sums, afterBegin1);
        else if (i == 2) add(sums, afterBegin2);
        for (Context c : form.wordClass()) add(sums, c);
        if (i >= 1) {
            String tag = tags[i - 1];
            add(sums, previousTag.computeIfAbsent(tag, t -> weights.get("t=" + t)));
            if (i >= 2) {
                String before = tags[i - 2];
                add(sums, previousTags.computeIfAbsent(before, b -> new HashMap<>()).computeIfAbsent(tag, t -> weights.get("t2=" + before + "," + t)));
            }
        }
    }

    /**
     * Whether this class gives, for every word of {@code sentences}, the very sums the model's own context generator
     * does ({@code generated}: the features it produces for word i given the tags before it).
     */
    boolean agreesWith(List<String[]> sentences, ContextSource generated, int outcomes, double prior) {
        for (String[] words : sentences) {
            String[] tags = new String[words.length];
            Form[] forms = of(words);
            for (int i = 0; i < words.length; i++) {
                double[] expected = new double[outcomes], actual = new double[outcomes];
                java.util.Arrays.fill(expected, prior);
                java.util.Arrays.fill(actual, prior);
                for (String feature : generated.features(i, words, java.util.Arrays.copyOf(tags, i))) add(expected, weights.get(feature));
                addTo(actual, forms, i, tags);
                if (!java.util.Arrays.equals(expected, actual)) return false;
                tags[i] = i % 2 == 0 ? "NOUN" : "VERB"; // any tags: the check is of the features, not the decoding
            }
        }
        return true;
    }

    /** The model's own features of word i, given the tags before it. */
    @FunctionalInterface
    interface ContextSource {
        String[] features(int i, String[] words, String[] tagsBefore);
    }

    private Form form(String word) {
        return forms.get(word);
    }

    private Form newForm(String word) {
        String[] one = {word};
        List<String> own = new ArrayList<>();
        SUFFIXES.createFeatures(own, one, 0, null);
        PREFIXES.createFeatures(own, one, 0, null);
        List<String> lower = new ArrayList<>();
        WORD.createFeatures(lower, one, 0, null);
        own.addAll(lower);
        String w = lower.getFirst();
        List<String> wordClass = new ArrayList<>();
        WORD_CLASS.createFeatures(wordClass, one, 0, null);
        return new Form(resolved(own), weights.get("p1" + w), weights.get("p2" + w), weights.get("n1" + w), weights.get("n2" + w),
                resolved(wordClass));
    }

    /** The weights of the features the model has, in order. */
    private Context[] resolved(List<String> features) {
        return features.stream().map(weights::get).filter(java.util.Objects::nonNull).toArray(Context[]::new);
    }

    /** As OpenNLP's {@code ArrayMath.sumFeatures} adds one feature's weights (a feature the model lacks adds nothing). */
    static void add(double[] sums, Context c) {
        if (c == null) return;
        int[] outcomes = c.getOutcomes();
        double[] parameters = c.getParameters();
        for (int k = 0; k < outcomes.length; k++) sums[outcomes[k]] += parameters[k]; // OpenNLP multiplies by the value 1, exactly
    }
}
