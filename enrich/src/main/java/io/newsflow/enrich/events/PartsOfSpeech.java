package io.newsflow.enrich.events;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * English part-of-speech tags (Universal Dependencies tags: {@code VERB}, {@code AUX}, {@code NOUN}, {@code PROPN},
 * {@code ADP}, {@code SCONJ}, ...) from Apache OpenNLP's maximum-entropy tagger trained on the UD English Web Treebank
 * ({@code org.apache.opennlp:opennlp-models-pos-en}). Decoding is greedy (a beam of 1, where OpenNLP's
 * {@code POSTaggerME} keeps 3): about three times faster, and the coder reads only coarse tags (is it a verb, a noun,
 * a preposition). The model (1.2 MB) loads once, on first use, in about a second; a decoder per thread.
 */
final class PartsOfSpeech {
    static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final int BEAM = 1;
    /** Where a POSModel keeps its maximum-entropy model (package-private in OpenNLP: {@code POSModel.POS_MODEL_ENTRY_NAME}). */
    static final String POS_MODEL_ENTRY = "pos.model";

    private record Decoder(BeamSearch search, POSContextGenerator context, SequenceValidator<String> validator) {}

    private static final class Holder {
        static final POSModel MODEL = load();
    }

    private static final ThreadLocal<Decoder> DECODER = ThreadLocal.withInitial(() -> {
        POSModel model = Holder.MODEL;
        return new Decoder(new BeamSearch(BEAM, (MaxentModel) model.getArtifact(POS_MODEL_ENTRY), 0),
                model.getFactory().getPOSContextGenerator(0), model.getFactory().getSequenceValidator());
    });

    private PartsOfSpeech() {}

    /** One tag per word. */
    static String[] tag(String[] words) {
        Decoder d = DECODER.get();
        return d.search().bestSequence(words, null, d.context(), d.validator()).getOutcomes().toArray(String[]::new);
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
