package io.newsflow.enrich.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.enrich.text.Tokenizer;
import io.newsflow.schemas.EventType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The WordNet-expanded lexicon: loads, is what the expander makes from the seeds, and stays unambiguous. */
class LexiconWordnetTest {
    static byte[] generated;
    static EventLexicon lexicon;
    static JsonNode seeds;
    static JsonNode file;

    @BeforeAll
    static void load() throws IOException {
        generated = resource("lexicon-en-wordnet.yaml");
        lexicon = new EventLexicon(generated);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        seeds = yaml.readTree(resource("lexicon-seeds-en.yaml"));
        file = yaml.readTree(generated);
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = EventLexicon.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    static List<EventType> types(String sentence) {
        return lexicon.find(sentence, Tokenizer.tokenize(sentence)).stream().map(Trigger::type).distinct().toList();
    }

    @Test
    void generalSynonymsAndTroponymsAreTriggers() {
        assertThat(types("The minister lambasted the report")).containsExactly(EventType.ACCUSE);
        assertThat(types("Officials castigated the decision")).containsExactly(EventType.ACCUSE);
        assertThat(types("Jets strafed the convoy")).containsExactly(EventType.ASSAULT);
        assertThat(types("Gunmen waylaid the patrol")).containsExactly(EventType.ASSAULT);
        assertThat(types("They gunned down two guards")).containsExactly(EventType.ASSAULT);
        assertThat(types("The two sides will renegotiate the accord")).containsExactly(EventType.CONSULT);
        assertThat(types("Moscow repudiated the claims")).containsExactly(EventType.REJECT);
        assertThat(types("The families implored the government")).containsExactly(EventType.REQUEST);
        assertThat(types("The garrison capitulated")).containsExactly(EventType.RETREAT);
        assertThat(types("the expulsion of two diplomats")).containsExactly(EventType.SANCTION);
        assertThat(types("Police incarcerated the activists")).containsExactly(EventType.COERCE);
        assertThat(types("The opposition acquiesced")).containsExactly(EventType.AGREE);
        assertThat(types("He lauded the mediators")).containsExactly(EventType.SUPPORT);
        assertThat(types("The country militarised the border")).containsExactly(EventType.MOBILIZE);
        assertThat(types("Dockers staged a walkout")).containsExactly(EventType.PROTEST);
    }

    @Test
    void inflectionsFollowEnglishRulesAndWordnetExceptions() {
        assertThat(types("forces slew the prisoners")).containsExactly(EventType.ASSAULT);       // verb.exc: slay -> slew
        assertThat(types("the guards nabbed him")).containsExactly(EventType.COERCE);            // doubled consonant
        assertThat(types("critics are decrying the law")).containsExactly(EventType.ACCUSE);     // decry -> decrying
        assertThat(types("he lashed out at Kyiv")).containsExactly(EventType.ACCUSE);            // multiword, head inflected
    }

    @Test
    void isInSyncWithTheSeeds() throws Exception {
        long start = System.nanoTime();
        String again = LexiconExpander.load(Path.of("")).generate();
        assertThat(again).as("re-run ./mvnw -pl enrich -am test-compile -Plexicon-expand after changing the seeds")
                .isEqualTo(new String(generated, StandardCharsets.UTF_8));
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
    }

    @Test
    void noPatternOrWordFormUnderTwoTypes() {
        Map<String, String> typeOfForm = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (JsonNode entry : file.path("events")) {
            String type = entry.path("type").asText();
            assertThat(entry.path("weight").asDouble()).isLessThan(1.0);                 // hand entries win ties
            for (JsonNode p : entry.path("patterns")) {
                for (String form : forms(p.asText())) {
                    String before = typeOfForm.put(form, type);
                    if (before != null && !before.equals(type)) clashes.add(form + ": " + before + " and " + type);
                }
            }
        }
        assertThat(typeOfForm).isNotEmpty();
        assertThat(clashes).isEmpty();
    }

    @Test
    void noStopWordAndNothingTheHandLexiconAlreadyHas() throws Exception {
        Set<String> common = new HashSet<>();
        Set<String> removed = new HashSet<>();
        seeds.path("stop").path("common").forEach(w -> common.add(w.asText()));
        seeds.path("stop").path("hand").properties().forEach(e -> removed.add(e.getKey()));
        assertThat(common).contains("be", "have", "do", "make", "take", "get", "give", "go", "come", "say", "tell", "see",
                "call", "hold", "set", "put", "run", "turn", "keep", "hit", "beat", "charge");
        EventLexicon hand = handWritten();
        List<String> bad = new ArrayList<>();
        for (JsonNode entry : file.path("events")) {
            for (JsonNode p : entry.path("patterns")) {
                String base = base(p.asText());
                if (removed.contains(base)) bad.add(base + " was removed by hand");
                for (String word : base.split(" ")) if (common.contains(word)) bad.add(base + " has the common verb " + word);
                for (String form : forms(p.asText())) {
                    if (hand.find(form, Tokenizer.tokenize(form)).stream().anyMatch(t -> t.firstToken() == 0)) bad.add(form + " is in lexicon-en.yaml");
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    /** Every phrase a pattern matches (alternatives expanded; the generated file has no prefixes or gaps). */
    static List<String> forms(String pattern) {
        List<String> out = new ArrayList<>(List.of(""));
        for (String element : pattern.split(" ")) {
            assertThat(element).doesNotContain("*").isNotEqualTo("...");
            List<String> next = new ArrayList<>();
            for (String prefix : out) for (String alt : element.split("\\|")) next.add(prefix.isEmpty() ? alt : prefix + " " + alt);
            out = next;
        }
        return out;
    }

    /** The lemma: the first alternative of each element. */
    static String base(String pattern) {
        List<String> words = new ArrayList<>();
        for (String element : pattern.split(" ")) words.add(element.split("\\|")[0]);
        return String.join(" ", words);
    }

    /** lexicon-en.yaml alone ({@link EventLexicon#english()} merges the generated file in). */
    private static EventLexicon handWritten() throws java.io.IOException {
        try (var in = EventLexicon.class.getResourceAsStream("lexicon-en.yaml")) {
            return new EventLexicon(in.readAllBytes());
        }
    }
}
