package io.newsflow.enrich.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.EventActor;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression guard on the PLOVER dev half (../shared/datasets/events-dev), scored as its score.py does: the issue's
 * targets are floors here (type_top1 ≥ 0.80, coded_top1 ≥ 0.65, events per sentence ≤ 1.5). Skipped without the data.
 * The figures themselves come from {@code newsflow analyze} + score.py (README).
 */
class EventsDevSetTest {
    static final Map<String, String> LABELS = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "FIGHT", "ASSAULT");
    static final Map<String, String> CODES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");
    static final Set<String> UNMATCHED = Set.of("IMG", "ISM", "NGO");

    @Test
    void scoresStayAboveTheTargets() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ArticleAnalyzer analyzer = ArticleAnalyzer.bundled();
        int sentences = 0, typeTop1 = 0, codedTop1 = 0, events = 0;
        for (String line : Files.readAllLines(SharedData.require("datasets/events-dev/plover-gsr-dev.jsonl"))) {
            if (line.isBlank()) continue;
            JsonNode gold = json.readTree(line);
            if (gold.path("event").asText().equals("INVESTIGATE")) continue;
            sentences++;
            String type = LABELS.getOrDefault(gold.path("event").asText(), gold.path("event").asText());
            List<Event> predicted = analyzer.analyze(gold.path("id").asText(), null, gold.path("text").asText(),
                    LocalDate.parse(gold.path("date").asText())).events().stream()
                    .sorted(Comparator.comparingDouble(Event::getConfidence).reversed()).toList();
            events += predicted.size();
            if (predicted.isEmpty()) continue;
            Event top = predicted.getFirst();
            if (top.getType().name().equals(type)) {
                typeTop1++;
                if (overlaps(codes(gold.path("source")), top.getSource()) && overlaps(codes(gold.path("target")), top.getTarget())) codedTop1++;
            }
        }
        System.out.printf("events-dev: sentences %d  type_top1 %.3f  coded_top1 %.3f  events/sent %.2f%n",
                sentences, typeTop1 / (double) sentences, codedTop1 / (double) sentences, events / (double) sentences);
        assertThat(typeTop1 / (double) sentences).isGreaterThanOrEqualTo(0.80);
        assertThat(codedTop1 / (double) sentences).isGreaterThanOrEqualTo(0.65);
        assertThat(events / (double) sentences).isLessThanOrEqualTo(1.5);
    }

    private static boolean overlaps(Set<String> gold, EventActor predicted) {
        return gold.isEmpty() || (predicted != null && predicted.getCountryCode() != null && gold.contains(predicted.getCountryCode()));
    }

    private static Set<String> codes(JsonNode side) {
        Set<String> codes = new HashSet<>();
        for (JsonNode actor : side.isArray() ? side : List.of(side)) {
            String code = actor.path("code").asText("").toUpperCase(java.util.Locale.ROOT);
            code = CODES.getOrDefault(code, code);
            if (!code.isEmpty() && !UNMATCHED.contains(code)) codes.add(code);
        }
        return codes;
    }
}
