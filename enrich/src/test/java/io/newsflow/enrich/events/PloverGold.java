package io.newsflow.enrich.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the PLOVER dev set's scorer ({@code events-dev/score.py}) reads its gold records, and the fixed-hash split of
 * every dev set into a tune part and a check part ({@code scripts/events-eval} splits the same way).
 */
public final class PloverGold {
    /** PLOVER 0.5 labels to the 16 the pipeline emits. */
    static final Map<String, String> LABELS = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "FIGHT", "ASSAULT");
    /** CAMEO spellings to ISO alpha-3. */
    static final Map<String, String> CODES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");
    /** Codes the scorer leaves out of actor matching. */
    static final Set<String> UNMATCHED = Set.of("IMG", "ISM", "NGO");

    private PloverGold() {}

    /** The record's event type in the pipeline's labels, or null for INVESTIGATE (not scored). */
    public static String type(JsonNode record) {
        String event = record.path("event").asText();
        return event.equals("INVESTIGATE") ? null : LABELS.getOrDefault(event, event);
    }

    /** The actor codes of a gold side (a list, a single object, or a bare string). */
    public static Set<String> codes(JsonNode side) {
        Set<String> codes = new HashSet<>();
        for (JsonNode actor : side.isArray() ? side : List.of(side)) {
            String code = actor.path("code").asText("").toUpperCase(Locale.ROOT);
            code = CODES.getOrDefault(code, code);
            if (!code.isEmpty() && !UNMATCHED.contains(code)) codes.add(code);
        }
        return codes;
    }

    /** The tune part: the first 8 hex digits of SHA-1(id) are even. */
    public static boolean inTunePart(String id) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(id.getBytes(StandardCharsets.UTF_8));
            return Long.parseLong(HexFormat.of().formatHex(sha1).substring(0, 8), 16) % 2 == 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
