package io.newsflow.enrich.events;

import io.newsflow.enrich.actors.ActorEntry;
import io.newsflow.enrich.events.EventCoder.Coded;
import io.newsflow.enrich.text.Sentence;
import io.newsflow.schemas.Event;
import io.newsflow.schemas.EventActor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A news text's headline, which retells its lead: whether the text opens with one, and which of its events the lead
 * codes again (those are left out, the lead's reading kept). Stateless.
 */
final class Headlines {
    private Headlines() {}

    /** Text that ends as a sentence does: a full stop, question or exclamation mark, ellipsis or closing quote. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.!?…»\"”]");

    /**
     * Whether the text opens with a headline: its first line, without sentence punctuation at its end, followed by a
     * blank line and more text.
     */
    static boolean hasHeadline(String text, List<Sentence> sentences) {
        if (sentences.size() < 2) return false;
        Sentence first = sentences.getFirst();
        String gap = text.substring(first.end(), sentences.get(1).start());
        return gap.contains("\n\n") && !SENTENCE_END.matcher(first.text().stripTrailing()).matches();
    }

    /** Body sentences a headline's event is looked for in: the lead, which news writes to retell the headline. */
    private static final int LEAD_SENTENCES = 3;

    /**
     * A headline retells the lead in fewer words and with less structure ("Azerbaijan says Armenian forces fired on its
     * positions"): an event of the headline (the text's first line, without sentence punctuation, followed by a blank
     * line) is left out when the lead's first {@link #LEAD_SENTENCES} sentences code an event of the same type with an
     * actor in common and, when the headline's event has a target, the same target and a source on the same side (or
     * the sides swapped); the lead's reading is the one kept. A headline event the lead does not tell, or tells with
     * other sides, stays ("Germany and France expel …" beside the lead's "Lithuania went further, expelling …").
     */
    static List<Coded> withoutRetoldHeadline(List<Coded> explained, Sentence headline, List<Sentence> sentences) {
        if (explained.isEmpty() || headline == null) return explained;
        int leadEnd = sentences.get(Math.min(sentences.size() - 1, LEAD_SENTENCES)).end();
        List<Coded> kept = new ArrayList<>(explained.size());
        for (Coded c : explained) {
            Event e = c.event();
            boolean retold = e.getSentenceStart() < headline.end() && explained.stream().map(Coded::event)
                    .anyMatch(b -> b.getSentenceStart() >= headline.end() && b.getSentenceStart() < leadEnd && b.getType() == e.getType() && shareAnActor(e, b)
                            && (e.getTarget() == null || b.getTarget() != null && sameSide(e.getTarget(), b.getTarget(), true)
                                && (sameSide(e.getSource(), b.getSource(), true) || sameSide(e.getSource(), b.getTarget(), true))));
            if (!retold) kept.add(c);
        }
        return kept;
    }

    /**
     * Whether two sides stand for one another in a retelling: the same actor, or actors of one country (two
     * organisations count as one country only when {@code organisationsAlike}).
     */
    private static boolean sameSide(EventActor a, EventActor b, boolean organisationsAlike) {
        if (a.getId().equals(b.getId())) return true;
        String country = a.getCountryCode();
        return country != null && country.equals(b.getCountryCode()) && (organisationsAlike || !ActorEntry.stateless(country));
    }

    /** Whether a side of one event stands for a side of the other (organisations only when they are the same actor). */
    private static boolean shareAnActor(Event a, Event b) {
        for (EventActor x : new EventActor[]{a.getSource(), a.getTarget()}) {
            for (EventActor y : new EventActor[]{b.getSource(), b.getTarget()}) {
                if (x != null && y != null && sameSide(x, y, false)) return true;
            }
        }
        return false;
    }
}
