package io.newsflow.enrich.events;

import io.newsflow.enrich.text.Token;
import io.newsflow.schemas.Event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collects the {@link TriggerTrace} of every trigger while {@link EventCoder} codes one text: each step that stops
 * a trigger (or makes it an event) records its fate, the last one wins. {@link #OFF} records nothing (the default:
 * tracing is for {@code analyze --trace} and the dev sets' miss counts). One instance per text, not thread-safe.
 */
final class Tracer {
    static final Tracer OFF = new Tracer(null, null);

    private record Key(int first, int last, io.newsflow.schemas.EventType type) {
        static Key of(Trigger t) {
            return new Key(t.firstToken(), t.lastToken(), t.type());
        }
    }

    private final String text;
    private final List<Token> tokens;
    private final Map<Key, TriggerTrace.Fate> fates = new LinkedHashMap<>();
    private final Map<Event, Key> events = new IdentityHashMap<>();

    Tracer(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    private boolean off() {
        return tokens == null;
    }

    /** Triggers the lexicon found in a sentence: not an act until a later step takes them up. */
    void found(List<Trigger> triggers) {
        if (off()) return;
        for (Trigger t : triggers) fates.putIfAbsent(Key.of(t), TriggerTrace.Fate.NOT_AN_ACT);
    }

    void fate(Trigger t, TriggerTrace.Fate fate) {
        if (!off()) fates.put(Key.of(t), fate);
    }

    /** A fate that made {@code event}, which may still be left out of the text's events ({@link #reported}). */
    void fate(Trigger t, TriggerTrace.Fate fate, Event event) {
        if (off()) return;
        fates.put(Key.of(t), fate);
        events.put(event, Key.of(t));
    }

    /**
     * The text's events as reported: a half or undone event reported because the text has no whole one is an event;
     * a whole one left out (a headline the lead retells) is repeated.
     */
    void reported(List<EventCoder.Coded> reported) {
        if (off()) return;
        Set<Event> kept = reported.stream().map(EventCoder.Coded::event).collect(Collectors.toCollection(
                () -> java.util.Collections.newSetFromMap(new IdentityHashMap<>())));
        events.forEach((event, key) -> {
            if (kept.contains(event)) fates.put(key, TriggerTrace.Fate.EVENT);
            else if (fates.get(key) == TriggerTrace.Fate.EVENT) fates.put(key, TriggerTrace.Fate.REPEATED);
        });
    }

    /** Every trigger found, in text order. */
    List<TriggerTrace> traces() {
        List<TriggerTrace> traces = new ArrayList<>(fates.size());
        fates.forEach((k, fate) -> {
            int start = tokens.get(k.first()).start(), end = tokens.get(k.last()).end();
            traces.add(new TriggerTrace(start, end, text.substring(start, end), k.type(), fate));
        });
        traces.sort(Comparator.comparingInt(TriggerTrace::start).thenComparingInt(TriggerTrace::end));
        return List.copyOf(traces);
    }
}
