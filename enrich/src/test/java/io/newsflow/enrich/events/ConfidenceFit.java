package io.newsflow.enrich.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.devstack.SharedData;
import io.newsflow.enrich.actors.ActorDictionary;
import io.newsflow.enrich.actors.ActorResolver;
import io.newsflow.enrich.actors.RolePhrases;
import io.newsflow.enrich.text.Sentence;
import io.newsflow.enrich.text.SentenceSplitter;
import io.newsflow.enrich.text.Token;
import io.newsflow.enrich.text.Tokenizer;
import io.newsflow.schemas.EventActor;
import io.newsflow.schemas.EventType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fits the event confidence model ({@link Confidence}, {@code confidence.yaml}) on both dev sets and chooses its
 * threshold on held-back scores: every event the coder emits is labelled right (type and sides match a gold event as the
 * datasets' scorers match them) or wrong; an L2-regularised logistic regression over the event's {@link Evidence} gives
 * the weights. The threshold is chosen on out-of-fold scores: the events are split by document into {@link #FOLDS}
 * folds, each fold is scored by weights fitted on the others, and the threshold is the lowest at which the held-back
 * precision of the check part's events (text the coder's rules were not tuned on) reaches
 * {@link Confidence#CHECK_TARGET}: the 0.80 asked plus the shortfall blind batches showed ({@link Confidence#UNSEEN_MARGIN}
 * has the figures). The tune part's events are left out of that choice because the rules fit them:
 * with them in, the threshold (0.69) promised 0.80 and gave 0.66 and 0.78 on two blind batches, where the check part's
 * threshold (0.75) gave 0.80 and 0.89. A fit on the tune part alone, with
 * the threshold chosen on its own (in-sample) scores, promised 0.81 and gave 0.63 on the check part; the rules of the
 * coder are still tuned on the tune part only (the tune/check split of {@code scripts/events-eval}), the weights use
 * every labelled event because 107 were too few. Events that match only an optional gold event are left out.
 * {@code ./mvnw -B -q -pl enrich -am test-compile -Pconfidence-fit} (writes the file; prints the table).
 */
public final class ConfidenceFit {
    static final double L2 = 3.0;
    static final int ITERATIONS = 4000;
    static final double RATE = 0.5;
    static final int MIN_CONFIDENT = 15;
    /** Per-type weights: off, the dev sets have too few events per type (1 to 30) to fit them without overfitting. */
    static final boolean TYPE_WEIGHTS = false;

    /** Folds for the out-of-fold scores, by document (a document's events stay together). */
    static final int FOLDS = 5;
    /**
     * Times the fold split is drawn anew (a different fixed hash each time); the held-back counts add up over them, so
     * the threshold does not follow the luck of one split (single splits moved held-back precision by ±0.05).
     */
    static final int REPEATS = 8;

    record Sample(Set<Evidence> evidence, EventType type, boolean right, boolean tune, String set, String what, String doc) {}

    private static String what(EventCoder.Coded c) {
        var e = c.event();
        return e.getType() + " " + e.getSource().getName() + "/" + e.getSource().getCountryCode() + " -> "
                + (e.getTarget() == null ? "-" : e.getTarget().getName() + "/" + e.getTarget().getCountryCode()) + " " + c.evidence()
                + " | " + e.getSentence().replace('\n', ' ');
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path shared = SharedData.root();
        if (!Files.isDirectory(shared.resolve("datasets"))) throw new IllegalStateException("no shared data at " + shared + " (set NEWSFLOW_SHARED)");
        List<Sample> samples = samples(shared);
        double[] w = fit(samples);
        Map<Sample, double[]> heldBack = outOfFold(samples);
        double threshold = threshold(check(samples), heldBack);
        System.out.printf(Locale.ROOT, "samples: %d (%d right); scores below are out-of-fold (%d folds by document, %d splits)%n",
                samples.size(), samples.stream().filter(Sample::right).count(), FOLDS, REPEATS);
        System.out.println("threshold  part   set     kept  precision  share of right events kept");
        List<Sample> check = check(samples);
        double allThreshold = threshold(samples, heldBack);
        for (double t : new double[]{0, 0.5, 0.6, 0.7, allThreshold, 0.74, 0.8, threshold}) {
            report(t, "all", "both", samples, heldBack);
            report(t, "check", "both", check, heldBack);
            for (String set : List.of("plover", "news", "region")) {
                report(t, "tune", set, samples.stream().filter(Sample::tune).toList(), heldBack);
                report(t, "check", set, samples.stream().filter(s -> !s.tune()).toList(), heldBack);
            }
        }
        Files.writeString(out, yaml(w, threshold), StandardCharsets.UTF_8);
        if (args.length > 1) { // the tune part's events with their out-of-fold scores, for reading errors
            StringBuilder r = new StringBuilder();
            samples.stream().filter(Sample::tune).sorted(java.util.Comparator.comparingDouble((Sample s) -> -heldBack.get(s)[0]))
                    .forEach(s -> r.append(String.format(Locale.ROOT, "%.2f %s %-6s %s%n", heldBack.get(s)[0], s.right() ? "RIGHT" : "wrong", s.set(), s.what())));
            Files.writeString(Path.of(args[1]), r, StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + out + " (threshold " + threshold + ", where the check part reaches "
                + Confidence.CHECK_TARGET
                + "; both parts together reach it at " + allThreshold + ")");
    }

    /** Every event the coder emits on both dev sets, labelled, with its part. */
    static List<Sample> samples(Path shared) throws Exception {
        ActorDictionary dictionary = ActorDictionary.bundled();
        ActorResolver resolver = new ActorResolver(dictionary, RolePhrases.bundled());
        EventCoder coder = EventCoder.bundled(dictionary);
        List<Sample> samples = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(shared.resolve("datasets/events-dev/plover-gsr-dev.jsonl"))) {
            if (line.isBlank()) continue;
            JsonNode g = json.readTree(line);
            String type = PloverGold.type(g);
            if (type == null) continue;
            Set<String> src = PloverGold.codes(g.path("source")), tgt = PloverGold.codes(g.path("target"));
            for (EventCoder.Coded c : explain(coder, resolver, g.path("text").asText(), LocalDate.parse(g.path("date").asText()))) {
                boolean right = c.event().getType().name().equals(type) && matches(src, c.event().getSource())
                        && (tgt.isEmpty() || matches(tgt, c.event().getTarget()));
                samples.add(new Sample(c.evidence(), c.event().getType(), right, PloverGold.inTunePart(g.path("id").asText()), "plover", what(c),
                        g.path("id").asText()));
            }
        }
        addPassages(Files.readAllLines(shared.resolve("datasets/events-news-dev/docs.jsonl")), "news", coder, resolver, samples);
        addPassages(RegionNewsDev.lines(), "region", coder, resolver, samples);
        return samples;
    }

    /** The events coded in news passages (events-news-dev's format) that their gold labels right or wrong. */
    private static void addPassages(List<String> lines, String set, EventCoder coder, ActorResolver resolver, List<Sample> samples) throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            if (line.isBlank()) continue;
            JsonNode d = json.readTree(line);
            LocalDate published = LocalDate.parse(d.path("published").asText().substring(0, 10));
            for (EventCoder.Coded c : explain(coder, resolver, d.path("text").asText(), published)) {
                Boolean right = newsLabel(d.path("events"), c);
                if (right != null) samples.add(new Sample(c.evidence(), c.event().getType(), right, PloverGold.inTunePart(d.path("id").asText()), set, what(c),
                        d.path("id").asText()));
            }
        }
    }

    /** The model file's text as a fit on {@code shared} writes it. */
    static String model(Path shared) throws Exception {
        List<Sample> samples = samples(shared);
        return yaml(fit(samples), threshold(check(samples), outOfFold(samples)));
    }

    /** The check part's events: the held-back data the threshold is chosen on. */
    private static List<Sample> check(List<Sample> samples) {
        return samples.stream().filter(s -> !s.tune()).toList();
    }

    static List<EventCoder.Coded> explain(EventCoder coder, ActorResolver resolver, String text, LocalDate published) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Sentence> sentences = SentenceSplitter.split(text, tokens);
        return coder.explain(text, tokens, sentences, resolver.resolve(text, tokens, published).mentions(), published, "x", null,
                io.newsflow.language.LanguageDetector.bundled().detect(text));
    }

    /** Right, wrong, or null when the event matches only an optional gold event ("don't care"). */
    private static Boolean newsLabel(JsonNode gold, EventCoder.Coded c) {
        boolean optional = false;
        for (JsonNode g : gold) {
            List<String> types = new ArrayList<>(List.of(g.path("type").asText()));
            g.path("alt_types").forEach(a -> types.add(a.asText()));
            if (!types.contains(c.event().getType().name())) continue;
            boolean src = g.path("source").isEmpty() || sideMatches(g.path("source"), c.event().getSource());
            boolean tgt = g.path("target").isEmpty() || sideMatches(g.path("target"), c.event().getTarget());
            if (!(src && tgt)) continue;
            if (!g.path("optional").asBoolean(false) && g.path("type").asText().equals(c.event().getType().name())) return true;
            optional = true;
        }
        return optional ? null : false;
    }

    private static boolean sideMatches(JsonNode gold, EventActor predicted) {
        if (predicted == null) return false;
        for (JsonNode a : gold) {
            String code = a.path("code").isNull() ? null : a.path("code").asText(null);
            if (code != null && code.equals(predicted.getCountryCode())) return true;
            if (code == null && predicted.getName() != null && sharesWord(a.path("name").asText(), predicted.getName())) return true;
        }
        return false;
    }

    private static boolean sharesWord(String a, String b) {
        Set<String> words = new HashSet<>();
        for (String w : a.toLowerCase(Locale.ROOT).split("\\W+")) if (w.length() >= 3) words.add(w);
        for (String w : b.toLowerCase(Locale.ROOT).split("\\W+")) if (words.contains(w)) return true;
        return a.toLowerCase(Locale.ROOT).contains(b.toLowerCase(Locale.ROOT)) || b.toLowerCase(Locale.ROOT).contains(a.toLowerCase(Locale.ROOT));
    }

    private static boolean matches(Set<String> gold, EventActor predicted) {
        return gold.isEmpty() || predicted != null && predicted.getCountryCode() != null && gold.contains(predicted.getCountryCode());
    }

    // --- the model: features are [intercept, one per Evidence, one per EventType] -------------------------------------

    private static double[] features(Sample s) {
        double[] x = new double[1 + Evidence.values().length + EventType.values().length];
        x[0] = 1;
        for (Evidence e : s.evidence()) x[1 + e.ordinal()] = 1;
        if (TYPE_WEIGHTS) x[1 + Evidence.values().length + s.type().ordinal()] = 1;
        return x;
    }

    private static double predict(double[] w, Sample s) {
        double[] x = features(s);
        double z = 0;
        for (int i = 0; i < w.length; i++) z += w[i] * x[i];
        return Math.round(100 / (1 + Math.exp(-z))) / 100.0;
    }

    /** What {@code confident} says: at or above the threshold, and not an act that did not or may not happen. */
    private static boolean shown(double score, Sample s, double threshold) {
        return score >= threshold && java.util.Collections.disjoint(s.evidence(), EventCoder.NOT_HAPPENED);
    }

    /** Held-back counts at a threshold, over every repeat: {kept, right among kept, right}. */
    private static long[] counts(List<Sample> samples, Map<Sample, double[]> heldBack, double threshold) {
        long kept = 0, keptRight = 0, right = 0;
        for (Sample s : samples) {
            for (double score : heldBack.get(s)) {
                if (s.right()) right++;
                if (!shown(score, s, threshold)) continue;
                kept++;
                if (s.right()) keptRight++;
            }
        }
        return new long[]{kept, keptRight, right};
    }

    private static double[] fit(List<Sample> data) {
        double[] w = new double[1 + Evidence.values().length + EventType.values().length];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] grad = new double[w.length];
            for (Sample s : data) {
                double[] x = features(s);
                double z = 0;
                for (int i = 0; i < w.length; i++) z += w[i] * x[i];
                double error = 1 / (1 + Math.exp(-z)) - (s.right() ? 1 : 0);
                for (int i = 0; i < w.length; i++) grad[i] += error * x[i];
            }
            for (int i = 0; i < w.length; i++) {
                double penalty = i == 0 ? 0 : L2 * w[i];
                w[i] -= RATE * (grad[i] + penalty) / data.size();
            }
        }
        return w;
    }

    /**
     * The lowest threshold at which held-back precision, pooled over every split, is at least the target with at least
     * {@link #MIN_CONFIDENT} events kept per split: the precision of what the dashboards show at that threshold.
     */
    private static double threshold(List<Sample> samples, Map<Sample, double[]> heldBack) {
        for (int t = 30; t <= 95; t++) {
            long[] c = counts(samples, heldBack, t / 100.0);
            if (c[0] >= (long) MIN_CONFIDENT * REPEATS && c[1] >= Confidence.CHECK_TARGET * c[0]) return t / 100.0;
        }
        return 0.95;
    }

    /**
     * Each sample's held-back scores, one per repeat: in each repeat, the score from weights fitted without the sample's
     * fold.
     */
    private static Map<Sample, double[]> outOfFold(List<Sample> samples) {
        Map<Sample, double[]> score = new java.util.IdentityHashMap<>();
        samples.forEach(s -> score.put(s, new double[REPEATS]));
        for (int repeat = 0; repeat < REPEATS; repeat++) {
            int r = repeat;
            for (int fold = 0; fold < FOLDS; fold++) {
                int f = fold;
                double[] w = fit(samples.stream().filter(s -> fold(s, r) != f).toList());
                samples.stream().filter(s -> fold(s, r) == f).forEach(s -> score.get(s)[r] = predict(w, s));
            }
        }
        return score;
    }

    /** A document's fold in a repeat, from a fixed hash of its id and the repeat (the same split on every run). */
    private static int fold(Sample s, int repeat) {
        return Math.floorMod((s.doc() + "#" + repeat).hashCode(), FOLDS);
    }

    /** One line of the table: events kept per repeat (mean), held-back precision and share of right events kept. */
    private static void report(double t, String part, String set, List<Sample> data, Map<Sample, double[]> score) {
        List<Sample> inSet = data.stream().filter(s -> set.equals("both") || s.set().equals(set)).toList();
        long[] c = counts(inSet, score, t);
        System.out.printf(Locale.ROOT, "%9.2f  %-5s  %-6s  %6.1f  %9.3f  %.3f%n", t, part, set, c[0] / (double) REPEATS,
                c[0] == 0 ? 0 : c[1] / (double) c[0], c[2] == 0 ? 0 : c[1] / (double) c[2]);
    }

    private static String yaml(double[] w, double threshold) {
        Map<String, Double> evidence = new LinkedHashMap<>(), types = new LinkedHashMap<>();
        for (Evidence e : Evidence.values()) evidence.put(e.name(), round(w[1 + e.ordinal()]));
        for (EventType t : EventType.values()) types.put(t.name(), round(w[1 + Evidence.values().length + t.ordinal()]));
        StringBuilder y = new StringBuilder();
        y.append("# Event confidence model (Confidence.java): logistic weights per kind of evidence and per event type, fitted by\n")
                .append("# ConfidenceFit on every labelled event of events-dev, events-news-dev and region-news-dev (L2 ").append(L2)
                .append("); threshold from the check part's ").append(FOLDS).append("-fold out-of-fold scores.\n")
                .append("# Generated: do not edit by hand. Regenerate: ./mvnw -B -q -pl enrich -am test-compile -Pconfidence-fit\n")
                .append("intercept: ").append(round(w[0])).append('\n')
                .append("threshold: ").append(threshold).append('\n')
                .append("evidence:\n");
        evidence.forEach((k, v) -> y.append("  ").append(k).append(": ").append(v).append('\n'));
        y.append("types:\n");
        types.forEach((k, v) -> y.append("  ").append(k).append(": ").append(v).append('\n'));
        return y.toString();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
