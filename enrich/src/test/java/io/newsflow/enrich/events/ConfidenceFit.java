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
 * Fits the event confidence model ({@link Confidence}, {@code confidence.yaml}) on the tune part of both dev sets and
 * reports it on the check part: every event the coder emits is labelled right (type and sides match a gold event as
 * the datasets' scorers match them) or wrong; an L2-regularised logistic regression over the event's {@link Evidence}
 * and type gives the weights; the threshold is the lowest at which tune precision reaches
 * {@link Confidence#TARGET_PRECISION} and stays there above it. Events that match only an optional gold event are left out.
 * {@code ./mvnw -B -q -pl enrich -am test-compile -Pconfidence-fit} (writes the file; prints the table).
 */
public final class ConfidenceFit {
    static final double L2 = 3.0;
    static final int ITERATIONS = 4000;
    static final double RATE = 0.5;
    static final int MIN_CONFIDENT = 15;
    /** Per-type weights: off, the dev sets have too few events per type (1 to 30) to fit them without overfitting. */
    static final boolean TYPE_WEIGHTS = false;

    record Sample(Set<Evidence> evidence, EventType type, boolean right, boolean tune, String set, String what) {}

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
        List<Sample> tune = samples.stream().filter(Sample::tune).toList();
        List<Sample> check = samples.stream().filter(s -> !s.tune()).toList();
        double[] w = fit(tune);
        double threshold = threshold(tune, w);
        System.out.printf(Locale.ROOT, "samples: tune %d (%d right), check %d (%d right)%n", tune.size(),
                tune.stream().filter(Sample::right).count(), check.size(), check.stream().filter(Sample::right).count());
        System.out.println("threshold  part   set     kept  precision  share of right events kept");
        for (double t : new double[]{0, 0.5, 0.6, threshold, 0.8}) {
            for (String set : List.of("plover", "news")) {
                report(t, "tune", set, tune, w);
                report(t, "check", set, check, w);
            }
        }
        Files.writeString(out, yaml(w, threshold), StandardCharsets.UTF_8);
        if (args.length > 1) { // the tune part's events with their scores, for reading errors
            StringBuilder r = new StringBuilder();
            tune.stream().sorted(java.util.Comparator.comparingDouble((Sample s) -> -predict(w, s)))
                    .forEach(s -> r.append(String.format(Locale.ROOT, "%.2f %s %-6s %s%n", predict(w, s), s.right() ? "RIGHT" : "wrong", s.set(), s.what())));
            Files.writeString(Path.of(args[1]), r, StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + out + " (threshold " + threshold + ")");
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
                samples.add(new Sample(c.evidence(), c.event().getType(), right, PloverGold.inTunePart(g.path("id").asText()), "plover", what(c)));
            }
        }
        for (String line : Files.readAllLines(shared.resolve("datasets/events-news-dev/docs.jsonl"))) {
            if (line.isBlank()) continue;
            JsonNode d = json.readTree(line);
            LocalDate published = LocalDate.parse(d.path("published").asText().substring(0, 10));
            for (EventCoder.Coded c : explain(coder, resolver, d.path("text").asText(), published)) {
                Boolean right = newsLabel(d.path("events"), c);
                if (right != null) samples.add(new Sample(c.evidence(), c.event().getType(), right, PloverGold.inTunePart(d.path("id").asText()), "news", what(c)));
            }
        }
        return samples;
    }

    /** The model file's text as a fit on {@code shared} writes it. */
    static String model(Path shared) throws Exception {
        List<Sample> tune = samples(shared).stream().filter(Sample::tune).toList();
        double[] w = fit(tune);
        return yaml(w, threshold(tune, w));
    }

    private static List<EventCoder.Coded> explain(EventCoder coder, ActorResolver resolver, String text, LocalDate published) {
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
    private static boolean shown(double[] w, Sample s, double threshold) {
        return predict(w, s) >= threshold && java.util.Collections.disjoint(s.evidence(), EventCoder.NOT_HAPPENED);
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
     * The lowest threshold at which tune precision is at least the target there and at every higher threshold (where
     * at least {@link #MIN_CONFIDENT} events are kept): a lucky dip in a small sample does not set it.
     */
    private static double threshold(List<Sample> tune, double[] w) {
        double chosen = 0.95;
        for (int t = 95; t >= 30; t--) {
            double x = t / 100.0;
            List<Sample> kept = tune.stream().filter(s -> shown(w, s, x)).toList();
            if (kept.size() >= MIN_CONFIDENT && kept.stream().filter(Sample::right).count() < Confidence.TARGET_PRECISION * kept.size()) break;
            chosen = x;
        }
        return chosen;
    }

    private static void report(double t, String part, String set, List<Sample> data, double[] w) {
        List<Sample> inSet = data.stream().filter(s -> s.set().equals(set)).toList();
        List<Sample> kept = inSet.stream().filter(s -> shown(w, s, t)).toList();
        long right = kept.stream().filter(Sample::right).count();
        long allRight = inSet.stream().filter(Sample::right).count();
        System.out.printf(Locale.ROOT, "%9.2f  %-5s  %-6s  %4d  %9.3f  %.3f%n", t, part, set, kept.size(),
                kept.isEmpty() ? 0 : right / (double) kept.size(), allRight == 0 ? 0 : right / (double) allRight);
    }

    private static String yaml(double[] w, double threshold) {
        Map<String, Double> evidence = new LinkedHashMap<>(), types = new LinkedHashMap<>();
        for (Evidence e : Evidence.values()) evidence.put(e.name(), round(w[1 + e.ordinal()]));
        for (EventType t : EventType.values()) types.put(t.name(), round(w[1 + Evidence.values().length + t.ordinal()]));
        StringBuilder y = new StringBuilder();
        y.append("# Event confidence model (Confidence.java): logistic weights per kind of evidence and per event type, fitted by\n")
                .append("# ConfidenceFit on the tune part of events-dev and events-news-dev (L2 ").append(L2).append(").\n")
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
