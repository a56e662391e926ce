package io.newsflow.enrich.events;

import io.newsflow.enrich.events.EventCoder.Coded;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.EventActor;
import io.newsflow.schemas.EventType;
import io.newsflow.schemas.QuadClass;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The events an article has coded so far, looked back over for what a sentence leaves unsaid: whom a denial, a
 * reaction ("called the decision hostile") or a threat with no target answers, the two sides "both sides" stands for,
 * whom "the minister" may refer to. Each look-back is bounded ({@link #REPLY_REACH}, {@link #DISPUTE_REACH} events), so
 * the cost per trigger is constant. Stateless: {@code explained} is the article's coded events in text order.
 */
final class EarlierEvents {
    private EarlierEvents() {}

    /** Events looked back over for the one a denial answers, or for the two sides "the sides" stands for. */
    private static final int REPLY_REACH = 3;

    /** Events looked back over for the last conflict "both sides" are urged in (a bound: the look-back is per trigger). */
    private static final int DISPUTE_REACH = 12;

    /** Words said about another's act: a charge, a refusal, praise, a demand. */
    private static final Set<EventType> COMMENTS = Set.of(EventType.ACCUSE, EventType.REJECT, EventType.SUPPORT, EventType.REQUEST);

    /**
     * A denial with no target answers one of the last events before it ({@link #REPLY_REACH}), the latest one
     * {@link Sides#replyTo} accepts ("Pashinyan accused the bloc …, saying … when Azerbaijani forces attacked …
     * Lukashenko rejected the accusation").
     */
    static EventActor replyTo(List<Coded> explained, EventActor denier, Set<Evidence> evidence) {
        for (int i = explained.size() - 1; i >= Math.max(0, explained.size() - REPLY_REACH); i--) {
            EventActor to = Sides.replyTo(explained.get(i).event(), denier, evidence);
            if (to != null) return to;
        }
        return null;
    }

    /** The id of the last event's source (what "the minister" may refer back to), or null when none was coded. */
    static String lastSourceId(List<Coded> explained) {
        EventActor source = explained.isEmpty() ? null : explained.getLast().event().getSource();
        return source == null ? null : source.getId();
    }

    /**
     * Whom a threat with no target in its sentence answers ("Tehran vowed to respond", "reserves the right to retaliate"):
     * the source of the latest conflict event (verbal or material) aimed at the threatener's country by another country,
     * within {@link #DISPUTE_REACH} events; null when there is none.
     */
    static EventActor lastAggressor(List<Coded> explained, EventActor threatening, Set<Evidence> evidence) {
        String own = threatening.getCountryCode();
        if (own == null) return null;
        for (int i = explained.size() - 1; i >= Math.max(0, explained.size() - DISPUTE_REACH); i--) {
            Event e = explained.get(i).event();
            if (!conflict(e) || e.getTarget() == null || !own.equals(e.getTarget().getCountryCode())) continue;
            if (e.getSource().getCountryCode() == null || own.equals(e.getSource().getCountryCode())) continue;
            evidence.add(Evidence.REPLY);
            return e.getSource();
        }
        return null;
    }

    /**
     * The act a reaction's "the decision", "this move" refers to is the last one reported by another country's actor,
     * within {@link #REPLY_REACH} events: its source is the target; null when there is none. A noun the lexicon codes
     * ("the attack", {@code kind}) refers to the last act of its type, within {@link #DISPUTE_REACH} events, and to no
     * one when none was coded.
     */
    static EventActor priorActor(List<Coded> explained, EventActor reacting, EventType kind, Set<Evidence> evidence) {
        // "The attack was condemned": the last attack's source; when no attack was coded, whoever acted last did not make it
        if (kind != null) return lastSourceElsewhere(explained, reacting, DISPUTE_REACH, e -> e.getType() == kind, evidence);
        // "the move" is an act, not the words said about one; else whatever was reported last
        EventActor act = lastSourceElsewhere(explained, reacting, REPLY_REACH, e -> !COMMENTS.contains(e.getType()), evidence);
        return act != null ? act : lastSourceElsewhere(explained, reacting, REPLY_REACH, e -> true, evidence);
    }

    /**
     * The source of the latest of the last {@code reach} events that {@code kind} accepts, of a country and not of
     * {@code reacting}'s (evidence {@link Evidence#REPLY}); null when there is none.
     */
    private static EventActor lastSourceElsewhere(List<Coded> explained, EventActor reacting, int reach, Predicate<Event> kind,
                                          Set<Evidence> evidence) {
        for (int i = explained.size() - 1; i >= Math.max(0, explained.size() - reach); i--) {
            Event e = explained.get(i).event();
            EventActor earlier = e.getSource();
            if (!kind.test(e) || earlier.getId().equals(reacting.getId()) || earlier.getCountryCode() == null
                    || earlier.getCountryCode().equals(reacting.getCountryCode())) continue;
            evidence.add(Evidence.REPLY);
            return earlier;
        }
        return null;
    }

    /**
     * The two sides "both sides" or "the warring parties" are urged to restrain: those of the article's last conflict
     * (a conflict {@link QuadClass}) between actors of two countries, within {@link #DISPUTE_REACH} events ("accused Azerbaijan …", then "France
     * stood by Armenia", then "Moscow called on both sides …": Armenia and Azerbaijan, not France); else the last event with a target ({@link #lastTwoSided}).
     */
    static Event lastDispute(List<Coded> explained) {
        for (int i = explained.size() - 1; i >= Math.max(0, explained.size() - DISPUTE_REACH); i--) {
            Event e = explained.get(i).event();
            if (conflict(e) && e.getTarget() != null && e.getSource().getCountryCode() != null
                    && !e.getSource().getCountryCode().equals(e.getTarget().getCountryCode())) return e;
        }
        return lastTwoSided(explained);
    }

    /** Whether an event is verbal or material conflict ({@link QuadClass}). */
    private static boolean conflict(Event e) {
        QuadClass quad = QuadClass.of(e.getType());
        return quad == QuadClass.VERBAL_CONFLICT || quad == QuadClass.MATERIAL_CONFLICT;
    }

    /** The article's last event with a source and a target, within {@link #REPLY_REACH} events; null when none. */
    static Event lastTwoSided(List<Coded> explained) {
        for (int i = explained.size() - 1; i >= Math.max(0, explained.size() - REPLY_REACH); i--) {
            if (explained.get(i).event().getTarget() != null) return explained.get(i).event();
        }
        return null;
    }
}
