package io.newsflow.enrich.events;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * English part-of-speech tags (Universal Dependencies tags: {@code VERB}, {@code AUX}, {@code NOUN}, {@code PROPN},
 * {@code ADP}, {@code SCONJ}, ...) from Apache OpenNLP's maximum-entropy tagger trained on the UD English Web Treebank
 * ({@code org.apache.opennlp:opennlp-models-pos-en}). Decoding is greedy (a beam of 1, where OpenNLP's
 * {@code POSTaggerME} keeps 3): about three times faster, and the coder reads only coarse tags (is it a verb, a noun,
 * a preposition). The model (1.2 MB) loads once, on first use, in about a second; a decoder per thread.
 * <p>
 * The greedy decoding is done here rather than by OpenNLP's {@code BeamSearch} of size 1, with the same result (each
 * word takes the outcome of highest score the tag dictionary allows, given the two tags before it): the beam search
 * turns every word's scores into probabilities ({@code exp} of each outcome's sum), sorts a copy of them and builds a
 * sequence object per candidate, which took about two fifths of the tagger's time. Only the argmax of the sums is needed,
 * and the normalisation does not change it. {@code PartsOfSpeechTest} holds the two decoders to the same tags.
 */
final class PartsOfSpeech {
    static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** Where a POSModel keeps its maximum-entropy model (package-private in OpenNLP: {@code POSModel.POS_MODEL_ENTRY_NAME}). */
    static final String POS_MODEL_ENTRY = "pos.model";

    /**
     * One per thread: the context generator keeps state between calls, {@code features} caches word forms, and
     * {@code sums} is scratch space.
     */
    private record Decoder(POSContextGenerator context, TaggerFeatures features, SequenceValidator<String> validator, double[] sums) {}

    private static final class Holder {
        static final POSModel MODEL = load();
        private static final Object[] DATA = ((AbstractModel) MODEL.getArtifact(POS_MODEL_ENTRY)).getDataStructures();
        @SuppressWarnings("unchecked")
        static final Map<String, Context> FEATURES = (Map<String, Context>) DATA[1];
        static final String[] OUTCOMES = (String[]) DATA[2];
        /** The uniform prior's log probability every outcome's sum starts from, as OpenNLP's {@code UniformPrior} has it. */
        static final double PRIOR = StrictMath.log(1.0 / OUTCOMES.length);
        /** Whether {@link TaggerFeatures} gives this model's sums (else its context generator is asked, word by word). */
        static final boolean FORMS_CACHED = new TaggerFeatures(FEATURES).agreesWith(PROBES, generator(),
                OUTCOMES.length, PRIOR);

        private static TaggerFeatures.ContextSource generator() {
            POSContextGenerator context = MODEL.getFactory().getPOSContextGenerator(0);
            return (i, words, tagsBefore) -> context.getContext(i, words, tagsBefore, null);
        }
    }

    /** Sentences on which {@link TaggerFeatures} is checked against the model's context generator when it loads. */
    private static final List<String[]> PROBES = java.util.stream.Stream.of(
            "Russia 's Foreign Minister Sergei Lavrov met his Armenian counterpart in Moscow on 12 May 2024 .",
            "\"We won't accept it,\" Pashinyan told MPs , citing the CSTO's 1992 treaty ( Article 4 ) and U.S. aid of $1.5bn .",
            "Yerevan", "Ok", "A B", "Переговоры в Москве 3-4 июня .", "COVID-19 , 24/7 , 1,000 , 3.5 , e-mail , 2nd").map(s -> s.split(" ")).toList();

    private static final ThreadLocal<Decoder> DECODER = ThreadLocal.withInitial(() -> new Decoder(
            Holder.MODEL.getFactory().getPOSContextGenerator(0), new TaggerFeatures(Holder.FEATURES),
            Holder.MODEL.getFactory().getSequenceValidator(), new double[Holder.OUTCOMES.length]));

    private PartsOfSpeech() {}

    /** Whether word forms' features are cached ({@link TaggerFeatures}), as they are for the bundled model. */
    static boolean formsCached() {
        return Holder.FORMS_CACHED;
    }

    /** The model's own context generator, as a {@link TaggerFeatures.ContextSource} (a new one: it keeps state). */
    static TaggerFeatures.ContextSource contextGenerator() {
        return Holder.generator();
    }

    /** A new cache of word forms' features over the bundled model's weights. */
    static TaggerFeatures features() {
        return new TaggerFeatures(Holder.FEATURES);
    }

    /** How many tags the bundled model knows. */
    static int outcomes() {
        return Holder.OUTCOMES.length;
    }

    /** One tag per word. */
    static String[] tag(String[] words) {
        return tag(words, Holder.FORMS_CACHED);
    }

    /** One tag per word, with word forms' features cached or each word's asked of the model's context generator. */
    static String[] tag(String[] words, boolean formsCached) {
        Decoder d = DECODER.get();
        String[] tags = new String[words.length];
        double[] sums = d.sums();
        TaggerFeatures.Form[] forms = formsCached ? d.features().of(words) : null;
        for (int i = 0; i < words.length; i++) {
            Arrays.fill(sums, Holder.PRIOR);
            if (formsCached) {
                d.features().addTo(sums, forms, i, tags);
            } else {
                for (String feature : d.context().getContext(i, words, Arrays.copyOf(tags, i), null)) {
                    TaggerFeatures.add(sums, Holder.FEATURES.get(feature));
                }
            }
            tags[i] = best(sums, i, words, tags, d.validator());
        }
        return tags;
    }

    /**
     * The outcome of highest sum at word {@code i} (the first of equal ones) if the validator (the model's tag
     * dictionary) allows it there, else the highest it allows.
     */
    private static String best(double[] sums, int i, String[] words, String[] tags, SequenceValidator<String> validator) {
        int top = 0;
        for (int o = 1; o < sums.length; o++) if (sums[o] > sums[top]) top = o;
        String[] before = Arrays.copyOf(tags, i);
        if (validator.validSequence(i, words, before, Holder.OUTCOMES[top])) return Holder.OUTCOMES[top];
        int best = -1;
        for (int o = 0; o < sums.length; o++) {
            if ((best < 0 || sums[o] > sums[best]) && validator.validSequence(i, words, before, Holder.OUTCOMES[o])) best = o;
        }
        return Holder.OUTCOMES[best < 0 ? top : best];
    }

    private static POSModel load() {
        try (InputStream in = PartsOfSpeech.class.getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException("OpenNLP English POS model " + MODEL + " is missing from the classpath");
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English POS model", e);
        }
    }
}
