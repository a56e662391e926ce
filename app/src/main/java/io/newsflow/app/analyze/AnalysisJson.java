package io.newsflow.app.analyze;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.enrich.analyze.ArticleAnalyzer;
import io.newsflow.enrich.events.TriggerTrace;
import io.newsflow.schemas.Actor;
import io.newsflow.schemas.DatePrecision;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.EventActor;
import io.newsflow.schemas.Mention;
import io.newsflow.schemas.Quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The JSON objects {@code newsflow analyze} prints: one per document ({@code id}, {@code language}, {@code actors},
 * {@code quotes}, {@code events}, {@code lowConfidenceEvents} when {@code --confident-only} left events out, and
 * {@code unanalysedChars} when the text was longer than the analysis limit; the events datasets' scorers read
 * {@code events[].type/source/target/confidence/sentence/start/end}) and one per problem ({@code input}, {@code line},
 * {@code error}). Numbers are printed as people read them: a confidence to {@value #CONFIDENCE_DECIMALS} decimals
 * ({@code 0.85}, not {@code 0.8500000000000001}), an event's date only as far as it is known ({@code "2024"},
 * {@code "2024-02"}, {@code "2024-02-03"}, beside its {@code datePrecision}). Thread-safe.
 */
public final class AnalysisJson {
    /** Decimals a confidence is printed with. */
    static final int CONFIDENCE_DECIMALS = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnalysisJson() {}

    /**
     * The line printed for an analysed document; its language is the analysis's (the stated one, else detected). Events
     * below the confidence threshold ({@code confident: false}) are printed only with {@code allEvents}; without it
     * {@code lowConfidenceEvents} counts them (absent when there are none), so that none is left out unsaid.
     */
    public static String document(String id, ArticleAnalyzer.Analysis analysis, boolean allEvents) {
        ObjectNode doc = JSON.createObjectNode().put("id", id).put("language", analysis.language());
        if (analysis.unanalysedChars() > 0) doc.put("unanalysedChars", analysis.unanalysedChars());
        ArrayNode actors = doc.putArray("actors");
        for (Actor a : analysis.actors()) {
            ObjectNode actor = actors.addObject().put("id", a.getId()).put("name", a.getName()).put("kind", a.getKind())
                    .put("code", a.getCountryCode()).put("sector", a.getSector()).put("role", a.getRole());
            ArrayNode mentions = actor.putArray("mentions");
            for (Mention m : a.getMentions()) mentions.addObject().put("start", m.getStart()).put("end", m.getEnd()).put("text", m.getSurface());
        }
        ArrayNode quotes = doc.putArray("quotes");
        for (Quote q : analysis.quotes()) {
            quotes.addObject().put("speakerId", q.getSpeakerId()).put("speaker", q.getSpeakerName()).put("text", q.getText())
                    .put("start", q.getStart()).put("end", q.getEnd());
        }
        ArrayNode events = doc.putArray("events");
        int lowConfidence = 0;
        for (Event e : analysis.events()) {
            if (!allEvents && !e.getConfident()) {
                lowConfidence++;
                continue;
            }
            ObjectNode event = events.addObject().put("id", e.getId()).put("type", e.getType().name()).put("mode", e.getMode());
            side(event.putArray("source"), e.getSource());
            side(event.putArray("target"), e.getTarget());
            event.put("date", date(e.getDate(), e.getDatePrecision())).put("datePrecision", e.getDatePrecision().name());
            if (e.getLocation() != null) event.put("location", e.getLocation().getName());
            event.put("negated", e.getNegated()).put("modality", e.getModality()).put("confidence", confidence(e.getConfidence()))
                    .put("confident", e.getConfident())
                    .put("sentence", e.getSentence()).put("start", e.getSentenceStart()).put("end", e.getSentenceEnd());
        }
        if (lowConfidence > 0) doc.put("lowConfidenceEvents", lowConfidence);
        if (!analysis.triggers().isEmpty()) {
            ArrayNode triggers = doc.putArray("triggers");
            for (TriggerTrace t : analysis.triggers()) {
                triggers.addObject().put("start", t.start()).put("end", t.end()).put("text", t.text()).put("type", t.type().name())
                        .put("fate", t.fate().label());
            }
        }
        return doc.toString();
    }

    /** The line printed for a problem; {@code line} is 0 when it concerns the whole input. */
    public static String problem(String input, int line, String message) {
        return JSON.createObjectNode().put("input", input).put("line", line).put("error", message).toString();
    }

    /** The confidence rounded to {@value #CONFIDENCE_DECIMALS} decimals, half up from its shortest decimal form (0.655 → 0.66). */
    static double confidence(double value) {
        return BigDecimal.valueOf(value).setScale(CONFIDENCE_DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }

    /** The date as far as it is known: {@code 2024} for YEAR, {@code 2024-02} for MONTH, else the day; null when none. */
    static String date(LocalDate date, DatePrecision precision) {
        if (date == null) return null;
        return switch (precision) {
            case YEAR -> String.valueOf(date.getYear());
            case MONTH -> YearMonth.from(date).toString();
            default -> date.toString();
        };
    }

    private static void side(ArrayNode array, EventActor actor) {
        if (actor != null) array.addObject().put("id", actor.getId()).put("name", actor.getName()).put("code", actor.getCountryCode())
                .put("sector", actor.getSector());
    }
}
