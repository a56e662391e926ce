package io.newsflow.enrich.relevance;

import io.newsflow.schemas.Actor;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.EventActor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores an article against watch profiles, in [0, 1], with the reason. Weights: the watched countries named (all of
 * them: {@value #ALL_COUNTRIES}, some: {@value #SOME_COUNTRIES}), a watched actor named ({@value #ACTOR}), an event
 * between two watched sides ({@value #EVENT_BETWEEN}) or involving one ({@value #EVENT_INVOLVING}), and a watched side
 * named at least {@value #MANY_MENTIONS} times ({@value #FREQUENT}). Immutable and thread-safe.
 */
public final class RelevanceScorer {
    static final double ALL_COUNTRIES = 0.4, SOME_COUNTRIES = 0.15, ACTOR = 0.1, EVENT_BETWEEN = 0.4, EVENT_INVOLVING = 0.2,
            FREQUENT = 0.1;
    static final int MANY_MENTIONS = 3;

    /** A profile's score and why. */
    public record Relevance(double score, String reason) {}

    private final List<WatchProfile> profiles;

    public RelevanceScorer(List<WatchProfile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    /** Per profile name, the score and reason; profiles scoring 0 are left out. */
    public Map<String, Relevance> score(List<Actor> actors, List<Event> events) {
        Map<String, Relevance> result = new LinkedHashMap<>();
        for (WatchProfile profile : profiles) {
            Relevance r = score(profile, actors, events);
            if (r.score() > 0) result.put(profile.name(), r);
        }
        return result;
    }

    private static Relevance score(WatchProfile p, List<Actor> actors, List<Event> events) {
        Set<String> countriesNamed = new LinkedHashSet<>();
        List<String> named = new ArrayList<>();
        int mentions = 0;
        boolean actorNamed = false;
        for (Actor a : actors) {
            boolean watchedCountry = a.getCountryCode() != null && p.countries().contains(a.getCountryCode());
            boolean watchedActor = p.actors().contains(a.getId());
            if (!watchedCountry && !watchedActor) continue;
            if (watchedCountry) countriesNamed.add(a.getCountryCode());
            actorNamed |= watchedActor;
            mentions += a.getMentions().size();
            if (named.size() < 5) named.add(a.getName());
        }
        double score = 0;
        if (!p.countries().isEmpty()) score += countriesNamed.containsAll(p.countries()) ? ALL_COUNTRIES : countriesNamed.isEmpty() ? 0 : SOME_COUNTRIES;
        if (actorNamed) score += ACTOR;
        List<String> matchedEvents = new ArrayList<>();
        boolean between = false, involving = false;
        for (Event e : events) {
            boolean source = watched(p, e.getSource()), target = watched(p, e.getTarget());
            if (!source && !target) continue;
            between |= source && target && !sameSide(e.getSource(), e.getTarget());
            involving = true;
            if (matchedEvents.size() < 3) matchedEvents.add(e.getType() + " " + e.getSource().getName() + " → "
                    + (e.getTarget() == null ? "-" : e.getTarget().getName()));
        }
        score += between ? EVENT_BETWEEN : involving ? EVENT_INVOLVING : 0;
        if (mentions >= MANY_MENTIONS) score += FREQUENT;
        score = Math.min(1.0, Math.round(score * 100) / 100.0);
        String reason = score == 0 ? "" : "actors: " + String.join(", ", named)
                + (matchedEvents.isEmpty() ? "" : "; events: " + String.join("; ", matchedEvents));
        return new Relevance(score, reason);
    }

    private static boolean watched(WatchProfile p, EventActor a) {
        return a != null && (p.actors().contains(a.getId()) || (a.getCountryCode() != null && p.countries().contains(a.getCountryCode())));
    }

    private static boolean sameSide(EventActor a, EventActor b) {
        return a.getCountryCode() != null && a.getCountryCode().equals(b.getCountryCode());
    }
}
