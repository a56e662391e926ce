package io.newsflow.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.devstack.SharedData;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectorTest {
    static final LanguageDetector DETECTOR = LanguageDetector.bundled();

    @Test
    void tellsLatinScriptLanguagesApartThatTheWritingSystemCannot() {
        assertThat(DETECTOR.detect("The foreign ministers met in Yerevan on Monday and agreed to continue the talks next month."))
                .isEqualTo("en");
        assertThat(DETECTOR.detect("Les ministres des Affaires étrangères se sont réunis lundi à Erevan et ont convenu de poursuivre les discussions."))
                .isEqualTo("fr");
        assertThat(DETECTOR.detect("Xarici işlər nazirləri bazar ertəsi İrəvanda görüşüb və danışıqları gələn ay davam etdirməyə razılaşıblar."))
                .isEqualTo("az");
        assertThat(DETECTOR.detect("Die Außenminister trafen sich am Montag in Eriwan und vereinbarten, die Gespräche fortzusetzen."))
                .isEqualTo("de");
    }

    @Test
    void cyrillicAndArmenianToo() {
        assertThat(DETECTOR.detect("Министры иностранных дел встретились в понедельник в Ереване и договорились продолжить переговоры."))
                .isEqualTo("ru");
        assertThat(DETECTOR.detect("Արտաքին գործերի նախարարները երկուշաբթի հանդիպեցին Երևանում և պայմանավորվեցին շարունակել բանակցությունները։"))
                .isEqualTo("hy");
    }

    @Test
    void tooLittleTextHasNoAnswer() {
        assertThat(DETECTOR.detect(null)).isNull();
        assertThat(DETECTOR.detect("")).isNull();
        assertThat(DETECTOR.detect("12:45 — [1] (AP)")).isNull();
        assertThat(DETECTOR.detect("Lavrov held talks in Yerevan.")).isNull(); // mostly names: the model hesitates
    }

    /** Accuracy on the 258 real pages of the extraction dev set (25 languages), against the language the page states. */
    @Test
    void namesTheLanguageOfRealPages() throws Exception {
        Path gold = SharedData.require("datasets/extraction-dev/gold.jsonl");
        ObjectMapper json = new ObjectMapper();
        Map<String, int[]> byLanguage = new TreeMap<>(); // language -> {pages, right}
        try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode page = json.readTree(line);
                String stated = page.path("language").asText();
                int[] counts = byLanguage.computeIfAbsent(stated, k -> new int[2]);
                counts[0]++;
                if (stated.equals(DETECTOR.detect(page.path("title").asText() + "\n" + page.path("body").asText()))) counts[1]++;
            }
        }
        int pages = byLanguage.values().stream().mapToInt(c -> c[0]).sum();
        int right = byLanguage.values().stream().mapToInt(c -> c[1]).sum();
        StringBuilder report = new StringBuilder("language detection on extraction-dev: " + right + "/" + pages);
        byLanguage.forEach((language, c) -> report.append(' ').append(language).append(' ').append(c[1]).append('/').append(c[0]));
        System.out.println(report);
        assertThat(byLanguage).hasSize(25);
        assertThat((double) right / pages).as(report.toString()).isGreaterThanOrEqualTo(0.95);
    }
}
