package io.newsflow.language;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The language of a text whose source did not state one, the same way in every stage (ingest's extractor, enrich's
 * analyzer and event coder): Apache OpenNLP's language detector, a character n-gram model of 103 languages trained on
 * the Leipzig corpora ({@code org.apache.opennlp:opennlp-models-langdetect}, Apache License 2.0), behind the writing
 * system. Armenian letters settle it at once ({@code hy}); otherwise the model reads the first {@link #MAX_CHARS}
 * characters, enough for a stable answer and a bounded cost per article. Answers are ISO 639-1 codes ({@code en},
 * {@code fr}, {@code az}, ...; the ISO 639-3 code where a language has none), or null for a text with fewer than
 * {@link #MIN_LETTERS} letters or when the model hesitates (its best language less than {@link #MIN_MARGIN} times as
 * likely as the next: "Lavrov held talks in Yerevan." is mostly names).
 *
 * <p>Thread-safe: the model is shared, each thread has its own detector. {@link #bundled()} loads the model once
 * (about a second, 10 MB).
 */
public final class LanguageDetector {
    static final String MODEL = "/langdetect-183.bin";
    /** Characters read from the start of a text. */
    public static final int MAX_CHARS = 1_000;
    /** Fewer letters than this: no answer. */
    public static final int MIN_LETTERS = 20;
    /** How many times likelier than the runner-up the best language must be to be named. */
    public static final double MIN_MARGIN = 2.0;
    /** ISO 639-3 codes the model uses for a member of a macrolanguage, to the macrolanguage's ISO 639-1 code. */
    private static final Map<String, String> MEMBERS = Map.of("cmn", "zh", "pes", "fa", "arb", "ar", "ekk", "et", "lvs", "lv",
            "zsm", "ms", "nob", "no", "swh", "sw", "uzn", "uz", "azj", "az");

    private static final class Holder {
        static final LanguageDetector BUNDLED = new LanguageDetector(load());
    }

    private final ThreadLocal<LanguageDetectorME> detector;
    private final Map<String, String> alpha2ByAlpha3 = new HashMap<>();

    private LanguageDetector(LanguageDetectorModel model) {
        this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
        for (String alpha2 : Locale.getISOLanguages()) {
            try {
                alpha2ByAlpha3.put(Locale.of(alpha2).getISO3Language(), alpha2);
            } catch (java.util.MissingResourceException ignored) {
                // no alpha-3 code: not one the model answers with
            }
        }
        alpha2ByAlpha3.putAll(MEMBERS);
    }

    /** The detector with OpenNLP's bundled model. */
    public static LanguageDetector bundled() {
        return Holder.BUNDLED;
    }

    /** The text's language as an ISO 639-1 code, or null when it cannot tell (see the class comment). */
    public String detect(CharSequence text) {
        if (text == null) return null;
        int end = Math.min(text.length(), MAX_CHARS);
        int letters = 0, armenian = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARMENIAN) armenian++;
        }
        if (letters < MIN_LETTERS) return null;
        if (armenian * 2 > letters) return "hy";
        Language[] ranked = detector.get().predictLanguages(text.subSequence(0, end));
        if (ranked.length == 0) return null;
        Language best = ranked[0];
        if (ranked.length > 1 && best.getConfidence() < MIN_MARGIN * ranked[1].getConfidence()) return null;
        return alpha2ByAlpha3.getOrDefault(best.getLang(), best.getLang());
    }

    private static LanguageDetectorModel load() {
        try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException("language model " + MODEL + " is missing from the classpath (opennlp-models-langdetect)");
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language model " + MODEL, e);
        }
    }
}
